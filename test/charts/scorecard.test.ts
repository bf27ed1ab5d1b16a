import { describe, expect, it } from 'vitest';
import { buildScorecardModel, scorecardSlice, type ScorecardModel, type ScorecardSlice } from '../../src/charts/scorecard.js';
import { DARK_TOKENS, LIGHT_TOKENS } from '../../src/charts/tokens.js';
import { OUTCOMES, targetOutcomes, type Outcome } from '../../src/data/index.js';
import type { Locale } from '../../src/i18n/locale.js';
import { SCORECARD_TERMS } from '../../src/i18n/scorecard-terms.js';
import { bundled, dataset, expectFiniteNumbers, ok, selection, seriesOf, THEMES, type Any } from './helpers.js';

/**
 * A: a 2022 plan (themes in file order preschool, safety, teachers, holistic),
 * its 2023 summary, and a 2025 target; B: a 2021 plan with no report at all.
 */
const DATA = dataset(`region,year,theme,indicator_id,indicator,unit,kind,value,value_max,direction,source,source_item,excerpt
A,2022,preschool,inclusive_rate,普惠率,%,target,80,,,A 2022 要点,第1条,普惠率达80%
A,2023,preschool,inclusive_rate,普惠率,%,actual,88.4,,,A 2023 总结,一,普惠率88.4%
A,2022,preschool,new_places,新增学位,个,target,1350,,,A 2022 要点,第2条,新增学位1350个
A,2023,preschool,new_places,新增学位,个,actual,1250,,,A 2023 总结,一,新增学位1250个
A,2022,preschool,new_kindergartens,新建幼儿园,所,target,4,,,A 2022 要点,第3条,新建4所
A,2023,preschool,new_kindergartens,新建幼儿园,所,actual,3,,,A 2023 总结,一,建成3所
A,2022,safety_services,incidents,安全事故,起,target,0,,lower,A 2022 要点,第9条,零事故
A,2023,safety_services,incidents,安全事故,起,actual,0,,lower,A 2023 总结,五,零事故
A,2022,teachers,rotation_rate,轮岗比例,%,target,20,,,A 2022 要点,第5条,提高到20%
A,2023,teachers,rotation_count,轮岗教师,名,actual,417,,,A 2023 总结,四,交流轮岗教师417名
A,2022,teachers,backbone_share,骨干比例,%,target,50,,,A 2022 要点,第5条,骨干比例50%
A,2022,holistic_education,football_schools,足球特色校,所,target,1,2,,A 2022 要点,第6条,创建1-2所
A,2021,digital,smart_schools,智慧校园,所,actual,6,,,A 2021 总结,六,6所智慧校园
A,2025,digital,smart_schools,智慧校园,所,target,10,,,A 2025 规划,七,建成10所
B,2021,safety_services,accidents,安全事故,起,target,0,,lower,B 2021 要点,第9条,零事故
B,2021,teachers,dormitories,周转宿舍,套,target,68,,,B 2021 要点,第6条,建设68套`);

function slice(regions: string[], year?: number, theme?: string, locale: Locale = 'zh-CN'): ScorecardSlice {
  return ok(scorecardSlice(DATA, selection(regions, undefined, year), theme, THEMES, locale));
}
const model = (s: ScorecardSlice, locale: Locale = 'zh-CN', tokens = LIGHT_TOKENS): ScorecardModel => buildScorecardModel(s, tokens, locale);
const categories = (m: ScorecardModel): string[] => (m.option as Any).yAxis.data;
/** Per outcome (in OUTCOMES order), the count of each bar. */
const counts = (m: ScorecardModel): Record<Outcome, number[]> =>
  Object.fromEntries(seriesOf(m.option).map((s, i) => [OUTCOMES[i], s.data.map((d: Any) => d.value)])) as Record<Outcome, number[]>;
const row = (m: ScorecardModel, indicator: string) => m.table.rows.find((r) => r.includes(indicator))!;

describe('scorecardSlice and buildScorecardModel', () => {
  it('draws one bar per theme in the theme table\'s order, segments by outcome in the fixed order', () => {
    const m = model(slice(['A'], 2022));
    expect(categories(m)).toEqual(['体育美育劳动与健康（1 项）', '学前教育（3 项）', '教师队伍（2 项）', '安全与民生服务（1 项）']);
    expect(seriesOf(m.option).map((s) => s.name)).toEqual(['已达成', '接近目标', '未达成', '进行中', '未见报告']);
    expect(seriesOf(m.option).every((s) => s.type === 'bar' && s.stack === 'targets')).toBe(true);
    expect(counts(m)).toEqual({
      met: [0, 1, 0, 1],
      near: [0, 1, 0, 0],
      'not-met': [0, 1, 0, 0],
      'in-progress': [0, 0, 0, 0],
      'not-reported': [1, 0, 2, 0],
    });
    // the longest bar fills the width
    expect((m.option as Any).xAxis.max).toBe(3);
    expectFiniteNumbers(m.option);
  });

  it('colours each status from its token, and names in the legend only those that occur, in order', () => {
    const m = model(slice(['A'], 2022));
    expect(seriesOf(m.option).map((s) => s.itemStyle.color)).toEqual([LIGHT_TOKENS.met, LIGHT_TOKENS.near, LIGHT_TOKENS.notMet, LIGHT_TOKENS.inProgress, LIGHT_TOKENS.notReported]);
    expect(m.legend.map((e) => [e.label, e.color, e.seriesIndex, e.swatch])).toEqual([
      ['已达成', LIGHT_TOKENS.met, 0, 'block'],
      ['接近目标', LIGHT_TOKENS.near, 1, 'block'],
      ['未达成', LIGHT_TOKENS.notMet, 2, 'block'],
      ['未见报告', LIGHT_TOKENS.notReported, 4, 'block'],
    ]);
  });

  it('gives each status its own decal pattern when decals are on, and none otherwise', () => {
    expect(seriesOf(model(slice(['A'], 2022)).option).every((s) => s.itemStyle.decal === undefined)).toBe(true);
    const decals = seriesOf(model(slice(['A'], 2022), 'zh-CN', { ...DARK_TOKENS, decals: true }).option).map((s) => s.itemStyle.decal);
    expect(new Set(decals.map((d) => JSON.stringify({ ...d, color: undefined }))).size).toBe(OUTCOMES.length);
    expect(decals.every((d) => d.color === DARK_TOKENS.background)).toBe(true);
  });

  it('writes a headline that states every count that occurs, in Chinese and English', () => {
    expect(model(slice(['A'], 2022)).summary).toBe('A 2022 年工作要点共 7 项量化目标：已达成 2 项，接近目标 1 项，未达成 1 项，3 项在年终总结中未见报告');
    expect(model(slice(['A'], 2022, undefined, 'en'), 'en').summary).toBe(
      "A's 2022 work plan set 7 quantified targets: 2 met, 1 near target, 1 not met, 3 not reported in the year-end summary",
    );
  });

  it('says so when no report speaks of any target of a plan', () => {
    expect(model(slice(['B'])).summary).toBe('B 2021 年工作要点共 2 项量化目标，均未见完成情况报告');
    expect(model(slice(['B'], undefined, undefined, 'en'), 'en').summary).toBe("B's 2021 work plan set 2 quantified targets, none of them reported on");
    expect(model(slice(['B'], undefined, 'teachers', 'en'), 'en').summary).toBe("B's 2021 work plan set 1 quantified target in Teachers, not reported on");
  });

  it('without a year, takes each region\'s latest year with targets, where a target not yet due is in progress', () => {
    const m = model(slice(['A']));
    expect(m.summary).toBe('A 2025 年工作要点共 1 项量化目标：1 项仍在进行中');
    expect(row(m, '智慧校园').slice(2, 6)).toEqual(['2025', '≥ 10所', '进行中：截至 2021 年 6所', '进行中']);
    const en = model(slice(['A'], undefined, undefined, 'en'), 'en');
    expect(en.summary).toBe("A's 2025 work plan set 1 quantified target: 1 in progress");
    expect(row(en, '智慧校园').slice(3, 6)).toEqual(['≥ 10 所', 'In progress: 6 所 as of 2021', 'In progress']);
  });

  it('lists every target in the table: its range and direction, what became of it, its status in words and both sources', () => {
    const m = model(slice(['A'], 2022));
    expect(m.table.columns).toEqual(['指标', '主题', '年份', '目标', '完成情况', '状态', '目标来源', '完成情况来源']);
    expect(m.table.rows.map((r) => r[0])).toEqual(['足球特色校', '普惠率', '新增学位', '新建幼儿园', '轮岗比例', '骨干比例', '安全事故']);
    expect(row(m, '普惠率')).toEqual([
      '普惠率',
      '学前教育',
      '2022',
      '≥ 80%',
      '88.4%（2023 年）',
      '已达成',
      'A 2022 要点 第1条：“普惠率达80%”',
      'A 2023 总结 一：“普惠率88.4%”',
    ]);
    expect(row(m, '足球特色校').slice(3, 6)).toEqual(['1–2所', '—', '未见报告']);
    expect(row(m, '安全事故').slice(3, 6)).toEqual(['≤ 0起（越低越好）', '0起（2023 年）', '已达成']);
    expect(row(m, '新增学位').slice(3, 6)).toEqual(['≥ 1,350个', '1,250个（2023 年）', '接近目标']);
  });

  it('shows beside a target no report speaks of the figures the reports give on its subject, still counting it not reported', () => {
    const m = model(slice(['A'], 2022));
    expect(row(m, '轮岗比例').slice(4)).toEqual(['相关数据：轮岗教师 417名（2023 年）', '未见报告', 'A 2022 要点 第5条：“提高到20%”', 'A 2023 总结 四：“交流轮岗教师417名”']);
    expect(row(model(slice(['A'], 2022, undefined, 'en'), 'en'), '轮岗比例')[4]).toBe('Related figure: 轮岗教师 417 名 (2023)');
    expect(counts(m)['not-reported'][2]).toBe(2);
  });

  it('compares regions: one bar per theme and region, one sentence a region, a region column in the table', () => {
    const m = model(slice(['A', 'B'], 2021));
    // A has no 2021 targets: said, not drawn
    expect(m.summary).toBe('A 2021 年没有量化目标。B 2021 年工作要点共 2 项量化目标，均未见完成情况报告');
    const all = model(slice([]));
    expect(categories(all)).toEqual(['教师队伍 · B（1 项）', '安全与民生服务 · B（1 项）', '教育信息化 · A（1 项）']);
    expect(all.summary).toBe('A 2025 年工作要点共 1 项量化目标：1 项仍在进行中。B 2021 年工作要点共 2 项量化目标，均未见完成情况报告');
    expect(all.table.columns[0]).toBe('地区');
    expect(all.table.rows.map((r) => r[0])).toEqual(['B', 'B', 'A']);
  });

  it('with a theme filter (id, or name in the theme table), draws one bar per region and says which theme', () => {
    for (const theme of ['teachers', '教师队伍', 'Teachers', ' teachers ']) {
      const m = model(slice(['A', 'B'], 2022, theme));
      expect(categories(m), theme).toEqual(['A（2 项）']);
      expect(m.summary).toBe('A 2022 年工作要点在教师队伍方面共 2 项量化目标，均未见完成情况报告。B 2022 年没有教师队伍方面的量化目标');
    }
    const both = model(slice([], undefined, 'safety_services', 'en'), 'en');
    expect(categories(both)).toEqual(['B (1\u00a0target)']);
    expect(both.summary).toBe("No quantified targets in Safety & services for A in 2025. B's 2021 work plan set 1 quantified target in Safety & services, not reported on");
    expect(model(slice(['A'], 2022, 'preschool')).summary).toBe('A 2022 年工作要点在学前教育方面共 3 项量化目标：已达成 1 项，接近目标 1 项，未达成 1 项');
  });

  it('says why there is nothing to draw: an unknown region or theme, or no targets', () => {
    const empty = (regions: string[], year?: number, theme?: string) => scorecardSlice(DATA, selection(regions, undefined, year), theme, THEMES, 'zh-CN');
    expect(empty(['C'])).toMatchObject({ ok: false, reason: 'unknown-region', query: 'C' });
    expect(empty(['A'], undefined, 'sports')).toMatchObject({ ok: false, reason: 'unknown-theme', query: 'sports' });
    expect(empty(['A'], 2023)).toEqual({ ok: false, reason: 'no-targets', region: 'A', year: 2023, theme: undefined });
    expect(empty(['A', 'B'], 2022, 'digital')).toMatchObject({ reason: 'no-targets', region: 'A、B', theme: '教育信息化' });
    const t = SCORECARD_TERMS['zh-CN'];
    expect(t.noTargets({ region: '东丽区', year: 2023 })).toBe('东丽区 2023 年没有量化目标');
    expect(t.unknownTheme('sports')).toBe('数据中没有主题“sports”');
    expect(SCORECARD_TERMS.en.noTargets({ region: 'Dongli District', year: 2023 })).toBe('No quantified targets for Dongli District in 2023');
  });

  it('makes each segment a point, bar by bar: announced, with its targets in the tooltip and their rows for edu-select', () => {
    const m = model(slice(['A'], 2022));
    expect(m.points.map((p) => [p.dataIndex, OUTCOMES[p.seriesIndex]])).toEqual([
      [0, 'not-reported'],
      [1, 'met'],
      [1, 'near'],
      [1, 'not-met'],
      [2, 'not-reported'],
      [3, 'met'],
    ]);
    const teachers = m.points[4]!;
    expect(teachers.label).toBe('教师队伍，未见报告：2 项');
    expect(teachers.tooltip.split('\n')).toEqual(['教师队伍', '未见报告：2 项', '轮岗比例：目标 ≥ 20%，相关数据：轮岗教师 417名（2023 年）', '骨干比例：目标 ≥ 50%']);
    expect(teachers.rows.map((r) => [r.indicatorKey, r.kind])).toEqual([
      ['rotation_rate', 'target'],
      ['backbone_share', 'target'],
      ['rotation_count', 'actual'],
    ]);
    expect(teachers.targets!.map((o) => o.outcome)).toEqual(['not-reported', 'not-reported']);
    const preschoolMet = m.points[1]!;
    expect(preschoolMet.rows.map((r) => `${r.indicatorKey} ${r.kind} ${r.year}`)).toEqual(['inclusive_rate target 2022', 'inclusive_rate actual 2023']);
  });

  it('labels a segment with its count only where it is wide enough', () => {
    const many = dataset(
      ['region,year,theme,indicator_id,unit,kind,value', ...Array.from({ length: 40 }, (_, i) => `A,2022,t,i${i},个,target,1`), 'A,2022,t,i0,个,actual,1'].join('\n'),
    );
    const m = buildScorecardModel(ok(scorecardSlice(many, selection('A'), undefined, [], 'zh-CN')), LIGHT_TOKENS, 'zh-CN');
    const [met, , , , notReported] = seriesOf(m.option);
    expect(met.data[0]).toEqual({ value: 1, label: { show: false } });
    expect(notReported.data[0]).toEqual({ value: 39, label: { show: true } });
  });

  it('grows with its bars and its font size, so that bars never squash', () => {
    const one = model(slice(['A'], 2022, 'teachers'));
    const four = model(slice(['A'], 2022));
    expect(four.height).toBeGreaterThan(3.5 * one.height - 40);
    expect(model(slice(['A'], 2022), 'zh-CN', { ...LIGHT_TOKENS, fontSize: 28 }).height).toBeGreaterThan(1.8 * four.height);
  });
});

describe('the scorecard on the bundled data', () => {
  it('counts 东丽区\'s latest plan as targetOutcomes does, and states every count in its headline', () => {
    const data = bundled();
    const outcomes = targetOutcomes(data, { region: '东丽区' });
    const m = buildScorecardModel(ok(scorecardSlice(data, selection('东丽区'), undefined, THEMES, 'zh-CN')), LIGHT_TOKENS, 'zh-CN');
    const sum = (outcome: Outcome) => counts(m)[outcome].reduce((a, b) => a + b, 0);
    for (const outcome of OUTCOMES) expect(sum(outcome), outcome).toBe(outcomes.filter((o) => o.outcome === outcome).length);
    expect(m.table.rows).toHaveLength(outcomes.length);
    expect(m.summary).toContain(`共 ${outcomes.length} 项量化目标`);
    const met = outcomes.filter((o) => o.outcome === 'met').length;
    if (met) expect(m.summary).toContain(`已达成 ${met} 项`);
    // themes in the table's order
    const order = THEMES.map((t) => t.name['zh-CN']);
    const shown = categories(m).map((c) => c.replace(/（\d+ 项）$/, '').replace(/\n/g, ''));
    expect(shown).toEqual([...shown].sort((a, b) => order.indexOf(a) - order.indexOf(b)));
  });
});
