import { describe, expect, it } from 'vitest';
import { buildFigureModel, changeText } from '../../src/charts/figure.js';
import { buildGaugeModel } from '../../src/charts/gauge.js';
import { gaugeSlice, type GaugeSlice } from '../../src/charts/slices.js';
import { LIGHT_TOKENS as T } from '../../src/charts/tokens.js';
import type { Locale } from '../../src/i18n/locale.js';
import { bundled, expectFiniteNumbers, LOCALES, ok, rowsDataset, selection, seriesOf, type Any } from './helpers.js';

const SUMMARY = '区工作总结';

/** Region A's figures without targets, each with a history. */
const DATA = rowsDataset([
  // a rate up across a year with no figure
  `A,2021,preschool,rate,%,actual,76.1,,higher,${SUMMARY},一,普惠率76.1%`,
  `A,2023,preschool,rate,%,actual,88.4,,higher,${SUMMARY},三,普惠率88.4%`,
  'A,2020,preschool,rate,%,baseline,70,,higher,,,',
  // a count down: worse when more is better
  'A,2022,teachers,staff,名,actual,120,,higher,,,',
  'A,2023,teachers,staff,名,actual,110,,higher,,,',
  // a rate down: better when less is
  'A,2022,health,myopia,%,actual,55,,lower,,,',
  'A,2023,health,myopia,%,actual,54,,lower,,,',
  // unchanged
  'A,2021,digital,schools,所,actual,7,,higher,,,',
  'A,2022,digital,schools,所,actual,7,,higher,,,',
  // one year only
  'A,2023,digital,single,个,actual,3,,higher,,,',
]);

const slice = (indicator: string, year?: number): GaugeSlice => ok(gaugeSlice(DATA, selection('A', indicator, year)));
const figure = (indicator: string, year?: number, locale: Locale = 'zh-CN') => buildFigureModel(slice(indicator, year), T, locale);
const spark = (m: { option: Record<string, unknown> }): Any => seriesOf(m.option)[0];

describe('changeText', () => {
  it('says up or down, by how much, since which year, and better or worse by the indicator\'s direction', () => {
    expect(changeText(slice('rate').history, 'zh-CN')).toBe('比 2021 年上升 12.3 个百分点（改善）');
    expect(changeText(slice('rate').history, 'en')).toBe('up 12.3 percentage points since 2021 (better)');
    expect(changeText(slice('staff').history, 'zh-CN')).toBe('比 2022 年下降 10名（变差）');
    expect(changeText(slice('staff').history, 'en')).toBe('down 10 名 since 2022 (worse)');
    expect(changeText(slice('myopia').history, 'zh-CN')).toBe('比 2022 年下降 1 个百分点（改善）');
    expect(changeText(slice('myopia').history, 'en')).toBe('down 1 percentage point since 2022 (better)');
  });

  it('says unchanged without a direction word, and nothing without a previous year', () => {
    expect(changeText(slice('schools').history, 'zh-CN')).toBe('与 2021 年持平');
    expect(changeText(slice('schools').history, 'en')).toBe('unchanged since 2021');
    expect(changeText(slice('single').history, 'zh-CN')).toBeUndefined();
    expect(changeText(slice('rate', 2021).history, 'zh-CN')).toBeUndefined();
  });
});

describe('buildFigureModel', () => {
  it('writes the figure out: value, year, change and “no target set”, with a spark line', () => {
    expect(figure('rate').figure).toEqual({
      label: 'rate',
      value: '88.4%',
      year: '2023 年',
      change: '比 2021 年上升 12.3 个百分点（改善）',
      span: '2021–2023 年',
      status: 'no-target',
      statusText: '未设目标',
    });
    expect(figure('rate', undefined, 'en').figure).toEqual({
      label: 'rate',
      value: '88.4%',
      year: '2023',
      change: 'up 12.3 percentage points since 2021 (better)',
      span: '2021–2023',
      status: 'no-target',
      statusText: 'No target set',
    });
  });

  it('says the change in the summary sentence too', () => {
    expect(figure('rate').summary).toBe('A 2023 年rate 88.4%，比 2021 年上升 12.3 个百分点（改善），未设目标');
    expect(figure('staff', undefined, 'en').summary).toBe('A 2023, staff: 110 名, down 10 名 since 2022 (worse), no target set');
  });

  it('draws the actuals as a spark line without axes, a year without a figure a gap', () => {
    const m = figure('rate');
    expect(seriesOf(m.option)).toHaveLength(1);
    expect(spark(m).type).toBe('line');
    expect(spark(m).data.map((d: Any) => (typeof d === 'object' ? d.value : d))).toEqual([76.1, '-', 88.4]);
    expect(spark(m).connectNulls).toBe(false);
    expect(spark(m).lineStyle.color).toBe(T.actual);
    const option = m.option as Any;
    expect([option.xAxis.show, option.yAxis.show]).toEqual([false, false]);
    expect(option.xAxis.data).toEqual(['2021', '2022', '2023']);
    expectFiniteNumbers(m.option);
  });

  it('draws nothing for a single year: no line, no change, no span', () => {
    const m = figure('single');
    expect(seriesOf(m.option)).toEqual([]);
    expect(m.figure).toEqual({ label: 'single', value: '3个', year: '2023 年', change: undefined, span: undefined, status: 'no-target', statusText: '未设目标' });
    expect(m.summary).toBe('A 2023 年single 3个，未设目标');
  });

  it('ends at the year asked for', () => {
    const m = figure('staff', 2022);
    expect(seriesOf(m.option)).toEqual([]);
    expect(m.figure?.value).toBe('120名');
    expect(m.figure?.change).toBeUndefined();
  });

  it('gives the keyboard the spark line\'s points left to right, each with its source', () => {
    const m = figure('rate');
    expect(m.points.map((p) => [p.seriesIndex, p.dataIndex, p.label])).toEqual([
      [0, 0, '实际，2021 年：76.1%'],
      [0, 2, '实际，2023 年：88.4%'],
    ]);
    expect(m.points[1]?.rows[0]?.excerpt).toBe('普惠率88.4%');
    expect(figure('single').points.map((p) => p.label)).toEqual(['实际，2023 年：3个']);
  });

  it('tables every figure shown: this year\'s first, then the earlier ones, then the baseline', () => {
    for (const locale of LOCALES) {
      const rows = figure('rate', undefined, locale).table.rows;
      expect(rows.map((r) => [r[0], r[2]])).toEqual([
        ['2023', '88.4'],
        ['2021', '76.1'],
        ['2020', '70'],
      ]);
    }
  });

  it('is what the gauge shows without a target: 东丽区\'s 2023 课后服务 33,000名, no dial out of 50,000', () => {
    const s = ok(gaugeSlice(bundled(), selection('东丽区', 'after_school_participants')));
    const m = buildGaugeModel(s, T, 'zh-CN');
    expect(seriesOf(m.option).some((x) => x.type === 'gauge')).toBe(false);
    expect(JSON.stringify(m.option)).not.toContain('50000');
    expect(m.figure).toMatchObject({ value: '33,000名', year: '2023 年', statusText: '未设目标' });
  });

  it('reads the bundled 智慧教育示范校 of 东丽区: 7 in 2021 and 2023, unchanged, a gap in 2022', () => {
    const s = ok(gaugeSlice(bundled(), selection('东丽区', 'smart_education_demo_schools')));
    const m = buildGaugeModel(s, T, 'zh-CN');
    expect(m.figure).toMatchObject({ value: '7所', change: '与 2021 年持平', span: '2021–2023 年' });
    expect(spark(m).data.map((d: Any) => (typeof d === 'object' ? d.value : d))).toEqual([7, '-', 7]);
  });
});
