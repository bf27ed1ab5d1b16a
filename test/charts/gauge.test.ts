import { describe, expect, it } from 'vitest';
import { bulletRanges, buildBulletModel } from '../../src/charts/bullet.js';
import { buildGaugeModel } from '../../src/charts/gauge.js';
import { gaugeScale } from '../../src/charts/gauge-common.js';
import { gaugeSlice, type GaugeSlice } from '../../src/charts/slices.js';
import { LIGHT_TOKENS as T } from '../../src/charts/tokens.js';
import type { Locale } from '../../src/i18n/locale.js';
import { bundled, expectFiniteNumbers, LOCALES, ok, rowsDataset, selection, seriesOf, type Any } from './helpers.js';

const PLAN = '区2022年工作要点';
const SUMMARY = '区2023年工作总结';

/** One region A; each indicator a small story. */
const DATA = rowsDataset([
  // higher is better, actuals in several years, targets before and after
  `A,2022,preschool,rate,%,target,80,,higher,${PLAN},第15条,普惠率达80%`,
  `A,2021,preschool,rate,%,actual,60,,higher,${SUMMARY},一,普惠率60%`,
  `A,2023,preschool,rate,%,actual,88.4,,higher,${SUMMARY},三、1,普惠率达到88.4%`,
  `A,2025,preschool,rate,%,target,95,,higher,${PLAN},第16条,普惠率达95%`,
  'A,2020,preschool,rate,%,baseline,55,,higher,,,',
  // only targets
  `A,2022,teachers,rotation,%,target,20,,higher,${PLAN},第21条,交流轮岗比例20%`,
  `A,2024,teachers,rotation,%,target,30,,higher,${PLAN},第21条,交流轮岗比例30%`,
  // counts
  `A,2022,preschool,places,个,target,1350,,higher,${PLAN},第15条,新增学位1350个`,
  `A,2023,preschool,places,个,actual,990,,higher,${SUMMARY},三、1,新增学位990个`,
  // met, near and not met in the same year
  'A,2023,compulsory,met_rate,%,target,80,,higher,,,',
  'A,2023,compulsory,met_rate,%,actual,88.4,,higher,,,',
  'A,2023,compulsory,near_rate,%,target,80,,higher,,,',
  'A,2023,compulsory,near_rate,%,actual,75,,higher,,,',
  'A,2023,compulsory,far_rate,%,target,80,,higher,,,',
  'A,2023,compulsory,far_rate,%,actual,50,,higher,,,',
  // a range target: 1-2 所
  `A,2022,holistic_education,featured_schools,所,target,1,2,higher,${PLAN},第11条,新增1-2所特色校`,
  `A,2023,holistic_education,featured_schools,所,actual,2,,higher,${SUMMARY},二,新增2所`,
  // lower is better: 零事故, and a lower target
  'A,2022,safety_services,accidents,起,target,0,,lower,,,实现零事故',
  'A,2022,safety_services,accidents,起,actual,0,,lower,,,',
  'A,2023,safety_services,accidents,起,target,0,,lower,,,',
  'A,2023,safety_services,accidents,起,actual,2,,lower,,,',
  'A,2022,holistic_education,myopia,%,target,50,,lower,,,近视率控制在50%以内',
  'A,2022,holistic_education,myopia,%,actual,48,,lower,,,',
  'A,2023,holistic_education,myopia,%,target,50,,lower,,,',
  'A,2023,holistic_education,myopia,%,actual,53,,lower,,,',
  'A,2024,holistic_education,myopia,%,target,50,,lower,,,',
  'A,2024,holistic_education,myopia,%,actual,60,,lower,,,',
  // no target at all
  `A,2023,digital,demo_schools,所,actual,7,,higher,${SUMMARY},五,示范校7所`,
  // only a baseline
  'A,2021,teachers,only_baseline,%,baseline,10,,higher,,,',
  // another region, without A's indicators
  'B,2022,digital,other,所,target,3,,higher,,,',
]);

const slice = (indicator: string, year?: number, region = 'A'): GaugeSlice => ok(gaugeSlice(DATA, selection(region, indicator, year)));
const model = (indicator: string, year?: number, locale: Locale = 'zh-CN') => buildGaugeModel(slice(indicator, year), T, locale);
const dial = (m: { option: Record<string, unknown> }): Any => seriesOf(m.option)[0];
const marker = (m: { option: Record<string, unknown> }): Any => seriesOf(m.option)[1];
const centre = (m: { option: Record<string, unknown> }): string => dial(m).detail.formatter();

describe('gaugeSlice', () => {
  it('without a year shows the latest year that has an actual', () => {
    const s = slice('rate');
    expect(s.year).toBe(2023);
    expect(s.pairing.actual?.value).toBe(88.4);
    // held against the nearest later target (a goal still ahead)
    expect(s.pairing.target?.value).toBe(95);
  });

  it('without a year and without any actual shows the latest target', () => {
    const s = slice('rotation');
    expect(s.year).toBe(2024);
    expect(s.pairing.target?.value).toBe(30);
    expect(s.pairing.actual).toBeUndefined();
    expect(s.pairing.status).toBe('no-actual');
  });

  it('keeps an explicit year', () => {
    const s = slice('rate', 2021);
    expect(s.year).toBe(2021);
    expect(s.pairing.actual?.value).toBe(60);
    expect(s.pairing.target?.year).toBe(2022);
    expect(s.rows.map((r) => r.kind)).toEqual(['actual', 'target', 'baseline']);
    // a year with its own target and no actual shows the target alone
    const targetOnly = slice('rate', 2022);
    expect(targetOnly.pairing).toMatchObject({ actual: undefined, status: 'no-actual' });
    expect(targetOnly.rows.map((r) => [r.kind, r.year])).toEqual([['target', 2022], ['baseline', 2020]]);
    // the baseline is one of the rows shown when there is one up to the year
    expect(slice('rate', 2023).rows.map((r) => [r.kind, r.value])).toEqual([
      ['actual', 88.4],
      ['target', 95],
      ['baseline', 55],
    ]);
  });

  it('finds the bundled 东丽区 普惠率 by code and name, 2023 against the 2022 target', () => {
    const s = ok(gaugeSlice(bundled(), selection('120110', '学前教育普惠率')));
    expect(s.region.name).toBe('东丽区');
    expect(s.indicator.id).toBe('preschool_inclusive_rate');
    expect(s.year).toBe(2023);
    expect(s.pairing.actual?.value).toBe(88.4);
    expect(s.pairing.target).toMatchObject({ value: 80, year: 2022 });
    expect(s.pairing.status).toBe('met');
  });

  it('says which region or indicator it does not know', () => {
    expect(gaugeSlice(DATA, selection('海淀区', 'rate'))).toEqual({ ok: false, reason: 'unknown-region', query: '海淀区' });
    expect(gaugeSlice(DATA, selection('A', 'nope'))).toEqual({ ok: false, reason: 'unknown-indicator', query: 'nope' });
  });

  it('asks for an indicator when none is given', () => {
    expect(gaugeSlice(DATA, selection('A'))).toEqual({ ok: false, reason: 'no-indicator' });
    expect(gaugeSlice(DATA, selection('A', ''))).toEqual({ ok: false, reason: 'no-indicator' });
  });

  it('gives the actuals up to the year, oldest first, one a year, as the figure\'s history', () => {
    expect(slice('rate', 2023).history.map((r) => [r.year, r.value])).toEqual([
      [2021, 60],
      [2023, 88.4],
    ]);
    expect(slice('rate', 2021).history.map((r) => r.year)).toEqual([2021]);
    expect(slice('rotation').history).toEqual([]);
  });

  it('has no data when the region has neither actual nor target for the indicator', () => {
    expect(gaugeSlice(DATA, selection('B', 'rate'))).toMatchObject({ ok: false, reason: 'no-data', regions: [{ name: 'B' }], indicator: { name: 'rate' } });
    expect(gaugeSlice(DATA, selection('A', 'only_baseline'))).toMatchObject({ ok: false, reason: 'no-data' });
    expect(gaugeSlice(DATA, selection('A', 'only_baseline', 2021))).toMatchObject({ ok: false, reason: 'no-data', year: 2021 });
    expect(gaugeSlice(DATA, selection('A', 'demo_schools', 2019))).toMatchObject({ ok: false, reason: 'no-data', year: 2019 });
  });

  it('has no data for a year without an actual or a target of its own, even with targets in other years', () => {
    // 2019 and 2024 lie before and between rate's targets (2022, 2025), without actuals
    expect(gaugeSlice(DATA, selection('A', 'rate', 2019))).toMatchObject({ ok: false, reason: 'no-data', regions: [{ name: 'A' }], year: 2019, indicator: { name: 'rate' } });
    expect(gaugeSlice(DATA, selection('A', 'rate', 2024))).toMatchObject({ ok: false, reason: 'no-data', year: 2024 });
    expect(gaugeSlice(bundled(), selection('东丽区', 'preschool_inclusive_rate', 2021))).toMatchObject({
      ok: false,
      reason: 'no-data',
      regions: [{ name: '东丽区', nameEn: 'Dongli District' }],
      year: 2021,
      indicator: { name: '学前教育普惠率', nameEn: 'Inclusive preschool rate' },
    });
  });
});

describe('buildGaugeModel', () => {
  it('shows the actual in the centre and the target under it, in each locale', () => {
    expect(centre(model('rate', 2023))).toBe('{value|88.4%}\n{target|目标 95%}');
    expect(centre(model('rate', 2023, 'en'))).toBe('{value|88.4%}\n{target|Target 95%}');
    const dongli = ok(gaugeSlice(bundled(), selection('东丽区', 'preschool_inclusive_rate')));
    expect(centre(buildGaugeModel(dongli, T, 'zh-CN'))).toBe('{value|88.4%}\n{target|目标 80%}');
    expect(centre(buildGaugeModel(dongli, T, 'en'))).toBe('{value|88.4%}\n{target|Target 80%}');
  });

  it('writes counts with grouping and their unit', () => {
    expect(centre(model('places'))).toBe('{value|990个}\n{target|目标 1,350个}');
    expect(centre(model('places', undefined, 'en'))).toBe('{value|990 个}\n{target|Target 1,350 个}');
  });

  it('draws the actual as the progress arc with its value', () => {
    const m = model('rate', 2023);
    expect(dial(m).type).toBe('gauge');
    expect(dial(m).progress.show).toBe(true);
    expect(dial(m).data[0].value).toBe(88.4);
  });

  it('colours the progress and the centre value by status: met, near, not met', () => {
    const cases: [string, number | undefined, string][] = [
      ['met_rate', undefined, T.met],
      ['rate', 2023, T.near],
      ['near_rate', undefined, T.near],
      ['far_rate', undefined, T.notMet],
      ['places', undefined, T.notMet],
    ];
    for (const [indicator, year, color] of cases) {
      const m = model(indicator, year);
      expect(dial(m).progress.itemStyle.color, indicator).toBe(color);
      expect(dial(m).detail.rich.value.color, indicator).toBe(color);
    }
    expect(slice('near_rate').pairing.status).toBe('near');
    // the three status colours really differ
    expect(new Set([T.met, T.near, T.notMet]).size).toBe(3);
  });

  it('marks the target on the rim with a second series at the target value', () => {
    const m = model('rate', 2023);
    expect(seriesOf(m.option)).toHaveLength(2);
    expect(marker(m).type).toBe('gauge');
    expect(marker(m).pointer.show).toBe(true);
    expect(marker(m).pointer.itemStyle.color).toBe(T.target);
    expect(marker(m).data[0].value).toBe(95);
    expect(marker(model('places')).data[0].value).toBe(1350);
    // marker and dial share one scale, so the marker sits where the target is
    expect(marker(m).max).toBe(dial(m).max);
    expect(marker(m).min).toBe(dial(m).min);
  });

  it('scales percentages 0–100', () => {
    const m = model('rate', 2023);
    expect([dial(m).min, dial(m).max]).toEqual([0, 100]);
    expect(dial(model('far_rate')).max).toBe(100);
  });

  it('scales counts to a round maximum above both the actual and the target', () => {
    const max = dial(model('places')).max;
    expect([1500, 2000]).toContain(max);
    expect(max).toBeGreaterThan(1350);
    expect(gaugeScale('个', [990, 1350])).toBe(max);
    expect(gaugeScale('所', [7])).toBeGreaterThan(7);
    expect(gaugeScale('个', [4641])).toBeGreaterThan(4641);
    // a "percentage" beyond 100 is not cut off
    expect(gaugeScale('%', [120, 100])).toBeGreaterThan(120);
    // nothing to show still gives a usable scale
    expect(gaugeScale('起', [0, 0])).toBeGreaterThan(0);
  });

  it('draws a range target as a band on the track and counts anything in it as met', () => {
    const m = model('featured_schools');
    const max = dial(m).max;
    expect(max).toBeGreaterThan(2);
    expect(dial(m).axisLine.lineStyle.color).toEqual([
      [1 / max, T.muted],
      [2 / max, T.target],
      [1, T.muted],
    ]);
    expect(slice('featured_schools').pairing.status).toBe('met');
    expect(dial(m).progress.itemStyle.color).toBe(T.met);
    expect(centre(m)).toBe('{value|2所}\n{target|目标 1–2所}');
    expect(centre(buildGaugeModel(slice('featured_schools'), T, 'en'))).toBe('{value|2 所}\n{target|Target 1–2 所}');
    // a plain target has a plain track
    expect(dial(model('rate', 2023)).axisLine.lineStyle.color).toEqual([[1, T.muted]]);
  });

  it('reads a range in the bundled data: 新增1-2所区级体育特色校, 2 achieved', () => {
    const s = ok(gaugeSlice(bundled(), selection('东丽区', 'new_district_sports_featured_schools')));
    const m = buildGaugeModel(s, T, 'zh-CN');
    expect(s.pairing.status).toBe('met');
    expect(dial(m).axisLine.lineStyle.color).toHaveLength(3);
    expect(dial(m).axisLine.lineStyle.color[1][1]).toBe(T.target);
  });

  it('reads lower-is-better: 零事故 met at zero, not met with two', () => {
    const zero = model('accidents', 2022);
    expect(slice('accidents', 2022).pairing.status).toBe('met');
    expect(dial(zero).progress.itemStyle.color).toBe(T.met);
    expect(marker(zero).data[0].value).toBe(0);
    expect(centre(zero)).toBe('{value|0起}\n{target|目标 0起}');
    const two = model('accidents', 2023);
    expect(slice('accidents', 2023).pairing.status).toBe('not-met');
    expect(dial(two).progress.itemStyle.color).toBe(T.notMet);
    expect(dial(two).max).toBeGreaterThan(2);
  });

  it('reads lower-is-better against a lower target: below met, a little above near, far above not met', () => {
    expect(dial(model('myopia', 2022)).progress.itemStyle.color).toBe(T.met);
    expect(dial(model('myopia', 2023)).progress.itemStyle.color).toBe(T.near);
    expect(dial(model('myopia', 2024)).progress.itemStyle.color).toBe(T.notMet);
    expect(marker(model('myopia', 2024)).data[0].value).toBe(50);
    expect(buildGaugeModel(slice('myopia', 2022), T, 'en').summary).toMatch(/, met$/);
    expect(buildGaugeModel(slice('myopia', 2024), T, 'en').summary).toMatch(/, not met$/);
  });

  it('shows the bundled 零事故 target of 台儿庄区 (lower is better, no actual yet) written out, without a dial', () => {
    const s = ok(gaugeSlice(bundled(), selection('台儿庄区', 'safety_accidents')));
    expect(s.indicator.direction).toBe('lower');
    const m = buildGaugeModel(s, T, 'zh-CN');
    expect(seriesOf(m.option)).toEqual([]);
    expect(m.figure).toMatchObject({ value: '目标 0起', status: 'no-actual', statusText: '尚未报告完成情况' });
  });

  it('without an actual draws no empty dial: the target written out, and says nothing is reported', () => {
    const m = model('rotation');
    expect(seriesOf(m.option)).toEqual([]);
    expect(m.figure).toEqual({ label: 'rotation', value: '目标 30%', year: '2024 年', status: 'no-actual', statusText: '尚未报告完成情况' });
    expect(m.summary).toContain('尚未报告完成情况');
    expect(m.summary).toContain('目标 30%');
    expect(m.summary).not.toContain('已达成');
    const en = buildGaugeModel(slice('rotation'), T, 'en');
    expect(en.figure).toMatchObject({ value: 'Target 30%', year: '2024', statusText: 'No achievement reported yet' });
    expect(en.summary).toContain('no achievement reported');
    expect(en.summary).not.toMatch(/\bmet\b/);
    // only the target is a point to reach, with its source
    expect(m.points.map((p) => [p.label, p.rows[0]?.kind])).toEqual([['目标，2024 年：30%', 'target']]);
  });

  it('without a target draws no dial against a maximum of its own: the figure written out, 未设目标', () => {
    const m = model('demo_schools');
    expect(seriesOf(m.option)).toEqual([]);
    expect(m.figure).toMatchObject({ value: '7所', year: '2023 年', status: 'no-target', statusText: '未设目标' });
    expect(buildGaugeModel(slice('demo_schools'), T, 'en').figure).toMatchObject({ value: '7 所', statusText: 'No target set' });
    expect(m.summary).toBe('A 2023 年demo_schools 7所，未设目标');
    expect(buildGaugeModel(slice('demo_schools'), T, 'en').summary).toBe('A 2023, demo_schools: 7 所, no target set');
    expect(m.points.map((p) => p.label)).toEqual(['实际，2023 年：7所']);
  });

  it('draws a dial only for an actual held against a target, for every bundled region and indicator', () => {
    const data = bundled();
    let dials = 0;
    let figures = 0;
    for (const region of data.regions) {
      for (const indicator of data.indicators) {
        const s = gaugeSlice(data, selection(region.key, indicator.key));
        if (!s.ok) continue;
        const m = buildGaugeModel(s, T, 'zh-CN');
        const gauges = seriesOf(m.option).filter((x) => x.type === 'gauge');
        const held = s.pairing.actual !== undefined && s.pairing.target !== undefined;
        expect(gauges.length > 0, `${region.name} ${indicator.id}`).toBe(held);
        expect(m.figure === undefined, `${region.name} ${indicator.id}`).toBe(held);
        if (held) dials++;
        else figures++;
      }
    }
    expect(dials).toBeGreaterThan(0);
    expect(figures).toBeGreaterThan(dials);
  });

  it('says it in one sentence: the bundled 东丽区 2023 普惠率', () => {
    const s = ok(gaugeSlice(bundled(), selection('东丽区', 'preschool_inclusive_rate')));
    const zh = buildGaugeModel(s, T, 'zh-CN');
    expect(zh.summary).toBe('东丽区 2023 年学前教育普惠率 88.4%，目标 80%（2022 年，天津市东丽区2022年教育工作要点），已达成');
    const en = buildGaugeModel(s, T, 'en');
    // English names from the dataset's region_en, indicator_en and source_en
    expect(en.summary).toBe('Dongli District 2023, Inclusive preschool rate: 88.4%, target 80% (2022, Dongli District (Tianjin) 2022 Education Work Plan), met');
    // the element names the chart with the sentence; ECharts' own label stays off so it cannot overwrite it
    expect((zh.option as Any).aria.label.enabled).toBe(false);
  });

  it('names no other year when the target is the same year\'s', () => {
    const m = model('near_rate');
    expect(m.summary).toBe('A 2023 年near_rate 75%，目标 80%，接近目标');
    expect(buildGaugeModel(slice('far_rate'), T, 'en').summary).toBe('A 2023, far_rate: 50%, target 80%, not met');
  });

  it('lists every value shown, with its source, in the table', () => {
    for (const locale of LOCALES) {
      const m = model('rate', 2023, locale);
      expect(m.table.columns).toHaveLength(5);
      expect(m.table.rows).toHaveLength(3);
      const [actual, target, baseline] = m.table.rows;
      const colon = locale === 'en' ? ': ' : '：';
      expect(actual).toEqual(['2023', locale === 'en' ? 'Actual' : '实际', '88.4', '%', `${SUMMARY} 三、1${colon}“普惠率达到88.4%”`]);
      expect(target).toEqual(['2025', locale === 'en' ? 'Target' : '目标', '95', '%', `${PLAN} 第16条${colon}“普惠率达95%”`]);
      expect(baseline?.[2]).toBe('55');
    }
    expect(model('featured_schools').table.rows[1]?.[2]).toBe('1–2');
    expect(model('places', undefined, 'en').table.rows.map((r) => r[2])).toEqual(['990', '1,350']);
  });

  it('gives one point per value drawn, announced with its value, carrying its source rows', () => {
    const m = model('rate', 2023);
    expect(m.points.map((p) => [p.seriesIndex, p.dataIndex, p.label])).toEqual([
      [0, 0, '实际，2023 年：88.4%'],
      [1, 0, '目标，2025 年：95%'],
    ]);
    expect(m.points[0]?.rows[0]?.source).toBe(SUMMARY);
    expect(m.points[1]?.rows[0]?.excerpt).toBe('普惠率达95%');
    expect(model('rate', 2023, 'en').points[0]?.label).toBe('Actual, 2023: 88.4%');
  });

  it('writes the scale ends as numbers and only them', () => {
    const m = model('places');
    const format = dial(m).axisLabel.formatter as (v: number) => string;
    expect(format(0)).toBe('0');
    expect(format(dial(m).max)).toBe(dial(m).max.toLocaleString('zh-CN'));
    expect(format(500)).toBe('');
  });

  it('builds options with finite numbers for every bundled region and indicator, in both locales', () => {
    const data = bundled();
    let built = 0;
    for (const region of data.regions) {
      for (const indicator of data.indicators) {
        const s = gaugeSlice(data, selection(region.key, indicator.key));
        if (!s.ok) continue;
        for (const locale of LOCALES) {
          const m = buildGaugeModel(s, T, locale);
          expectFiniteNumbers(m.option);
          built++;
          if (m.figure) continue;
          expect(dial(m).max).toBeGreaterThan(0);
          for (const v of [s.pairing.actual?.value, s.pairing.target?.value, s.pairing.target?.valueMax]) {
            if (v !== undefined) expect(dial(m).max, `${region.name} ${indicator.id}`).toBeGreaterThanOrEqual(v);
          }
        }
      }
    }
    expect(built).toBeGreaterThan(200);
  });
});

describe('buildBulletModel', () => {
  const bullet = (indicator: string, year?: number, locale: Locale = 'zh-CN') => buildBulletModel(slice(indicator, year), T, locale);
  const named = (m: { option: Record<string, unknown> }, name: string): Any => seriesOf(m.option).find((x) => x.name === name);
  const bar = (m: { option: Record<string, unknown> }): Any => named(m, '实际') ?? named(m, 'Actual');
  const mark = (m: { option: Record<string, unknown> }): Any => named(m, '目标') ?? named(m, 'Target');
  const axis = (m: { option: Record<string, unknown> }): Any => (m.option as Any).xAxis;
  /** The bar's end: the actual it shows. */
  const barEnd = (m: { option: Record<string, unknown> }) => bar(m).data[0].value[0];

  it('draws the actual as a bar coloured by status, with the status in words: met, near, not met', () => {
    const cases: [string, number | undefined, string, string][] = [
      ['met_rate', undefined, T.met, '已达成'],
      ['near_rate', undefined, T.near, '接近目标'],
      ['far_rate', undefined, T.notMet, '未达成'],
      ['places', undefined, T.notMet, '未达成'],
    ];
    for (const [indicator, year, color, words] of cases) {
      const m = bullet(indicator, year);
      expect(bar(m).lineStyle.color, indicator).toBe(color);
      expect(m.figure?.statusText, indicator).toBe(words);
    }
    expect(barEnd(bullet('near_rate'))).toBe(75);
    expect(bullet('far_rate', undefined, 'en').figure?.statusText).toBe('Not met');
  });

  it('writes the label, value and target beside the bar, in each locale', () => {
    expect(bullet('places').figure).toEqual({ label: 'places', value: '990个', target: '目标 1,350个', status: 'not-met', statusText: '未达成' });
    expect(bullet('places', undefined, 'en').figure).toMatchObject({ value: '990 个', target: 'Target 1,350 个' });
    expect(bullet('places').summary).toBe(model('places').summary);
  });

  it('marks the target with a line on a scale from 0 to a round maximum above the actual and the target', () => {
    const m = bullet('places');
    expect(mark(m).data).toEqual([[1350, 0]]);
    expect(mark(m).itemStyle.color).toBe(T.target);
    expect(axis(m).min).toBe(0);
    expect([1500, 2000]).toContain(axis(m).max);
    expect(axis(bullet('rate', 2023)).max).toBe(100);
    expect(barEnd(m)).toBe(990);
  });

  it('draws a range target as a band, met anywhere in it', () => {
    const m = bullet('featured_schools');
    const band = seriesOf(m.option).find((x) => x.silent && x.lineStyle.color === T.target);
    expect(band.data).toEqual([
      [1, 0],
      [2, 0],
    ]);
    expect(mark(m).data).toEqual([[1, 0]]);
    expect(m.figure).toMatchObject({ value: '2所', target: '目标 1–2所', statusText: '已达成' });
  });

  it('reads lower-is-better as such: met at or below the target, the ranges with met on the left, the bar still the value', () => {
    const below = bullet('myopia', 2022);
    expect(below.figure?.statusText).toBe('已达成');
    expect(bar(below).lineStyle.color).toBe(T.met);
    expect(barEnd(below)).toBe(48);
    const target = slice('myopia', 2022).pairing.target!;
    expect(bulletRanges(target, 0, 100).map((r) => [r.status, r.from, r.to])).toEqual([
      ['met', 0, 50],
      ['near', 50, 55],
      ['not-met', 55, 100],
    ]);
    expect(bullet('myopia', 2023).figure?.statusText).toBe('接近目标');
    expect(bullet('myopia', 2024).figure?.statusText).toBe('未达成');
    // 零事故: met at zero, not met with two, the marker at 0
    expect(bullet('accidents', 2022).figure?.statusText).toBe('已达成');
    const two = bullet('accidents', 2023);
    expect([two.figure?.statusText, barEnd(two), mark(two).data[0][0]]).toEqual(['未达成', 2, 0]);
    // higher is better: met on the right
    const higher = slice('rate', 2023).pairing.target!;
    expect(bulletRanges(higher, 0, 100).map((r) => [r.status, r.from, r.to])).toEqual([
      ['not-met', 0, 85.5],
      ['near', 85.5, 95],
      ['met', 95, 100],
    ]);
  });

  it('without a target writes the figure out compactly and draws no bar against a maximum of its own', () => {
    const m = bullet('demo_schools');
    expect(seriesOf(m.option)).toEqual([]);
    expect(m.figure).toEqual({ label: 'demo_schools', value: '7所', year: '2023 年', status: 'no-target', statusText: '未设目标' });
    expect(bullet('demo_schools', undefined, 'en').figure).toMatchObject({ value: '7 所', year: '2023', statusText: 'No target' });
    expect(m.points.map((p) => p.label)).toEqual(['实际，2023 年：7所']);
  });

  it('without an actual marks the real target on its scale, with no bar, and says it is not reported', () => {
    const m = bullet('rotation');
    expect(bar(m)).toBeUndefined();
    expect(mark(m).data).toEqual([[30, 0]]);
    // one plain track, not the shaded ranges, whose darkest part would read as a bar
    const tracks = seriesOf(m.option).filter((x: Any) => x.silent);
    expect(tracks).toHaveLength(1);
    expect((tracks[0] as Any).data).toEqual([[0, 0], [axis(m).max, 0]]);
    expect(m.figure).toEqual({ label: 'rotation', value: '目标 30%', year: '2024 年', status: 'no-actual', statusText: '未见报告' });
    expect(bullet('rotation', undefined, 'en').figure?.statusText).toBe('Not reported');
    expect(m.points.map((p) => [p.seriesIndex, p.label])).toEqual([[0, '目标，2024 年：30%']]);
  });

  it('gives the keyboard the bar\'s end and the marker, each with its source rows', () => {
    const m = bullet('rate', 2023);
    const series = seriesOf(m.option);
    expect(m.points.map((p) => [series[p.seriesIndex].name, p.dataIndex, p.label])).toEqual([
      ['实际', 0, '实际，2023 年：88.4%'],
      ['目标', 0, '目标，2025 年：95%'],
    ]);
    expect(m.points[1]?.rows[0]?.excerpt).toBe('普惠率达95%');
    expect(m.table).toEqual(model('rate', 2023).table);
  });

  it('builds finite options for every bundled region and indicator, in both locales', () => {
    const data = bundled();
    for (const region of data.regions) {
      for (const indicator of data.indicators) {
        const s = gaugeSlice(data, selection(region.key, indicator.key));
        if (!s.ok) continue;
        for (const locale of LOCALES) {
          const m = buildBulletModel(s, T, locale);
          expectFiniteNumbers(m.option);
          expect(m.figure?.label).toBe(locale === 'en' ? indicator.nameEn : indicator.name);
          if (s.pairing.target) expect(axis(m).max, `${region.name} ${indicator.id}`).toBeGreaterThanOrEqual(Math.max(s.pairing.actual?.value ?? 0, s.pairing.target.valueMax ?? s.pairing.target.value));
          else expect(seriesOf(m.option)).toEqual([]);
        }
      }
    }
  });
});
