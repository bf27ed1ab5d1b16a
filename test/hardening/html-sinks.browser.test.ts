import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../wait.js';
import type { EduChartElement } from '../../src/elements/shared/edu-chart-element.js';
import { BUNDLED, THEMES, failOnConsoleMessages, rendered } from '../elements/helpers.js';

// A page that enforces Trusted Types refuses any string given to innerHTML. Lit's
// templates go through its own policy; nothing else in an element's life may
// write HTML, ECharts included (scripts/trusted-types-patch.mjs, which this test
// server applies as the builds do). scripts/check-lib.mjs checks the built
// library on such a page; this checks the sources the element tests run.

/** Records innerHTML assignments, but those to a <template> (Lit's, through its policy), until stopped. */
function watchInnerHtml(): () => string[] {
  const native = Object.getOwnPropertyDescriptor(Element.prototype, 'innerHTML')!;
  const seen: string[] = [];
  Object.defineProperty(Element.prototype, 'innerHTML', {
    ...native,
    set(this: Element, value: unknown) {
      if (!(this instanceof HTMLTemplateElement)) seen.push(`<${this.localName}>.innerHTML = ${JSON.stringify(String(value))}`);
      native.set!.call(this, value);
    },
  });
  return () => {
    Object.defineProperty(Element.prototype, 'innerHTML', native);
    return seen;
  };
}

const drawn = (el: EduChartElement, selector: string) => el.shadowRoot!.querySelector(`[part~="chart"] ${selector}`) !== null;

describe('HTML sinks', () => {
  failOnConsoleMessages();

  it('every chart draws, changes renderer and is disposed without writing HTML', async () => {
    const stop = watchInnerHtml();
    try {
      const data = await fixture<HTMLElement>(html`<edu-data src=${BUNDLED} themes-src=${THEMES}>
        <edu-gauge region="东丽区" indicator="preschool_inclusive_rate"></edu-gauge>
        <edu-trend region="东丽区" indicator="student_fitness_pass_rate"></edu-trend>
        <edu-radar region="东丽区,鲤城区" year="2022" measure="indicator:plan_items"></edu-radar>
        <edu-scorecard region="东丽区"></edu-scorecard>
      </edu-data>`);
      const charts = [...data.children] as EduChartElement[];
      for (const el of charts) {
        // Charts draw only near the viewport.
        el.scrollIntoView({ block: 'center' });
        await rendered(el);
        el.renderer = 'svg';
        // The SVG renderer is a part loaded on first use: on a busy machine that takes more than waitUntil's second.
        await waitUntil(() => drawn(el, 'svg path'), `<${el.localName}> drew no SVG`, { timeout: 10000 });
        el.renderer = 'canvas';
        await waitUntil(() => el.echarts && drawn(el, 'canvas'), `<${el.localName}> drew no canvas again`, { timeout: 10000 });
      }
      data.remove();
      expect(charts.filter((el) => el.echarts || drawn(el, '*')).map((el) => el.localName)).to.deep.equal([]);
    } finally {
      expect(stop()).to.deep.equal([]);
    }
  });
});
