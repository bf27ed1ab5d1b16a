import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../wait.js';
import { resetMouse } from '@web/test-runner-commands';
import type { EduChartElement } from '../../src/elements/shared/edu-chart-element.js';
import { preferReducedMotion, stillMarks } from '../engine.js';
import { BUNDLED, THEMES, failOnConsoleMessages, rendered } from '../elements/helpers.js';
import { distance, hover, leave, pagePointOf, tooltipBox, type Hovered } from './pointer.js';

// Portals' elderly mode (适老化) enlarges the whole page with CSS zoom; a reader
// pointing at a point must get that point and its tooltip, not one 1.5× further on.
const ZOOMS = [
  { name: 'no zoom (the control)', apply: () => () => {}, wrapper: '' },
  { name: 'zoom: 1.5 on <html>', apply: () => zoomOn(document.documentElement), wrapper: '' },
  { name: 'zoom: 1.5 on <body>', apply: () => zoomOn(document.body), wrapper: '' },
  { name: 'zoom: 1.5 on a wrapper', apply: () => () => {}, wrapper: 'zoom: 1.5' },
];

function zoomOn(element: HTMLElement): () => void {
  element.style.zoom = '1.5';
  return () => element.style.removeProperty('zoom');
}

/** Near enough to read as "at the pointer": the tooltip opens a little beside it. */
const NEAR = 60;

const CHARTS = [
  {
    name: 'gauge (the target marker)',
    markup: html`<edu-gauge src=${BUNDLED} region="东丽区" indicator="preschool_inclusive_rate"></edu-gauge>`,
    tooltip: true,
    items: (el: EduChartElement): readonly Hovered[] => el.model!.points.filter((p) => p.seriesIndex === 1),
  },
  {
    name: 'trend of two regions',
    markup: html`<edu-trend src=${BUNDLED} region="东丽区,鲤城区" indicator="student_fitness_pass_rate"></edu-trend>`,
    tooltip: true,
    items: (el: EduChartElement): readonly Hovered[] => [el.model!.points[0]!, el.model!.points.at(-1)!],
  },
  {
    name: 'radar of two regions',
    markup: html`<edu-radar src=${BUNDLED} themes-src=${THEMES} region="东丽区,鲤城区" year="2022" measure="indicator:plan_items"></edu-radar>`,
    tooltip: true,
    items: (el: EduChartElement): readonly Hovered[] => el.model!.points,
  },
];

describe('hovering under CSS zoom (a portal\'s elderly mode)', () => {
  failOnConsoleMessages();

  // Without motion every mark is in its final place at once, so what the pointer hits is deterministic.
  before(() => preferReducedMotion(true));
  after(() => preferReducedMotion(false));
  afterEach(() => resetMouse());

  for (const zoom of ZOOMS) {
    for (const [chart, renderer] of CHARTS.flatMap((c) => [[c, 'canvas'], [c, 'svg']] as const)) {
      it(`${chart.name}, ${renderer}, ${zoom.name}: hovers the point under the pointer, its tooltip at the pointer`, async () => {
        const undo = zoom.apply();
        try {
          const box = await fixture<HTMLDivElement>(html`<div style="width: 420px; ${zoom.wrapper}">${chart.markup}</div>`);
          const el = box.firstElementChild as EduChartElement;
          el.renderer = renderer;
          await rendered(el);
          await stillMarks(el);
          const echarts = el.echarts!;
          const items = chart.items(el);
          expect(items.length).to.be.greaterThan(0);
          for (const item of items) {
            // Away first, so each item is entered afresh.
            await leave(el);
            const point = pagePointOf(echarts, item);
            const seen = await hover(echarts, point);
            expect(seen.at(-1), `what the pointer at ${point.x},${point.y} hovers`).to.deep.equal({ seriesIndex: item.seriesIndex, dataIndex: item.dataIndex });
            if (!chart.tooltip) continue;
            await waitUntil(() => tooltipBox(el), 'a tooltip is shown');
            const tip = tooltipBox(el);
            expect(tip, 'a tooltip is shown').to.exist;
            expect(distance(point, tip!), `tooltip ${JSON.stringify(tip)} from the pointer at ${point.x},${point.y}`).to.be.at.most(NEAR);
          }
        } finally {
          undo();
        }
      });
    }
  }
});
