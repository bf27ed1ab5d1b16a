import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../wait.js';
import { resetMouse, sendKeys } from '@web/test-runner-commands';
import type { EduChartElement } from '../../src/elements/shared/edu-chart-element.js';
import { preferReducedMotion, stillMarks } from '../engine.js';
import { failOnConsoleMessages, part, rendered } from '../elements/helpers.js';
import { hasMark, hover, leave, pagePointInView, tooltipText } from './pointer.js';

// Any string cell of a dataset may be hostile: a portal shows files it did not write.
// Each payload, had it become markup, sets window.__pwned.
const IMG = '<img src=x onerror="window.__pwned=1">';
const SCRIPT = '<script>window.__pwned=2</script>';
const SVG = '<svg onload="window.__pwned=3"><circle r="9"></circle></svg>';
const HANDLER = '<b onmouseover="window.__pwned=4">粗</b>';
const FRAME = '<iframe src="javascript:window.__pwned=5"></iframe>';
const ANCHOR = '<a href="javascript:window.__pwned=6">链接</a>';
const JS_SOURCE = 'javascript:window.__pwned=7';
const HTTPS_SOURCE = 'https://example.org/plan.pdf';

const REGION_A = `甲区${IMG}`;
const REGION_B = `乙区${SVG}`;
const INDICATOR_ID = `ind${SCRIPT}`;
const INDICATOR = `{a|富文本}指标${IMG}`;
const UNIT = `人${HANDLER}`;
const ITEM = `{b|第1条}${FRAME}`;
const EXCERPT = `原文${ANCHOR}`;
const SCRIPT_SOURCE = `文件${SCRIPT}`;

const HEADER = 'region_code,region,parent,year,theme,indicator_id,indicator,unit,kind,value,value_max,direction,source,source_item,excerpt';
const csvRow = (cells: readonly (string | number)[]) => cells.map((c) => `"${String(c).replace(/"/g, '""')}"`).join(',');

const SHARE = [
  [0.9, 0.6, 0.75],
  [0.6, 0.9, 0.8],
];

function payloadCsv(): string {
  const regions = [
    [`A${SCRIPT}`, REGION_A],
    [`B${IMG}`, REGION_B],
  ] as const;
  const themes = [`主题一${HANDLER}`, `{c|主题二}${FRAME}`, `主题三${ANCHOR}`];
  const sources = [JS_SOURCE, HTTPS_SOURCE, SCRIPT_SOURCE];
  const lines = [HEADER];
  regions.forEach(([code, name], r) => {
    themes.forEach((theme, t) => {
      const id = t === 0 ? INDICATOR_ID : `ind${t}${SVG}`;
      const indicator = t === 0 ? INDICATOR : `指标${t}${HANDLER}`;
      for (const year of [2021, 2022, 2023]) {
        for (const kind of ['target', 'actual']) {
          // Each region ahead on some theme and year, so every point shows somewhere, not under another.
          const target = 100 + 10 * (year - 2021) + 7 * r + 3 * t;
          const value = kind === 'target' ? target : Math.round(target * SHARE[r]![t]!);
          const source = sources[(year + t + r) % sources.length]!;
          lines.push(csvRow([code, name, `{d|上级}${SVG}`, year, theme, id, indicator, UNIT, kind, value, '', '', source, ITEM, EXCERPT]));
        }
      }
    });
  });
  return lines.join('\n');
}

/** The document and every shadow root in it, however deep. */
function* roots(root: Document | ShadowRoot): Generator<Document | ShadowRoot> {
  yield root;
  for (const el of root.querySelectorAll('*')) if (el.shadowRoot) yield* roots(el.shadowRoot);
}

/** Elements a payload would have made: event-handler attributes, embedded content, script links. */
function payloadElements(): string[] {
  const found: string[] = [];
  for (const root of roots(document)) {
    for (const el of root.querySelectorAll('*')) {
      const handlers = [...el.attributes].filter((a) => a.name.toLowerCase().startsWith('on'));
      const tag = el.localName;
      const scriptLink = tag === 'a' && /^\s*javascript:/i.test(el.getAttribute('href') ?? '');
      const pagesOwnScript = tag === 'script' && !el.textContent!.includes('__pwned');
      if (handlers.length || scriptLink || ['img', 'iframe', 'object', 'embed'].includes(tag) || (tag === 'script' && !pagesOwnScript)) {
        found.push(el.outerHTML.slice(0, 120));
      }
    }
  }
  return found;
}

const pwned = () => (window as { __pwned?: unknown }).__pwned;

/** Every point by keyboard (announced, with a tooltip) and the first one chosen, so its source shows in the caption. */
async function walkByKeyboard(el: EduChartElement): Promise<void> {
  part(el, 'chart')!.focus();
  for (let i = 0; i < el.model!.points.length; i++) await sendKeys({ press: 'ArrowRight' });
  await sendKeys({ press: 'Home' });
  await sendKeys({ press: 'Enter' });
  await el.updateComplete;
}

describe('dataset text is never markup', () => {
  failOnConsoleMessages();

  // Marks in their final place at once, so the pointer finds the points it aims at.
  before(() => preferReducedMotion(true));
  after(() => preferReducedMotion(false));
  beforeEach(() => delete (window as { __pwned?: unknown }).__pwned);
  afterEach(async () => {
    await resetMouse();
    // Charts are created only near the viewport: the next test's must not start scrolled past.
    window.scrollTo(0, 0);
  });

  for (const renderer of ['canvas', 'svg'] as const) {
    it(`with payloads in every field, hovered, walked by keyboard and tabled (${renderer}): nothing runs, no payload element exists, the text shows as text`, async function () {
      this.timeout(60000);
      // Through a URL, as a portal would point at a file: the loader parses it like any other.
      const file = URL.createObjectURL(new Blob([payloadCsv()], { type: 'text/csv' }));
      const broken = URL.createObjectURL(new Blob([`${HEADER}\n${csvRow(['A', REGION_A, '', 2023, '', 'x', INDICATOR, UNIT, IMG, 1, '', SVG, JS_SOURCE, ITEM, EXCERPT])}`], { type: 'text/csv' }));
      try {
        const box = await fixture<HTMLDivElement>(html`<div style="width: 600px">
          <edu-gauge src=${file} renderer=${renderer} region=${REGION_A} indicator=${INDICATOR_ID}></edu-gauge>
          <edu-trend src=${file} renderer=${renderer} region=${`${REGION_A},${REGION_B}`} indicator=${INDICATOR}></edu-trend>
          <edu-radar src=${file} renderer=${renderer} region=${`${REGION_A},${REGION_B}`} year="2023"></edu-radar>
          <edu-scorecard src=${file} renderer=${renderer} region=${`${REGION_A},${REGION_B}`}></edu-scorecard>
          <edu-gauge src=${broken} region="A" indicator="x"></edu-gauge>
        </div>`);
        const [gauge, trend, radar, scorecard, failing] = [...box.querySelectorAll<EduChartElement>('edu-gauge, edu-trend, edu-radar, edu-scorecard')] as [
          EduChartElement,
          EduChartElement,
          EduChartElement,
          EduChartElement,
          EduChartElement,
        ];
        const charts = [gauge, trend, radar, scorecard];
        // Charts draw only near the viewport.
        for (const el of charts) {
          el.scrollIntoView({ block: 'center' });
          await rendered(el);
          await stillMarks(el);
        }
        await waitUntil(() => failing.status === 'error', 'the broken file is not reported', { timeout: 5000 });

        // The pointer on every point; the tooltips hold the payloads as plain text.
        const tooltips: string[] = [];
        for (const el of charts) {
          el.scrollIntoView({ block: 'center' });
          const marked = el.model!.points.filter((point) => hasMark(el.echarts!, point));
          // On the trend one point of each series (each region and kind) shows every text its tooltips draw.
          const sample = el.localName === 'edu-trend' ? marked.filter((p, i) => marked.findIndex((q) => q.seriesIndex === p.seriesIndex) === i) : marked;
          expect(marked.length, el.localName).to.be.greaterThan(0);
          for (const point of sample) {
            await leave(el);
            const seen = await hover(el.echarts!, await pagePointInView(el.echarts!, point));
            expect(seen.at(-1)).to.deep.equal({ seriesIndex: point.seriesIndex, dataIndex: point.dataIndex });
            await waitUntil(() => tooltipText(el), 'a tooltip is shown');
            tooltips.push(tooltipText(el));
          }
        }
        await resetMouse();
        for (const el of charts) {
          await walkByKeyboard(el);
          part(el, 'toggle')!.click();
          await el.updateComplete;
        }
        // An <img> that got in would fire onerror only after its request fails.
        await new Promise((resolve) => setTimeout(resolve, 300));

        expect(pwned(), 'a payload ran').to.equal(undefined);
        expect(payloadElements()).to.deep.equal([]);

        // The data got through, as text: captions with the chosen point's source, tables, the problems list, tooltips.
        const caption = (el: EduChartElement) => part(el, 'caption')!.textContent!;
        expect(caption(gauge)).to.contain(REGION_A).and.contain(UNIT).and.contain(ITEM).and.contain(EXCERPT);
        expect(caption(trend)).to.contain(INDICATOR);
        expect(caption(scorecard)).to.contain(REGION_A).and.contain(REGION_B).and.contain(ITEM).and.contain(EXCERPT);
        const tables = charts.map((el) => part(el, 'table')!.textContent!).join('\n');
        for (const text of [REGION_A, REGION_B, UNIT, JS_SOURCE, HTTPS_SOURCE, SCRIPT_SOURCE, ITEM, EXCERPT]) expect(tables).to.contain(text);
        expect(part(failing, 'status')!.textContent).to.contain(IMG);
        // Tooltips are HTML text: the dataset's markup and rich-text braces as written, never parsed.
        expect(tooltips.join('\n')).to.contain(REGION_A).and.contain(REGION_B).and.contain(JS_SOURCE).and.contain('{b|第1条}');
        expect(tooltips.join('\n')).to.contain(INDICATOR).and.contain(UNIT);
        // The legends are HTML text.
        const legends = [trend, radar].map((el) => part(el, 'legend')!.textContent!).join('\n');
        expect(legends).to.contain(REGION_A).and.contain(REGION_B);
        if (renderer === 'svg') {
          // SVG text is DOM: the radar's axes are text nodes, not parsed markup.
          const svgText = radar.shadowRoot!.querySelector('[part~="chart"] svg')!.textContent!;
          // (long names are wrapped into lines, one <tspan> each)
          expect(svgText).to.contain('主题一<b').and.contain('onmouseover="window.__pwned=4">粗</b>');
        }

        // A javascript: source is never a link (it is text in the table, above); nothing anywhere links to script.
        const links = [...roots(document)].flatMap((root) => [...root.querySelectorAll('a[href]')]);
        expect(links.filter((a) => !/^https?:/i.test(a.getAttribute('href')!.trim()))).to.deep.equal([]);
        // An https: source is a link, in the tables, opening apart from the page.
        const sourceLinks = charts.flatMap((el) => [...part(el, 'table')!.querySelectorAll<HTMLAnchorElement>('a[part="link"]')]);
        expect(sourceLinks.length).to.be.greaterThan(0);
        for (const a of sourceLinks) {
          expect(a.href).to.equal(HTTPS_SOURCE);
          expect(a.rel).to.equal('noopener noreferrer');
        }
      } finally {
        URL.revokeObjectURL(file);
        URL.revokeObjectURL(broken);
      }
    });
  }
});
