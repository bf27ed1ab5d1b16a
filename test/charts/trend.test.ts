import { describe, expect, it } from 'vitest';
import type { ChartModel } from '../../src/charts/model.js';
import { LIGHT_TOKENS as T } from '../../src/charts/tokens.js';
import { buildTrendModel, trendSlice, type TrendSlice } from '../../src/charts/trend.js';
import type { Locale } from '../../src/i18n/locale.js';
import { bundled, expectFiniteNumbers, LOCALES, ok, rowsDataset, selection, seriesOf, type Any } from './helpers.js';

const DATA = rowsDataset([
  // A: actuals with a gap in 2020, a target, a baseline
  'A,2018,preschool,rate,%,baseline,40,,higher,A 2018 年报,表1,基线40%',
  'A,2019,preschool,rate,%,actual,50,,higher,A 2019 年总结,一,普惠率50%',
  'A,2021,preschool,rate,%,actual,60,,higher,A 2021 年总结,二,普惠率达到60%',
  'A,2022,preschool,rate,%,target,80,,higher,A 2022 年要点,第15条,力争普惠率达80%',
  // B: one actual, one target
  'B,2020,preschool,rate,%,actual,70,,higher,B 2020 年总结,三,普惠率70%',
  'B,2022,preschool,rate,%,target,85,,higher,B 2022 年要点,第3条,普惠率85%',
  // C: a count with a range target, without the rate
  'C,2021,teachers,places,个,actual,1350,,higher,C 总结,四,新增学位1350个',
  'C,2022,teachers,places,个,target,1000,2000,higher,C 要点,五,新增1000-2000个',
  // D: an indicator counted per theme (as plan_items): one row a theme
  'D,2021,teachers,items,项,actual,3,,higher,D 2021 要点,,',
  'D,2021,preschool,items,项,actual,2,,higher,D 2021 要点,,',
  'D,2022,teachers,items,项,actual,4,,higher,D 2022 要点,,',
]);

const slice = (regions: string | string[], indicator = 'rate'): TrendSlice => ok(trendSlice(DATA, selection(regions, indicator)));
const model = (regions: string | string[], indicator = 'rate', locale: Locale = 'zh-CN') => buildTrendModel(slice(regions, indicator), T, locale);
const tooltip = (m: ChartModel, seriesIndex: number, dataIndex: number): string =>
  m.points.find((p) => p.seriesIndex === seriesIndex && p.dataIndex === dataIndex)?.tooltip ?? '';

describe('trendSlice', () => {
  it('spans every year from the first to the last observation', () => {
    expect(slice('A').years).toEqual([2018, 2019, 2020, 2021, 2022]);
    expect(slice(['A', 'B']).years).toEqual([2018, 2019, 2020, 2021, 2022]);
    expect(slice('B').years).toEqual([2020, 2021, 2022]);
  });

  it('without a region takes every region that has the indicator', () => {
    expect(slice([]).regions.map((r) => r.name)).toEqual(['A', 'B']);
    expect(slice([], 'places').regions.map((r) => r.name)).toEqual(['C']);
  });

  it('says what it does not know or has no data for', () => {
    expect(trendSlice(DATA, selection('A'))).toEqual({ ok: false, reason: 'no-indicator' });
    expect(trendSlice(DATA, selection('A', 'nope'))).toEqual({ ok: false, reason: 'unknown-indicator', query: 'nope' });
    expect(trendSlice(DATA, selection(['A', 'Z'], 'rate'))).toEqual({ ok: false, reason: 'unknown-region', query: 'Z' });
    expect(trendSlice(DATA, selection('C', 'rate'))).toMatchObject({ ok: false, reason: 'no-data', regions: [{ name: 'C' }], indicator: { name: 'rate' } });
  });
});

describe('buildTrendModel', () => {
  it('draws one line a kind that has data: actual solid, target dashed with markers, baseline dotted', () => {
    const series = seriesOf(model('A').option);
    expect(series.map((s) => s.name)).toEqual(['目标', '实际', '基线']);
    const byName = Object.fromEntries(series.map((s) => [s.name, s]));
    expect(byName['实际'].lineStyle.type).toBe('solid');
    expect(byName['目标'].lineStyle.type).toBe('dashed');
    expect(byName['目标'].showSymbol).toBe(true);
    expect(byName['基线'].lineStyle.type).toBe('dotted');
    expect(series.every((s) => s.type === 'line')).toBe(true);
    // B has no baseline, so no baseline line
    expect(seriesOf(model('B', 'rate', 'en').option).map((s) => s.name)).toEqual(['Target', 'Actual']);
  });

  it('puts each value at its year and leaves missing years as gaps, never inventing values', () => {
    const m = model('A');
    expect((m.option as Any).xAxis.data).toEqual(['2018', '2019', '2020', '2021', '2022']);
    const [target, actual, baseline] = seriesOf(m.option);
    expect(actual.data).toEqual(['-', 50, '-', 60, '-']);
    expect(actual.connectNulls).toBe(false);
    expect(target.data).toEqual(['-', '-', '-', '-', 80]);
    expect(baseline.data).toEqual([40, '-', '-', '-', '-']);
  });

  it('in one region, colours the lines by kind and shows a legend when there are several', () => {
    const m = model('A');
    const colours = seriesOf(m.option).map((s) => [s.lineStyle.color, s.itemStyle.color]);
    expect(colours).toEqual([
      [T.target, T.target],
      [T.actual, T.actual],
      [T.baseline, T.baseline],
    ]);
    expect(m.legend.map((e) => [e.label, e.color, e.line, e.seriesIndex])).toEqual([
      ['目标', T.target, 'dashed', 0],
      ['实际', T.actual, 'solid', 1],
      ['基线', T.baseline, 'dotted', 2],
    ]);
    const single = rowsDataset(['A,2021,,x,%,actual,1,,,,,', 'A,2023,,x,%,actual,2,,,,,']);
    const alone = buildTrendModel(ok(trendSlice(single, selection('A', 'x'))), T, 'zh-CN');
    expect(seriesOf(alone.option)).toHaveLength(1);
    expect(alone.legend).toEqual([]);
    expect(seriesOf(alone.option)[0].data).toEqual([1, '-', 2]);
  });

  it('with several regions, gives each region one colour and names the region in the legend', () => {
    const m = model(['A', 'B']);
    const series = seriesOf(m.option);
    expect(series.map((s) => s.name)).toEqual(['A · 目标', 'A · 实际', 'A · 基线', 'B · 目标', 'B · 实际']);
    expect(series.map((s) => s.lineStyle.color)).toEqual([T.series[0], T.series[0], T.series[0], T.series[1], T.series[1]]);
    expect(series.map((s) => s.lineStyle.type)).toEqual(['dashed', 'solid', 'dotted', 'dashed', 'solid']);
    expect(m.legend.map((e) => e.label)).toEqual(['A · 目标', 'A · 实际', 'A · 基线', 'B · 目标', 'B · 实际']);
    expect(m.legend.map((e) => e.color)).toEqual(series.map((s) => s.lineStyle.color));
    expect(series[4].data).toEqual(['-', '-', 70, '-', '-']);
    expect(seriesOf(model(['A', 'B'], 'rate', 'en').option)[1].name).toBe('A · Actual');
    // the same regions without naming them
    expect(seriesOf(model([]).option).map((s) => s.name)).toEqual(series.map((s) => s.name));
  });

  it('explains a point in its tooltip: year, region, kind, value with unit and source', () => {
    const m = model('A');
    expect(tooltip(m, 1, 3)).toBe('2021 年 · A\n实际：60%\n来源：A 2021 年总结 二：“普惠率达到60%”');
    const en = model('A', 'rate', 'en');
    const text = tooltip(en, 0, 4);
    expect(text).toBe('2022 · A\nTarget: 80%\nSource: A 2022 年要点 第15条: “力争普惠率达80%”');
    // nothing for a gap
    expect(tooltip(m, 1, 2)).toBe('');
    // drawn by the element as HTML text, not by ECharts
    expect((m.option as Any).tooltip).toBe(undefined);
  });

  it('writes counts and range targets with grouping and unit in the tooltip', () => {
    const m = model('C', 'places');
    expect(tooltip(m, 1, 0)).toContain('实际：1,350个');
    expect(tooltip(m, 0, 1)).toContain('目标：1,000–2,000个');
    expect(tooltip(model('C', 'places', 'en'), 1, 0)).toContain('Actual: 1,350 个');
    expect((m.option as Any).yAxis.name).toBe('个');
    expect((m.option as Any).yAxis.axisLabel.formatter(1500)).toBe('1,500');
  });

  it('gives a point for every value drawn, and none for a gap', () => {
    for (const regions of [['A'], ['A', 'B'], ['C'], []]) {
      for (const locale of LOCALES) {
        const m = model(regions, regions[0] === 'C' ? 'places' : 'rate', locale);
        const series = seriesOf(m.option);
        const drawn = series.flatMap((s, si) => (s.data as unknown[]).flatMap((v, di) => (v === '-' ? [] : [`${si}:${di}`])));
        expect(m.points.map((p) => `${p.seriesIndex}:${p.dataIndex}`).sort()).toEqual(drawn.sort());
        for (const point of m.points) {
          expect(series[point.seriesIndex].data[point.dataIndex]).toBe(point.rows[0]!.value);
          expect(point.rows[0]!.year).toBe(Number((m.option as Any).xAxis.data[point.dataIndex]));
        }
      }
    }
    expect(model('A').points.find((p) => p.seriesIndex === 1 && p.dataIndex === 3)?.label).toBe('实际，2021 年：60%');
    expect(model(['A', 'B'], 'rate', 'en').points.at(-1)?.label).toBe('B Actual, 2020: 70%');
  });

  it('adds up an indicator counted per theme into one point a year, with every row behind it', () => {
    const m = model('D', 'items');
    const [actual] = seriesOf(m.option);
    expect(actual.data).toEqual([5, 4]);
    expect(m.points).toHaveLength(2);
    expect(m.points[0]!.rows.map((r) => r.theme)).toEqual(['teachers', 'preschool']);
    expect(m.points[0]!.label).toBe('实际，2021 年：5项');
    expect(tooltip(m, 0, 0)).toBe('2021 年 · D\n实际：5项\n来源：D 2021 要点');
    expect(m.summary).toBe('Ditems 2021–2022 年走势，共 2 个数据点');
    // the table keeps each row
    expect(m.table.rows).toHaveLength(3);
  });

  it('shows the plans\' work items of the bundled data as each plan\'s total', () => {
    const data = bundled();
    const m = buildTrendModel(ok(trendSlice(data, selection(['东丽区', '通州区'], 'plan_items'))), T, 'zh-CN');
    const series = seriesOf(m.option);
    expect((m.option as Any).xAxis.data).toEqual(['2021', '2022']);
    expect(series.map((s) => [s.name, s.data])).toEqual([
      ['东丽区 · 实际', ['-', 29]],
      ['通州区 · 实际', [29, '-']],
    ]);
    const total = (region: string) => data.select({ region, indicator: 'plan_items' }).reduce((sum, r) => sum + r.value, 0);
    expect(series[0].data[1]).toBe(total('东丽区'));
    expect(series[1].data[0]).toBe(total('通州区'));
  });

  it('follows the bundled 学生体质健康合格率 of 东丽区: 95% target in 2022, 97.05% reached in 2023', () => {
    const m = buildTrendModel(ok(trendSlice(bundled(), selection('东丽区', 'student_fitness_pass_rate'))), T, 'en');
    expect(seriesOf(m.option).map((s) => [s.name, s.data])).toEqual([
      ['Target', [95, '-']],
      ['Actual', ['-', 97.05]],
    ]);
    expect(tooltip(m, 1, 1)).toContain('Actual: 97.05%');
    expect(tooltip(m, 1, 1)).toContain('Dongli District (Tianjin) 2023 Education Work Summary');
  });

  it('sums it up in one sentence and lists every value with region and source in the table', () => {
    const m = model(['A', 'B']);
    expect(m.summary).toBe('A、Brate 2018–2022 年走势，共 6 个数据点');
    expect(model(['A', 'B'], 'rate', 'en').summary).toBe('rate in A, B, 2018–2022: 6 data points');
    expect(m.table.columns).toEqual(['地区', '年份', '类型', '数值', '单位', '来源']);
    expect(m.table.rows).toContainEqual(['B', '2020', '实际', '70', '%', 'B 2020 年总结 三：“普惠率70%”']);
    expect(m.table.rows).toHaveLength(6);
    expect((m.option as Any).aria.label.enabled).toBe(false);
  });

  it('reads a trend within one year as that year, not as a range of one', () => {
    const sameYear = rowsDataset(['A,2021,preschool,rate,%,target,80,,higher,,,', 'A,2021,preschool,rate,%,actual,60,,higher,,,']);
    const zh = buildTrendModel(ok(trendSlice(sameYear, selection('A', 'rate'))), T, 'zh-CN');
    expect(zh.summary).toBe('Arate 2021 年，仅一年数据，共 2 个数据点');
    expect(buildTrendModel(ok(trendSlice(sameYear, selection('A', 'rate'))), T, 'en').summary).toBe('rate in A in 2021: one year of data, 2 data points');
    // the year in the middle of the axis; two points keep their values in the tooltip and table, not as labels
    expect((zh.option as Any).xAxis).toMatchObject({ data: ['2021'], boundaryGap: true });
    expect(seriesOf(zh.option).map((s) => [s.data, s.label])).toEqual([
      [[80], undefined],
      [[60], undefined],
    ]);
    // several years: a range, points on the axis' ends
    expect((model('A').option as Any).xAxis.boundaryGap).toBe(false);
    expect(seriesOf(model('A').option).every((s) => s.label === undefined)).toBe(true);
  });

  it('says a single point is one year of data and writes its value beside it', () => {
    const single = rowsDataset(['A,2021,preschool,rate,%,actual,60,,higher,A 2021 年总结,二,普惠率达到60%']);
    const zh = buildTrendModel(ok(trendSlice(single, selection('A', 'rate'))), T, 'zh-CN');
    expect(zh.summary).toBe('Arate 2021 年，仅一年数据：实际 60%');
    expect(buildTrendModel(ok(trendSlice(single, selection('A', 'rate'))), T, 'en').summary).toBe('rate in A in 2021: one year of data, actual 60%');
    const [actual] = seriesOf(zh.option);
    expect(actual.data).toEqual([60]);
    expect(actual.showSymbol).toBe(true);
    expect(actual.label).toMatchObject({ show: true, formatter: '60%', color: T.text });
    expect((zh.option as Any).xAxis).toMatchObject({ data: ['2021'], boundaryGap: true });
    expect(zh.points).toHaveLength(1);
    // a range target reads as one, with its unit
    const range = buildTrendModel(ok(trendSlice(DATA, selection('C', 'places'))), T, 'en');
    expect(range.summary).toBe('places in C, 2021–2022: 2 data points');
    const target = rowsDataset(['C,2022,teachers,places,个,target,1000,2000,higher,,,']);
    const one = buildTrendModel(ok(trendSlice(target, selection('C', 'places'))), T, 'zh-CN');
    expect(one.summary).toBe('Cplaces 2022 年，仅一年数据：目标 1,000–2,000个');
    expect(seriesOf(one.option)[0].label.formatter).toBe('1,000–2,000个');
  });

  it('builds options with finite numbers for every bundled indicator, in both locales', () => {
    const data = bundled();
    for (const indicator of data.indicators) {
      for (const locale of LOCALES) {
        const m = buildTrendModel(ok(trendSlice(data, selection([], indicator.key))), T, locale);
        expectFiniteNumbers(m.option);
        for (const s of seriesOf(m.option)) {
          for (const v of s.data) if (v !== '-') expect(typeof v).toBe('number');
        }
      }
    }
  });
});
