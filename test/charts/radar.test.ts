import { describe, expect, it } from 'vitest';
import { buildRadarModel, parseMeasure, radarSlice, type RadarSlice } from '../../src/charts/radar.js';
import { wrapLabel } from '../../src/charts/text.js';
import { niceMax } from '../../src/charts/slices.js';
import { LIGHT_TOKENS as T } from '../../src/charts/tokens.js';
import type { Theme } from '../../src/data/index.js';
import type { Locale } from '../../src/i18n/locale.js';
import { RADAR_TERMS } from '../../src/i18n/radar-terms.js';
import { bundled, expectFiniteNumbers, LOCALES, ok, rowsDataset, selection, seriesOf, THEMES, type Any } from './helpers.js';

/** Themes in file order: safety first, a free-text theme, then the others. */
const DATA = rowsDataset([
  // A 2022
  'A,2022,safety_services,accidents,起,target,10,,lower,,,',
  'A,2022,safety_services,accidents,起,actual,20,,lower,,,',
  'A,2022,课后服务,clubs,个,target,10,,higher,,,',
  'A,2022,课后服务,clubs,个,actual,5,,higher,,,',
  'A,2022,preschool,pa,%,target,80,,higher,,,',
  'A,2022,preschool,pa,%,actual,88,,higher,,,',
  'A,2022,preschool,pb,%,target,100,,higher,,,',
  'A,2022,preschool,pb,%,actual,50,,higher,,,',
  'A,2022,teachers,ta,名,actual,5,,higher,,,',
  'A,2022,teachers,tb,名,target,10,,higher,,,',
  'A,2021,preschool,pa,%,actual,70,,higher,,,',
  'A,2022,preschool,items,项,actual,3,,higher,A 要点,第1条,',
  'A,2022,teachers,items,项,actual,7,,higher,A 要点,第2条,',
  // B 2022
  'B,2022,teachers,tc,名,target,10,,higher,,,',
  'B,2022,teachers,tc,名,actual,9,,higher,,,',
  'B,2022,preschool,pa,%,target,80,,higher,,,',
  'B,2022,preschool,pa,%,actual,40,,higher,,,',
  'B,2022,teachers,items,项,actual,2,,higher,B 要点,第1条,',
  'B,2022,家校共育,items,项,actual,1,,higher,B 要点,第2条,',
]);

const slice = (measure: string, regions: string[] = ['A', 'B'], year?: number, themes: readonly Theme[] = THEMES, locale: Locale = 'zh-CN'): RadarSlice =>
  ok(radarSlice(DATA, selection(regions, undefined, year), parseMeasure(measure), themes, locale));
const radarOf = (m: { option: Record<string, unknown> }): Any => (m.option as Any).radar;
const shapes = (m: { option: Record<string, unknown> }): Any[] => seriesOf(m.option)[0].data;

describe('parseMeasure', () => {
  it('defaults to attainment, reads targets and indicator:<id or name>', () => {
    for (const text of [undefined, null, '', 'attainment', ' attainment ', 'bogus']) expect(parseMeasure(text)).toEqual({ type: 'attainment' });
    expect(parseMeasure('targets')).toEqual({ type: 'targets' });
    expect(parseMeasure(' targets ')).toEqual({ type: 'targets' });
    expect(parseMeasure('indicator:plan_items')).toEqual({ type: 'indicator', indicator: 'plan_items' });
    expect(parseMeasure(' indicator: 工作条目数 ')).toEqual({ type: 'indicator', indicator: '工作条目数' });
  });
});

describe('niceMax', () => {
  it('rounds up to 1, 2, 2.5, 5 or 10 times a power of ten', () => {
    expect([0.7, 1, 3, 6, 9, 12, 24, 26, 1350, 1485].map(niceMax)).toEqual([1, 1, 5, 10, 10, 20, 25, 50, 2000, 2000]);
    expect(niceMax(0)).toBe(1);
    expect(niceMax(-5)).toBe(1);
    expect(niceMax(Number.NaN)).toBe(1);
    // Found by the builders' property test: a denormal made the gauge's band 0/0.
    expect(niceMax(5e-324)).toBe(1);
    expect(niceMax(3e-12)).toBeGreaterThanOrEqual(3e-12);
  });
});

describe('radarSlice', () => {
  it('attainment: the mean of each theme\'s indicators with a target and an actual, each capped at 100', () => {
    const s = slice('attainment');
    expect(s.years).toEqual(s.regions.map(() => 2022));
    expect(s.max).toBe(100);
    expect(s.axes.map((a) => a.theme)).toEqual(['preschool', 'teachers', 'safety_services', '课后服务']);
    // A: preschool (100 capped + 50) / 2; teachers: ta has no target, tb no actual; safety lower 10/20; clubs 5/10
    // B: preschool 40/80; teachers 9/10
    expect(s.values).toEqual([
      [75, undefined, 50, 50],
      [50, 90, undefined, undefined],
    ]);
    expect(slice('', ['A'], 2021).values).toEqual([[87.5]]);
  });

  it('attainment: a year without targets and actuals has no data', () => {
    expect(radarSlice(DATA, selection(['A'], undefined, 2019), parseMeasure(''), THEMES, 'zh-CN')).toMatchObject({ ok: false, reason: 'no-data', year: 2019 });
  });

  it('targets: how many targets each theme has that year, 0 where none', () => {
    const s = slice('targets');
    expect(s.axes.map((a) => a.theme)).toEqual(['preschool', 'teachers', 'safety_services', '课后服务']);
    expect(s.values).toEqual([
      [2, 1, 1, 1],
      [1, 1, 0, 0],
    ]);
    expect(s.max).toBe(2);
    expect(s.rows.every((r) => r.kind === 'target')).toBe(true);
    expect(s.rows).toHaveLength(7);
  });

  it('indicator:<id>: that indicator\'s value per theme, missing where a region has none', () => {
    const s = slice('indicator:items');
    expect(s.indicator?.name).toBe('items');
    expect(s.axes.map((a) => a.name)).toEqual(['学前教育', '教师队伍', '家校共育']);
    expect(s.values).toEqual([
      [3, 7, undefined],
      [undefined, 2, 1],
    ]);
    expect(s.max).toBe(10);
    expect(s.rows.map((r) => r.sourceItem).sort()).toEqual(['第1条', '第1条', '第2条', '第2条']);
  });

  it('orders axes by the themes table and names them in each locale; free text stays as written, after them', () => {
    const en = slice('attainment', ['A', 'B'], 2022, THEMES, 'en');
    expect(en.axes.map((a) => a.name)).toEqual(['Preschool', 'Teachers', 'Safety & services', '课后服务']);
    const zh = slice('attainment');
    expect(zh.axes.map((a) => a.name)).toEqual(['学前教育', '教师队伍', '安全与民生服务', '课后服务']);
    // without a table: raw text, in the dataset's order
    expect(slice('attainment', ['A', 'B'], 2022, []).axes.map((a) => a.name)).toEqual(['safety_services', '课后服务', 'preschool', 'teachers']);
  });

  it('without a year takes the latest year with data for the measure; without a region every region', () => {
    expect(slice('indicator:items', []).regions.map((r) => r.name)).toEqual(['A', 'B']);
    expect(slice('targets', []).years).toEqual([2022, 2022]);
  });

  it('attainment without a year takes the latest year in which an actual has a target to be held against', () => {
    const data = rowsDataset([
      'A,2023,preschool,pa,%,target,80,,higher,,,',
      'A,2023,preschool,pa,%,actual,88,,higher,,,',
      // a later actual that nothing targets: no attainment in 2024
      'A,2024,teachers,untargeted,名,actual,5,,higher,,,',
    ]);
    const s = ok(radarSlice(data, selection('A'), parseMeasure('attainment'), THEMES, 'zh-CN'));
    expect(s.years).toEqual(s.regions.map(() => 2023));
    expect(s.values).toEqual([[100]]);
    // an explicit year is kept, even one without data
    expect(radarSlice(data, selection('A', undefined, 2024), parseMeasure('attainment'), THEMES, 'zh-CN')).toMatchObject({ ok: false, reason: 'no-data', year: 2024 });
    // the other measures take the latest year with their rows
    expect(ok(radarSlice(data, selection('A'), parseMeasure('targets'), THEMES, 'zh-CN')).years).toEqual([2023]);
    expect(ok(radarSlice(data, selection('A'), parseMeasure('indicator:untargeted'), THEMES, 'zh-CN')).years).toEqual([2024]);
  });

  it('says what it does not know', () => {
    const run = (regions: string[], measure: string) => radarSlice(DATA, selection(regions), parseMeasure(measure), THEMES, 'zh-CN');
    expect(run(['A', 'Z'], 'attainment')).toEqual({ ok: false, reason: 'unknown-region', query: 'Z' });
    expect(run(['A'], 'indicator:nope')).toEqual({ ok: false, reason: 'unknown-indicator', query: 'nope' });
    expect(run(['A'], 'indicator:')).toEqual({ ok: false, reason: 'no-indicator' });
  });

  it('counts each bundled plan\'s work items by theme (东丽区, 鲤城区 2022; 台儿庄区, 通州区 2021)', () => {
    const data = bundled();
    const plan = (regions: string[], year: number, locale: Locale = 'zh-CN') =>
      ok(radarSlice(data, selection(regions, undefined, year), parseMeasure('indicator:plan_items'), THEMES, locale));
    const y2022 = plan(['东丽区', '鲤城区'], 2022);
    expect(y2022.axes.map((a) => a.theme)).toEqual(THEMES.map((t) => t.id));
    const at = (s: RadarSlice, region: number, theme: string) => s.values[region]![s.axes.findIndex((a) => a.theme === theme)];
    expect(at(y2022, 0, 'party_building')).toBe(5);
    expect(at(y2022, 0, 'governance_funding')).toBe(4);
    expect(at(y2022, 1, 'governance_funding')).toBe(6);
    expect(at(y2022, 1, 'digital')).toBeUndefined();
    expect(y2022.max).toBe(10);
    const y2021 = plan(['台儿庄区', '通州区'], 2021, 'en');
    expect(at(y2021, 0, 'safety_services')).toBe(4);
    expect(at(y2021, 1, 'governance_funding')).toBe(9);
    expect(y2021.max).toBe(10);
    expect(y2021.axes.map((a) => a.name)).toContain('Party building');
    // every value is that region's row for the theme
    for (const [s, regions, year] of [[y2022, ['东丽区', '鲤城区'], 2022], [y2021, ['台儿庄区', '通州区'], 2021]] as const) {
      regions.forEach((region, r) => {
        s.axes.forEach((axis, a) => {
          const rows = data.select({ region, indicator: 'plan_items', year, theme: axis.theme });
          expect(s.values[r]![a]).toBe(rows.length ? rows.reduce((sum, row) => sum + row.value, 0) : undefined);
        });
      });
    }
  });

  it('without a year compares the four plans, each at its own year, and says so', () => {
    const s = ok(radarSlice(bundled(), selection([]), parseMeasure('indicator:plan_items'), THEMES, 'zh-CN'));
    expect(s.regions.map((r) => r.name)).toEqual(['东丽区', '鲤城区', '台儿庄区', '通州区']);
    expect(s.years).toEqual([2022, 2022, 2021, 2021]);
    const model = buildRadarModel(s, T, 'zh-CN');
    expect(model.summary).toBe('东丽区、鲤城区、台儿庄区、通州区 各自最新年份的各主题工作条目数对比，共 12 个主题');
    expect(model.table.rows.filter((row) => row[0] === '通州区').every((row) => row[1] === '2021')).toBe(true);
    const one = ok(radarSlice(bundled(), selection([]), parseMeasure('indicator:plan_items'), THEMES, 'en'));
    expect(buildRadarModel({ ...one, regions: one.regions.slice(0, 2), years: one.years.slice(0, 2), values: one.values.slice(0, 2) }, T, 'en').summary).toBe(
      'Work items by theme in Dongli District, Licheng District, 2022: 12 themes',
    );
  });

  it('leaves out regions with no value on any theme rather than listing an empty shape', () => {
    const s = ok(radarSlice(bundled(), selection([]), parseMeasure('attainment'), THEMES, 'zh-CN'));
    // Only 东丽区 has achievements with targets to hold them against.
    expect(s.regions.map((r) => r.name)).toEqual(['东丽区']);
    expect(s.notCompared).toBeUndefined();
    expect(s.years).toEqual([2023]);
  });

  it('names the regions asked for that it cannot compare, and what each measure needs that they lack', () => {
    const data = rowsDataset([
      'A,2022,preschool,pa,%,target,80,,higher,,,',
      'A,2022,preschool,pa,%,actual,88,,higher,,,',
      'A,2022,preschool,items,项,actual,3,,higher,,,',
      // C and D: an actual without a target, so no attainment, no target and no items
      'C,2022,preschool,pa,%,actual,70,,higher,,,',
      'D,2022,preschool,pa,%,actual,60,,higher,,,',
    ]);
    const run = (measure: string, regions: string[], year?: number, locale: Locale = 'zh-CN') =>
      radarSlice(data, selection(regions, undefined, year), parseMeasure(measure), THEMES, locale);
    const summary = (measure: string, regions: string[], year?: number, locale: Locale = 'zh-CN') => buildRadarModel(ok(run(measure, regions, year, locale)), T, locale).summary;

    const attainment = ok(run('attainment', ['A', 'C']));
    expect(attainment.regions.map((r) => r.name)).toEqual(['A']);
    expect(attainment.notCompared).toEqual({ regions: ['C'], year: undefined, lack: 'no-paired-indicator', indicator: undefined });
    expect(summary('attainment', ['A', 'C'])).toBe('A 2022 年各主题目标达成度对比，共 1 个主题；C无法比较：没有同时具有目标和完成数据的指标');
    expect(summary('attainment', ['A', 'C', 'D'], 2022, 'en')).toBe(
      'Target attainment by theme in A, 2022: 1 theme. C, D are not compared in 2022: no indicator has both a target and an achievement',
    );
    expect(summary('targets', ['C', 'A'])).toBe('A 2022 年各主题量化目标数对比，共 1 个主题；C无法比较：没有量化目标');
    expect(summary('targets', ['A', 'C'], undefined, 'en')).toBe('Quantified targets by theme in A, 2022: 1 theme. C is not compared: no quantified target is set');
    expect(summary('indicator:items', ['A', 'C'], 2022)).toBe('A 2022 年各主题items对比，共 1 个主题；C 2022 年无法比较：没有“items”的数据');
    expect(summary('indicator:items', ['A', 'C'], undefined, 'en')).toBe('items by theme in A, 2022: 1 theme. C is not compared: no value of “items” is reported');
    // every region asked for compared: nothing to say
    expect(ok(run('attainment', ['A'])).notCompared).toBeUndefined();
    expect(summary('attainment', ['A'])).toBe('A 2022 年各主题目标达成度对比，共 1 个主题');
    // without a region every region is compared that can be; none was asked for, so none is named
    expect(ok(run('attainment', [])).notCompared).toBeUndefined();
  });

  it('when no region asked for has a value, says which and why instead of drawing', () => {
    const data = rowsDataset(['A,2022,preschool,pa,%,target,80,,higher,,,', 'C,2022,preschool,pa,%,actual,70,,higher,,,']);
    const run = (measure: string, regions: string[], locale: Locale = 'zh-CN') => radarSlice(data, selection(regions), parseMeasure(measure), THEMES, locale);
    const empty = run('attainment', ['C']);
    expect(empty).toMatchObject({ ok: false, reason: 'no-data', notCompared: { regions: ['C'], lack: 'no-paired-indicator' } });
    const message = (result: ReturnType<typeof run>, locale: Locale) => (result.ok || result.reason !== 'no-data' ? '' : RADAR_TERMS[locale].notCompared(result.notCompared!));
    expect(message(empty, 'zh-CN')).toBe('C无法比较：没有同时具有目标和完成数据的指标');
    expect(message(run('attainment', ['C'], 'en'), 'en')).toBe('C is not compared: no indicator has both a target and an achievement');
    expect(message(run('indicator:pa', ['A'], 'en'), 'en')).toBe('A is not compared: no value of “pa” is reported');
    // nothing asked for and no region with a value
    expect(message(run('attainment', []), 'zh-CN')).toBe('没有可以比较的地区：没有同时具有目标和完成数据的指标');
    expect(message(run('attainment', [], 'en'), 'en')).toBe('No region can be compared: no indicator has both a target and an achievement');
  });

  it('names 台儿庄区 when asked to rate it with 东丽区: it has no achievement held against a target', () => {
    const s = ok(radarSlice(bundled(), selection(['东丽区', '台儿庄区']), parseMeasure('attainment'), THEMES, 'zh-CN'));
    expect(s.regions.map((r) => r.name)).toEqual(['东丽区']);
    expect(buildRadarModel(s, T, 'zh-CN').summary).toBe('东丽区 2023 年各主题目标达成度对比，共 4 个主题；台儿庄区无法比较：没有同时具有目标和完成数据的指标');
  });

  it('rates the bundled 东丽区 2023 achievements against its 2022 targets', () => {
    const s = ok(radarSlice(bundled(), selection(['东丽区']), parseMeasure('attainment'), THEMES, 'zh-CN'));
    expect(s.years).toEqual(s.regions.map(() => 2023));
    expect(s.axes.map((a) => a.name)).toEqual(['体育美育劳动与健康', '学前教育', '义务教育', '安全与民生服务']);
    // 普惠率 88.4% of 80% (100, capped), 新增学位 990 of 1350 (73.3) and 3 of 4 kindergartens built (75)
    expect(s.values[0]![0]).toBe(100);
    expect(s.values[0]![1]).toBeCloseTo((100 + (990 / 1350) * 100 + 75) / 3, 6);
    expect(s.values[0]![2]).toBe(100);
    // Both schools' C-grade buildings renovated, as planned
    expect(s.values[0]![3]).toBe(100);
  });
});

describe('buildRadarModel', () => {
  it('draws one axis a theme, all on one scale, named in the locale', () => {
    for (const locale of LOCALES) {
      const m = buildRadarModel(slice('indicator:items', ['A', 'B'], 2022, THEMES, locale), T, locale);
      const axes = radarOf(m).indicator as { name: string; max: number; min: number }[];
      expect(axes.map((a) => a.name)).toEqual(locale === 'en' ? ['Preschool', 'Teachers', '家校共育'] : ['学前教育', '教师队伍', '家校共育']);
      expect(new Set(axes.map((a) => a.max))).toEqual(new Set([10]));
      expect(axes.every((a) => a.min === 0)).toBe(true);
    }
    const attainment = buildRadarModel(slice('attainment'), T, 'zh-CN');
    expect(radarOf(attainment).indicator.map((a: Any) => a.max)).toEqual([100, 100, 100, 100]);
  });

  it('draws one shape a region, leaving out themes without a value (never a false zero)', () => {
    const m = buildRadarModel(slice('attainment'), T, 'zh-CN');
    const [a, b] = shapes(m);
    expect(a.name).toBe('A');
    expect(a.value).toEqual([75, '-', 50, 50]);
    expect(b.value).toEqual([50, 90, '-', '-']);
    // counts are real zeros
    expect(shapes(buildRadarModel(slice('targets'), T, 'zh-CN'))[1].value).toEqual([1, 1, 0, 0]);
  });

  it('gives each region its own colour and a legend when several are compared; one region is in the actual colour', () => {
    const m = buildRadarModel(slice('attainment'), T, 'zh-CN');
    expect(shapes(m).map((d) => [d.lineStyle.color, d.itemStyle.color, d.areaStyle.color])).toEqual([
      [T.series[0], T.series[0], T.series[0]],
      [T.series[1], T.series[1], T.series[1]],
    ]);
    expect(m.legend).toEqual([
      { label: 'A', color: T.series[0], line: 'solid', seriesIndex: 0, dataIndex: 0 },
      { label: 'B', color: T.series[1], line: 'solid', seriesIndex: 0, dataIndex: 1 },
    ]);
    const one = buildRadarModel(slice('attainment', ['B']), T, 'zh-CN');
    expect(shapes(one)[0].lineStyle.color).toBe(T.actual);
    expect(one.legend).toEqual([]);
  });

  it('explains a region in its tooltip, theme by theme, with a dash where there is no value', () => {
    const zh = buildRadarModel(slice('attainment'), T, 'zh-CN');
    const tip = (m: typeof zh, dataIndex: number): string => m.points[dataIndex]!.tooltip;
    expect(tip(zh, 0)).toBe('A · 2022 年 · 目标达成度\n学前教育：75%\n教师队伍：—\n安全与民生服务：50%\n课后服务：50%');
    const en = buildRadarModel(slice('targets', ['A', 'B'], 2022, THEMES, 'en'), T, 'en');
    expect(tip(en, 1)).toBe('B · 2022 · Quantified targets\nPreschool: 1\nTeachers: 1\nSafety & services: 0\n课后服务: 0');
  });

  it('sums it up, announces each region\'s values, and tables every value with — where none', () => {
    const m = buildRadarModel(slice('attainment'), T, 'zh-CN');
    expect(m.summary).toBe('A、B 2022 年各主题目标达成度对比，共 4 个主题');
    expect(buildRadarModel(slice('attainment', ['A', 'B'], 2022, THEMES, 'en'), T, 'en').summary).toBe('Target attainment by theme in A, B, 2022: 4 themes');
    expect(m.points.map((p) => [p.seriesIndex, p.dataIndex])).toEqual([[0, 0], [0, 1]]);
    expect(m.points[1]!.label).toBe('B，目标达成度：学前教育 50%、教师队伍 90%、安全与民生服务 —、课后服务 —');
    expect(m.points[1]!.rows.every((r) => r.region === 'B')).toBe(true);
    expect(m.table.columns).toEqual(['地区', '年份', '主题', '目标达成度', '单位']);
    expect(m.table.rows).toHaveLength(8);
    expect(m.table.rows[0]).toEqual(['A', '2022', '学前教育', '75', '%']);
    expect(m.table.rows[1]).toEqual(['A', '2022', '教师队伍', '—', '%']);
    const items = buildRadarModel(slice('indicator:items'), T, 'zh-CN');
    expect(items.summary).toBe('A、B 2022 年各主题items对比，共 3 个主题');
    expect(items.table.rows[1]).toEqual(['A', '2022', '教师队伍', '7', '项']);
  });

  it('builds options with finite numbers for every measure and bundled region, in both locales', () => {
    const data = bundled();
    const regionSets = [[], ...data.regions.map((r) => [r.key]), ['东丽区', '鲤城区'], ['台儿庄区', '通州区']];
    let built = 0;
    for (const measure of ['attainment', 'targets', 'indicator:plan_items']) {
      for (const regions of regionSets) {
        for (const year of [undefined, 2021, 2022, 2023]) {
          for (const locale of LOCALES) {
            const s = radarSlice(data, selection(regions, undefined, year), parseMeasure(measure), THEMES, locale);
            if (!s.ok) continue;
            const m = buildRadarModel(s, T, locale);
            expectFiniteNumbers(m.option);
            expect(s.max).toBeGreaterThan(0);
            for (const v of s.values.flat()) if (v !== undefined) expect(v).toBeLessThanOrEqual(s.max);
            built++;
          }
        }
      }
    }
    expect(built).toBeGreaterThan(50);
  });
});

describe('radar axis names', () => {
  it('breaks a long theme name into lines: even ones in Chinese, between words in English', () => {
    expect(wrapLabel('体育美育劳动与健康', 7)).toBe('体育美育劳\n动与健康');
    expect(wrapLabel('学前教育', 7)).toBe('学前教育');
    expect(wrapLabel('Physical, arts & labour education', 7)).toBe('Physical, arts\n& labour\neducation');
    expect(wrapLabel('Supercalifragilisticexpialidocious', 7)).toBe('Supercalifragilisticexpialidocious'.match(/.{1,12}/g)!.join('\n'));
    const model = buildRadarModel(slice('attainment'), T, 'zh-CN');
    expect(radarOf(model).indicator.every((i: { name: string }) => i.name.split('\n').every((l) => [...l].length <= 6))).toBe(true);
  });
});
