// Whatever the dataset holds, the options stay safe and sound: dataset text only
// as text, numbers always finite. Then the options as ECharts itself takes them,
// rendered server-side to SVG in Node (no DOM), with the parts
// src/elements/shared/echarts.ts registers and setOption(option, { notMerge: true })
// as the elements call it. Each part is imported alone (what echarts/charts and
// echarts/components re-export), which loads faster.
import 'echarts/lib/chart/bar';
import 'echarts/lib/chart/gauge';
import 'echarts/lib/chart/line';
import 'echarts/lib/chart/radar';
import 'echarts/lib/component/aria'; // loaded on demand for decals
import 'echarts/lib/component/grid';
import 'echarts/lib/component/radar';
import { init, use, type EChartsCoreOption } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildBulletModel } from '../../src/charts/bullet.js';
import { buildGaugeModel } from '../../src/charts/gauge.js';
import type { ChartModel } from '../../src/charts/model.js';
import { buildRadarModel, parseMeasure, radarSlice } from '../../src/charts/radar.js';
import { buildScorecardModel, scorecardSlice } from '../../src/charts/scorecard.js';
import { gaugeSlice } from '../../src/charts/slices.js';
import { DARK_TOKENS, LIGHT_TOKENS } from '../../src/charts/tokens.js';
import { buildTrendModel, trendSlice } from '../../src/charts/trend.js';
import { bundled, expectFiniteNumbers, LOCALES, ok, optionStrings, rowsDataset, selection, seriesOf, THEMES, type Any } from './helpers.js';

use([SVGRenderer]);

const IMG = '<img src=x onerror=alert(1)>';

/** Every text field carries markup: rich-text braces or HTML. */
const HOSTILE = rowsDataset([
  `{a|x},2022,{b|y},${IMG},{u|v},target,80,,higher,{c|w}<b>bold</b>,{d|z},${IMG}`,
  `{a|x},2023,{b|y},${IMG},{u|v},actual,88.4,,higher,{c|w}<b>bold</b>,{d|z},${IMG}`,
  `{a|x},2021,{b|y},${IMG},{u|v},baseline,70,,higher,,,`,
  `<script>alert(1)</script>,2023,{b|y},${IMG},{u|v},actual,50,,higher,{e|q},,{f|r}`,
  `<script>alert(1)</script>,2022,{b|y},${IMG},{u|v},target,60,70,higher,{e|q},,{f|r}`,
]);

const REGIONS = ['{a|x}', '<script>alert(1)</script>'];

interface Built {
  readonly name: string;
  readonly model: ChartModel;
  /** Every text a formatter of the option returns, for the points the chart draws. */
  readonly formatted: readonly string[];
  /** The points' tooltips, which the element shows as HTML text. */
  readonly tooltips: readonly string[];
}

function built(): Built[] {
  const out: Built[] = [];
  for (const locale of LOCALES) {
    for (const tokens of [LIGHT_TOKENS, DARK_TOKENS]) {
      for (const region of REGIONS) {
        const model = buildGaugeModel(ok(gaugeSlice(HOSTILE, selection(region, IMG))), tokens, locale);
        const dial = seriesOf(model.option)[0];
        out.push({
          name: `gauge ${region} ${locale}`,
          model,
          formatted: [dial.detail.formatter(), dial.axisLabel.formatter(0), dial.axisLabel.formatter(dial.max)],
          tooltips: model.points.map((p) => p.tooltip),
        });
      }
      for (const regions of [[REGIONS[0]!], REGIONS]) {
        const model = buildTrendModel(ok(trendSlice(HOSTILE, selection(regions, IMG))), tokens, locale);
        const axis = (model.option as Any).yAxis.axisLabel.formatter as (v: number) => string;
        out.push({ name: `trend ${regions.length} ${locale}`, model, formatted: [axis(0), axis(1350.5)], tooltips: model.points.map((p) => p.tooltip) });
      }
      for (const measure of ['attainment', 'targets', `indicator:${IMG}`]) {
        const s = ok(radarSlice(HOSTILE, selection(REGIONS, undefined, measure === 'targets' ? 2022 : 2023), parseMeasure(measure), THEMES, locale));
        const model = buildRadarModel(s, tokens, locale);
        out.push({ name: `radar ${measure} ${locale}`, model, formatted: [], tooltips: model.points.map((p) => p.tooltip) });
      }
      const scorecard = buildScorecardModel(ok(scorecardSlice(HOSTILE, selection(REGIONS), undefined, THEMES, locale)), tokens, locale);
      out.push({ name: `scorecard ${locale}`, model: scorecard, formatted: [], tooltips: scorecard.points.map((p) => p.tooltip) });
    }
  }
  return out;
}

const BUILT = built();

/** The gauge's own rich-text markup around its centre texts. */
const GAUGE_CENTRE = /^\{value\|([^{}]*)\}\n\{target\|([^{}]*)\}$/;

describe('dataset text in options', () => {
  it('builds every chart from a dataset full of markup', () => {
    expect(BUILT.length).toBe(2 * 2 * (2 + 2 + 3 + 1));
    for (const b of BUILT) expect(b.model.points.length, b.name).toBeGreaterThan(0);
  });

  it('never puts a brace from the dataset into the option: canvasText swaps them for full-width ones', () => {
    for (const { name, model } of BUILT) {
      for (const [path, text] of optionStrings(model.option)) {
        expect(text, `${name} ${path}`).not.toMatch(/[{}]/);
      }
    }
  });

  it('shows the dataset\'s braces full-width in names, axes, legends and tooltips', () => {
    const trend = BUILT.find((b) => b.name === 'trend 2 zh-CN')!;
    const strings = optionStrings(trend.model.option).map(([, s]) => s);
    expect(strings).toContain('｛a|x｝ · 实际');
    expect(strings).toContain('｛u|v｝');
    // Tooltips are the element's HTML text: the dataset's text as written, never parsed.
    expect(trend.tooltips.join('\n')).toContain('{c|w}<b>bold</b> {d|z}：“<img src=x onerror=alert(1)>”');
    const radar = BUILT.find((b) => b.name === 'radar targets en')!;
    expect((radar.model.option as Any).radar.indicator.map((i: Any) => i.name)).toEqual(['｛b|y｝']);
    expect(seriesOf(radar.model.option)[0].data.map((d: Any) => d.name)).toEqual(['｛a|x｝', '<script>alert(1)</script>']);
    const scorecard = BUILT.find((b) => b.name === 'scorecard en')!;
    expect((scorecard.model.option as Any).yAxis.data).toEqual(['｛b|y｝ · ｛a|x｝ (1\u00a0target)', '｛b|y｝ · <script>alert(1)</script> (1\u00a0target)']);
    expect(scorecard.tooltips[0]).toContain(`${IMG}: target ≥ 80 {u|v}, 88.4 {u|v} (2023)`);
  });

  it('lets formatters add only their own markup', () => {
    for (const { name, formatted } of BUILT) {
      for (const text of formatted) {
        if (name.startsWith('gauge') && text.startsWith('{value|')) {
          const match = GAUGE_CENTRE.exec(text);
          expect(match, `${name}: ${text}`).not.toBeNull();
          expect(match![1]).toMatch(/｛u\|v｝$/);
        } else {
          expect(text, name).not.toMatch(/[{}]/);
        }
      }
    }
  });

  it('leaves tooltips to the element: no ECharts tooltip, and each point\'s text as written', () => {
    for (const { name, model, tooltips } of BUILT) {
      expect((model.option as Any).tooltip, name).toBe(undefined);
      expect(tooltips.length, name).toBe(model.points.length);
      for (const tooltip of tooltips) expect(tooltip, name).not.toBe('');
    }
    const trend = BUILT.find((b) => b.name === 'trend 1 en')!;
    expect(trend.tooltips.some((t) => t.includes(IMG))).toBe(true);
  });

  it('keeps the dataset text as written in the summary and the table (shown as text, not parsed)', () => {
    const gauge = BUILT.find((b) => b.name === 'gauge {a|x} zh-CN')!;
    expect(gauge.model.summary).toContain('{a|x}');
    expect(gauge.model.summary).toContain(IMG);
    expect(gauge.model.table.rows[0]).toEqual(['2023', '实际', '88.4', '{u|v}', `{c|w}<b>bold</b> {d|z}：“${IMG}”`]);
    expect(gauge.model.points[0]!.rows[0]!.excerpt).toBe(IMG);
  });
});

describe('numbers in options', () => {
  it('are finite everywhere (no NaN, Infinity or null)', () => {
    for (const { name, model } of BUILT) {
      expect(() => expectFiniteNumbers(model.option), name).not.toThrow();
    }
  });

  it('the check itself fails on NaN, Infinity and null', () => {
    expect(() => expectFiniteNumbers({ series: [{ data: [1, Number.NaN] }] })).toThrow(/NaN/);
    expect(() => expectFiniteNumbers({ max: -Infinity })).toThrow(/Infinity/);
    expect(() => expectFiniteNumbers({ value: null })).toThrow(/null/);
    expect(() => expectFiniteNumbers({ data: ['-', 2], formatter: () => Number.NaN })).not.toThrow();
  });

  it('stay finite at the edges: zero targets, zero actuals, a single year, negative values', () => {
    const edge = rowsDataset([
      'A,2022,t,zero,个,target,0,,higher,,,',
      'A,2022,t,zero,个,actual,0,,higher,,,',
      'A,2022,t,low,起,target,0,,lower,,,',
      'A,2022,t,low,起,actual,3,,lower,,,',
      'A,2022,t,neg,%,target,-5,,higher,,,',
      'A,2022,t,neg,%,actual,-2,,higher,,,',
      'A,2022,t,one,%,actual,0,,higher,,,',
    ]);
    for (const locale of LOCALES) {
      for (const indicator of ['zero', 'low', 'neg', 'one']) {
        const s = ok(gaugeSlice(edge, selection('A', indicator)));
        const g = buildGaugeModel(s, LIGHT_TOKENS, locale);
        expectFiniteNumbers(g.option);
        // 'one' has no target: no dial, its figure written out
        if (indicator !== 'one') expect(seriesOf(g.option)[0].max, indicator).toBeGreaterThan(0);
        const bullet = buildBulletModel(s, LIGHT_TOKENS, locale).option as Any;
        expectFiniteNumbers(bullet);
        if (indicator !== 'one') expect(bullet.xAxis.max, indicator).toBeGreaterThan(bullet.xAxis.min);
        expectFiniteNumbers(buildTrendModel(ok(trendSlice(edge, selection('A', indicator))), LIGHT_TOKENS, locale).option);
      }
      for (const measure of ['attainment', 'targets', 'indicator:zero']) {
        expectFiniteNumbers(buildRadarModel(ok(radarSlice(edge, selection('A'), parseMeasure(measure), THEMES, locale)), LIGHT_TOKENS, locale).option);
      }
    }
  });
});

// ---------------------------------------------------------------- ECharts

const charts: ReturnType<typeof init>[] = [];
let warnings: unknown[][] = [];
beforeEach(() => {
  warnings = [];
  for (const method of ['warn', 'error', 'log'] as const) {
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => void warnings.push(args));
  }
});
afterEach(() => {
  charts.splice(0).forEach((c) => c.dispose());
  vi.restoreAllMocks();
  // ECharts says so on the console when an option uses something it does not know or support
  expect(warnings).toEqual([]);
});

function chart() {
  const c = init(null, null, { renderer: 'svg', ssr: true, width: 480, height: 320 });
  charts.push(c);
  return c;
}

/** Sets each option in turn on one instance, as an element re-rendering does, and returns the SVG after each. */
function render(options: readonly EChartsCoreOption[]): string[] {
  const c = chart();
  return options.map((option) => {
    c.setOption({ ...option, animation: false }, { notMerge: true });
    return c.renderToSVGString();
  });
}

const DATA = rowsDataset([
  'A,2022,preschool,rate,%,target,20,,higher,,,',
  'A,2022,preschool,count,所,actual,7,,higher,,,',
  'A,2022,preschool,both,%,target,80,,higher,,,',
  'A,2023,preschool,both,%,actual,88.4,,higher,,,',
  'A,2022,teachers,range,所,target,1,2,higher,,,',
  'A,2023,teachers,range,所,actual,2,,higher,,,',
  'A,2022,safety_services,zero,起,target,0,,lower,,,',
  'A,2022,safety_services,zero,起,actual,0,,lower,,,',
  'B,2021,preschool,both,%,actual,70,,higher,,,',
  'A,2021,digital,history,所,actual,5,,higher,,,',
  'A,2023,digital,history,所,actual,7,,higher,,,',
  'A,2021,digital,flat,所,actual,7,,higher,,,',
  'A,2022,digital,flat,所,actual,7,,higher,,,',
]);

const gauge = (indicator: string, locale: (typeof LOCALES)[number] = 'zh-CN', tokens = LIGHT_TOKENS) =>
  buildGaugeModel(ok(gaugeSlice(DATA, selection('A', indicator))), tokens, locale).option;
const bullet = (indicator: string, locale: (typeof LOCALES)[number] = 'zh-CN', tokens = LIGHT_TOKENS) =>
  buildBulletModel(ok(gaugeSlice(DATA, selection('A', indicator))), tokens, locale).option;

describe('ECharts takes the gauge options', () => {
  it('draws the centre value and the target', () => {
    const [svg] = render([gauge('both')]);
    expect(svg).toContain('88.4%');
    expect(svg).toContain('目标 80%');
  });

  it('re-renders between dials, figure views (a spark line, or nothing drawn) and bullets, on one instance', () => {
    const views = [gauge('rate'), gauge('count'), gauge('both'), gauge('history'), gauge('range'), bullet('both'), gauge('zero'), bullet('count'), bullet('rate'), gauge('flat'), gauge('count')];
    const svgs = render(views);
    // a target or an actual alone: the figure is the element's HTML, nothing is drawn
    for (const i of [0, 1, 7, 10]) expect(svgs[i]).not.toMatch(/<(path|text)\b/);
    expect(svgs[2]).toContain('88.4%');
    // the spark line, even when flat
    for (const i of [3, 9]) expect(svgs[i]).toContain(`stroke="${LIGHT_TOKENS.actual.toLowerCase()}"`);
    expect(svgs[4]).toContain('目标 1–2所');
    // the bullet's bar in its status colour, its marker in the target's
    expect(svgs[5]).toContain(`stroke="${LIGHT_TOKENS.met.toLowerCase()}"`);
    expect(svgs[5]).toContain(`fill="${LIGHT_TOKENS.target.toLowerCase()}"`);
    expect(svgs[8]).toContain(`fill="${LIGHT_TOKENS.target.toLowerCase()}"`);
  });

  it('switches locale and theme on one instance', () => {
    const svgs = render([gauge('both', 'en', DARK_TOKENS), gauge('range', 'en'), bullet('range', 'en', DARK_TOKENS), gauge('both', 'zh-CN', DARK_TOKENS)]);
    expect(svgs[0]).toContain('Target 80%');
    expect(svgs[1]).toContain('Target 1–2 所');
    expect(svgs[2]).toContain(`fill="${DARK_TOKENS.target.toLowerCase()}"`);
  });
});

describe('ECharts takes the trend and radar options', () => {
  it('keeps the value axis labels inside the chart, however long', () => {
    const counts = rowsDataset(['A,2021,,n,个,actual,33000,,,,,', 'A,2023,,n,个,actual,1234567,,,,,']);
    const [svg] = render([buildTrendModel(ok(trendSlice(counts, selection('A', 'n'))), LIGHT_TOKENS, 'zh-CN').option]);
    // value labels are right-aligned at their x: the text runs leftwards from there
    const labels = [...svg!.matchAll(/<text[^>]*text-anchor="end"[^>]*transform="translate\(([-\d.]+) [-\d.]+\)"[^>]*>([^<]*)<\/text>/g)];
    expect(labels.map((m) => m[2])).toContain('1,400,000');
    const size = LIGHT_TOKENS.fontSize * 0.85;
    for (const [, x, text] of labels) expect(Number(x), text).toBeGreaterThanOrEqual(text!.length * size * 0.4);
  });

  it('draws trends for one and several regions, then back, on one instance', () => {
    const trend = (regions: string[], locale: (typeof LOCALES)[number] = 'zh-CN') =>
      buildTrendModel(ok(trendSlice(DATA, selection(regions, 'both'))), LIGHT_TOKENS, locale).option;
    const svgs = render([trend(['A']), trend(['A', 'B'], 'en'), trend(['B'])]);
    expect(svgs[0]).toContain('2022');
    // one colour a region (the legend is the element's HTML, not drawn here)
    for (const colour of LIGHT_TOKENS.series.slice(0, 2)) expect(svgs[1]).toContain(`stroke="${colour.toLowerCase()}"`);
    expect(svgs[2]).not.toContain(`stroke="${LIGHT_TOKENS.series[1]!.toLowerCase()}"`);
  });

  it('draws radars for every measure of the bundled data, switching on one instance', () => {
    const data = bundled();
    const radar = (regions: string[], year: number, measure: string, locale: (typeof LOCALES)[number]) =>
      buildRadarModel(ok(radarSlice(data, selection(regions, undefined, year), parseMeasure(measure), THEMES, locale)), LIGHT_TOKENS, locale).option;
    const svgs = render([
      radar(['东丽区', '鲤城区'], 2022, 'indicator:plan_items', 'zh-CN'),
      radar(['东丽区'], 2023, 'attainment', 'en'),
      radar(['台儿庄区', '通州区'], 2021, 'targets', 'zh-CN'),
    ]);
    expect(svgs[0]).toContain('党的建设');
    expect(svgs[1]).toContain('Preschool');
    expect(svgs[2]).toContain('教师队伍');
    for (const colour of LIGHT_TOKENS.series.slice(0, 2)) expect(svgs[2]).toContain(`stroke="${colour.toLowerCase()}"`);
  });
});

describe('ECharts takes the scorecard options', () => {
  const scorecard = (regions: string[], locale: (typeof LOCALES)[number], tokens = LIGHT_TOKENS, theme?: string) =>
    buildScorecardModel(ok(scorecardSlice(bundled(), selection(regions), theme, THEMES, locale)), tokens, locale).option;

  it('draws each bar\'s label and its segments\' counts, for one region and all, with and without decals, on one instance', () => {
    const svgs = render([
      scorecard(['东丽区'], 'zh-CN'),
      scorecard([], 'en', { ...DARK_TOKENS, decals: true }),
      scorecard(['东丽区', '鲤城区'], 'zh-CN', LIGHT_TOKENS, 'preschool'),
      scorecard(['台儿庄区'], 'zh-CN'),
    ]);
    expect(svgs[0]).toMatch(/学前教育（\d+ 项）/);
    expect(svgs[0]).toContain(`fill="${LIGHT_TOKENS.notReported}"`);
    expect(svgs[1]).toMatch(/Preschool · Dongli District \(\d+\stargets?\)/);
    expect(svgs[1]).toContain('<pattern');
    expect(svgs[2]).toMatch(/鲤城区（\d+ 项）/);
    expect(svgs[3]).toMatch(/安全与民生服务（1 项）/);
  });
});

describe('dataset text drawn by ECharts', () => {
  const hostile = rowsDataset([
    `{a|x},2022,{b|y},${IMG},{u|v},target,80,,higher,{c|w},,${IMG}`,
    `{a|x},2023,{b|y},${IMG},{u|v},actual,88.4,,higher,{c|w},,${IMG}`,
    `<b>B</b>,2023,{b|y},${IMG},{u|v},actual,50,,higher,,,`,
  ]);

  it('is drawn as text: braces full-width, markup escaped, never an element', () => {
    const svgs = render([
      buildGaugeModel(ok(gaugeSlice(hostile, selection('{a|x}', IMG))), LIGHT_TOKENS, 'zh-CN').option,
      buildTrendModel(ok(trendSlice(hostile, selection(['{a|x}', '<b>B</b>'], IMG))), LIGHT_TOKENS, 'en').option,
      buildRadarModel(ok(radarSlice(hostile, selection(['{a|x}', '<b>B</b>'], undefined, 2023), parseMeasure(`indicator:${IMG}`), THEMES, 'zh-CN')), LIGHT_TOKENS, 'zh-CN').option,
      buildScorecardModel(ok(scorecardSlice(hostile, selection(['{a|x}']), undefined, THEMES, 'zh-CN')), LIGHT_TOKENS, 'zh-CN').option,
    ]);
    expect(svgs[3]).toContain('｛b|y｝（1 项）');
    expect(svgs[0]).toContain('88.4｛u|v｝');
    expect(svgs[1]).toContain('｛u|v｝');
    expect(svgs[2]).toContain('｛b|y｝');
    for (const svg of svgs) {
      expect(svg).not.toMatch(/<img|<b>|<script/i);
    }
  });
});
