// The demo's sections: which targets and figures each theme lists, and the counts its summary line gives.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { OUTCOMES, parseDataset, parseThemes, targetOutcomes, type Dataset } from '../../src/data/index.js';
import {
  bulletYear,
  comparableRegions,
  DEFAULT_OPEN,
  defaultOpen,
  planYears,
  radarRegions,
  regionStory,
  resolvePlanYear,
  sourceList,
  storyYear,
  trendIndicator,
} from '../../demo/sections.js';
import { DEMO_TERMS } from '../../demo/terms.js';

const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');
const themes = parseThemes(read('../../data/themes.csv'));

function parse(text: string): Dataset {
  const result = parseDataset(text);
  if (!result.ok) throw new Error(JSON.stringify(result.problems.map((p) => p.message.en)));
  return result.dataset;
}

const bundled = parse(read('../../data/indicators.csv'));

function dataset(rows: string[]): Dataset {
  return parse(['region,year,theme,indicator_id,indicator,kind,value,value_max,direction,unit', ...rows].join('\n'));
}

describe('the plan year', () => {
  it('lists every year of the region with the number of targets its plan sets', () => {
    expect(planYears(bundled, '东丽区')).toEqual([
      { year: 2021, targets: 0 },
      { year: 2022, targets: targetOutcomes(bundled, { region: '东丽区', year: 2022 }).length },
      { year: 2023, targets: 0 },
    ]);
  });

  it('defaults to the latest year with targets, keeps a year the region has, and ignores one it has not', () => {
    expect(resolvePlanYear(bundled, '东丽区', undefined)).toBe(2022);
    expect(resolvePlanYear(bundled, '东丽区', 2023)).toBe(2023);
    expect(resolvePlanYear(bundled, '东丽区', 1999)).toBe(2022);
    expect(resolvePlanYear(bundled, '通州区', undefined)).toBe(2021);
    // A region with no target at all: its latest year.
    expect(resolvePlanYear(dataset(['A,2020,x,a,甲,actual,1,,,个', 'A,2021,x,a,甲,actual,2,,,个']), 'A', undefined)).toBe(2021);
  });
});

describe('regionStory on the bundled data, 东丽区 2022', () => {
  const story = regionStory(bundled, '120110', 2022, themes);
  const outcomes = targetOutcomes(bundled, { region: '120110', year: 2022 });

  it('has one section a theme, in the theme table\'s order', () => {
    expect(story.sections.map((s) => s.theme)).toEqual(themes.map((t) => t.id).filter((id) => bundled.themes.includes(id)));
    expect(story.year).toBe(2022);
    expect(story.through).toBe(2023);
  });

  it('lists each theme\'s targets as targetOutcomes gives them, and counts them by outcome', () => {
    for (const section of story.sections) {
      const expected = targetOutcomes(bundled, { region: '120110', year: 2022, theme: section.theme });
      expect(section.targets.map((o) => [o.target.indicatorKey, o.outcome])).toEqual(expected.map((o) => [o.target.indicatorKey, o.outcome]));
      for (const outcome of OUTCOMES) expect(section.counts[outcome]).toBe(expected.filter((o) => o.outcome === outcome).length);
    }
    expect(story.sections.flatMap((s) => s.targets)).toHaveLength(outcomes.length);
  });

  it('lists as figures the latest actual, 2022 or later, of every indicator no 2022 target covers, and nothing else', () => {
    const figures = story.sections.flatMap((s) => s.figures.map((row) => ({ ...row, section: s.theme })));
    const targeted = new Set(outcomes.map((o) => o.target.indicatorKey));
    for (const row of figures) {
      expect(row.section).toBe(row.theme);
      expect(row.kind).toBe('actual');
      expect(row.year).toBeGreaterThanOrEqual(2022);
      expect(targeted.has(row.indicatorKey)).toBe(false);
      expect(row.indicatorId).not.toBe('plan_items');
    }
    expect(new Set(figures.map((r) => r.indicatorKey)).size).toBe(figures.length);
    // Nothing lost: every such actual is a target's indicator, a figure, or the plan's work items (for the radar).
    const listed = new Set([...targeted, ...figures.map((r) => r.indicatorKey)]);
    const actuals = bundled.select({ region: '120110', kind: 'actual' }).filter((r) => r.year >= 2022 && r.indicatorId !== 'plan_items');
    expect(actuals.filter((r) => !listed.has(r.indicatorKey))).toEqual([]);
    expect(figures.length).toBeGreaterThan(50);
  });

  it('opens the first section with targets by default, and the next while they hold few items', () => {
    const withTargets = story.sections.filter((s) => s.targets.length > 0);
    const [first, second] = withTargets;
    const size = (s: (typeof withTargets)[number]) => s.targets.length + s.figures.length;
    const expected = size(first!) + size(second!) <= DEFAULT_OPEN.items ? [first!.theme, second!.theme] : [first!.theme];
    expect([...defaultOpen(story.sections)]).toEqual(expected);
    expect([...defaultOpen(story.sections, { sections: 2, items: 1000 })]).toEqual([first!.theme, second!.theme]);
    expect([...defaultOpen(story.sections, { sections: 3, items: 0 })]).toEqual([first!.theme]);
  });
});

describe('regionStory, edge cases', () => {
  const data = dataset([
    'A,2022,preschool,rate,普惠率,target,80,,,%',
    'A,2023,preschool,rate,普惠率,actual,88,,,%',
    'A,2021,preschool,places,学位,actual,100,,,个',
    'A,2022,preschool,places,学位,actual,200,,,个',
    'A,2023,preschool,places,学位,actual,300,,,个',
    'A,2022,teachers,trained,培训,actual,5,,,次',
    'A,2022,local_theme,clubs,社团,actual,9,,,个',
    'A,2022,,misc,其他,actual,1,,,项',
    // Counted per theme: several rows of one year.
    'A,2022,preschool,plan_items,工作条目,actual,3,,,条',
    'A,2022,teachers,plan_items,工作条目,actual,4,,,条',
    'A,2025,teachers,backbone,骨干,target,50,,,%',
  ]);
  const story = regionStory(data, 'A', 2022, themes);
  const section = (theme: string) => story.sections.find((s) => s.theme === theme)!;

  it('takes the latest figure of an indicator, from the plan year on', () => {
    expect(section('preschool').figures.map((r) => [r.indicatorKey, r.year, r.value])).toEqual([['places', 2023, 300]]);
    expect(section('preschool').targets.map((o) => o.target.indicatorKey)).toEqual(['rate']);
  });

  it('leaves out indicators counted per theme, and targets of other years', () => {
    const keys = story.sections.flatMap((s) => [...s.targets.map((o) => o.target.indicatorKey), ...s.figures.map((r) => r.indicatorKey)]);
    expect(keys).not.toContain('plan_items');
    expect(keys).not.toContain('backbone');
  });

  it('puts themes the table lacks after its own, and rows without a theme last', () => {
    expect(story.sections.map((s) => s.theme)).toEqual(['preschool', 'teachers', 'local_theme', '']);
    expect(section('').figures.map((r) => r.indicatorKey)).toEqual(['misc']);
  });

  it('opens the first section with figures when no section has targets', () => {
    const none = regionStory(data, 'A', 2023, themes);
    expect(none.sections.every((s) => s.targets.length === 0)).toBe(true);
    expect([...defaultOpen(none.sections)]).toEqual(['preschool']);
  });

  it('gives the year each chart shows: a bullet its actual\'s year (else the target\'s), a figure its own', () => {
    const [rate] = section('preschool').targets;
    expect(bulletYear(rate!)).toBe(2023);
    expect(storyYear(story, 'rate')).toBe(2023);
    expect(storyYear(story, 'places')).toBe(2023);
    expect(storyYear(story, 'nothing')).toBeUndefined();
    const [backbone] = regionStory(data, 'A', 2025, themes).sections.find((s) => s.theme === 'teachers')!.targets;
    expect(backbone!.outcome).toBe('in-progress');
    expect(bulletYear(backbone!)).toBe(2025);
  });

  it('picks the trend indicator asked for, else the first target with an actual, else the first figure', () => {
    expect(trendIndicator(data, story, 'places')!.key).toBe('places');
    expect(trendIndicator(data, story, 'unknown')!.key).toBe('rate');
    expect(trendIndicator(data, story, undefined)!.key).toBe('rate');
    expect(trendIndicator(data, regionStory(data, 'A', 2023, themes), undefined)!.key).toBe('rate');
    expect(trendIndicator(data, regionStory(data, 'A', 2025, themes), undefined)!.key).toBe('backbone');
    const bundledStory = regionStory(bundled, '120110', 2022, themes);
    const first = bundledStory.sections.flatMap((s) => s.targets).find((o) => o.actual)!;
    expect(trendIndicator(bundled, bundledStory, undefined)!.key).toBe(first.target.indicatorKey);
  });
});

describe('the summary line of a section', () => {
  const counts = { met: 2, near: 0, 'not-met': 1, 'in-progress': 0, 'not-reported': 2 };
  const none = { met: 0, near: 0, 'not-met': 0, 'in-progress': 0, 'not-reported': 0 };

  it('says the counts in words, in Chinese', () => {
    const zh = DEMO_TERMS['zh-CN'].sectionCounts;
    expect(zh(5, counts, 6)).toBe('5 项目标：已达成 2，未达成 1，未见报告 2 · 另有 6 项数据');
    expect(zh(5, counts, 0)).toBe('5 项目标：已达成 2，未达成 1，未见报告 2');
    expect(zh(0, none, 3)).toBe('无目标 · 3 项数据');
    expect(zh(0, none, 0)).toBe('无目标，无数据');
  });

  it('and in English', () => {
    const en = DEMO_TERMS.en.sectionCounts;
    expect(en(5, counts, 6)).toBe('5 targets: 2 met, 1 not met, 2 not reported · 6 other figures');
    expect(en(1, { ...none, 'in-progress': 1 }, 1)).toBe('1 target: 1 in progress · 1 other figure');
    expect(en(0, none, 1)).toBe('no targets · 1 figure');
    expect(en(0, none, 0)).toBe('no targets, no figures');
  });
});

describe('the regions the theme radars compare', () => {
  it('are the picked one and those with a value for the measure, the picked one first', () => {
    const attainment = comparableRegions(bundled, { type: 'attainment' });
    expect(attainment).toEqual(['120110']);
    const emphasis = comparableRegions(bundled, { type: 'indicator', indicator: 'plan_items' });
    expect(emphasis).toEqual(bundled.regions.map((r) => r.key));
    expect(radarRegions(emphasis, '370405')).toEqual({ regions: ['370405', '120110', '350502', '110112'], comparable: ['370405', '120110', '350502', '110112'] });
    // The picked region is asked for all the same: the radar says why it leaves it out.
    expect(radarRegions(attainment, '370405')).toEqual({ regions: ['370405', '120110'], comparable: ['120110'] });
  });
});

describe('the sources the footer lists', () => {
  it('are the dataset\'s documents, in English where it names them so, marked Chinese where it does not', () => {
    expect(sourceList(bundled, 'zh-CN').map((s) => s.name)).toEqual([...bundled.sources]);
    const en = sourceList(bundled, 'en');
    expect(en).toHaveLength(bundled.sources.length);
    expect(en[0]).toEqual({ name: 'Dongli District (Tianjin) 2022 Education Work Plan', zh: false });
    const plain = dataset(['A,2022,x,a,甲,actual,1,,,个']);
    expect(sourceList(plain, 'en')).toEqual([]);
    const noEnglish = parse('region,year,indicator,kind,value,source\nA,2022,a,actual,1,某区工作总结');
    expect(sourceList(noEnglish, 'en')).toEqual([{ name: '某区工作总结', zh: true }]);
  });
});

describe('the hint over the sections', () => {
  it('says which year\'s targets and which years\' figures are listed', () => {
    expect(DEMO_TERMS['zh-CN'].themesHint(2022, 2023, 22, 81)).toBe('列出 2022 年工作要点的 22 项目标及其完成情况，以及 2022—2023 年工作总结中另外报告的 81 项数据（没有对应目标，每项取最新一年）。年份指工作要点的年份。');
    expect(DEMO_TERMS['zh-CN'].themesHint(2022, 2022, 10, 0)).toBe('列出 2022 年工作要点的 10 项目标及其完成情况。年份指工作要点的年份。');
    expect(DEMO_TERMS['zh-CN'].themesHint(2023, 2023, 0, 5)).toBe('2023 年没有工作要点中的量化目标；列出 2023 年工作总结中的 5 项数据（每项取最新一年）。年份指工作要点的年份。');
    expect(DEMO_TERMS.en.themesHint(2022, 2023, 1, 1)).toBe("The 1 target of the 2022 work plan and what became of it, and 1 other figure reported for 2022–2023 that no target covers (the latest of each). The year is the plan's.");
    expect(DEMO_TERMS.en.themesHint(2023, 2023, 0, 5)).toBe("No quantified target in a 2023 work plan; listed are the 5 figures reported for 2023 (the latest of each). The year is the plan's.");
  });
});
