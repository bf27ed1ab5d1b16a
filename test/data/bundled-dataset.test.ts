import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { pairTarget, parseDataset, parseThemes, themeName } from '../../src/data/index.js';

const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');
const result = parseDataset(read('../../data/indicators.csv'));
const themes = parseThemes(read('../../data/themes.csv'));

// The five source documents: in the folder EDU_PROGRESS_SEEDS names, else beside the project
// (../shared/seeds, as for the developers and CI). A user's clone has neither: the check that every excerpt
// stands in its document is then skipped, saying so, and everything else still runs.
const seedsDir = process.env['EDU_PROGRESS_SEEDS']
  ? pathToFileURL(`${process.env['EDU_PROGRESS_SEEDS'].replace(/\/*$/, '')}/`)
  : new URL('../../../shared/seeds/', import.meta.url);
const seeds = existsSync(seedsDir)
  ? readdirSync(seedsDir)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => readFileSync(new URL(f, seedsDir), 'utf8'))
  : undefined;
if (!seeds) {
  console.log(`skipped: the excerpt check needs the source documents, not found at ${seedsDir.pathname} (set EDU_PROGRESS_SEEDS to their folder)`);
}
const SOURCES: Record<string, number> = {
  天津市东丽区2022年教育工作要点: 0,
  天津市东丽区2023年教育工作总结: 1,
  '2022年鲤城教育工作要点': 2,
  '2021年台儿庄区教育工作要点': 3,
  通州区2021年教育工作要点: 4,
};

describe('data/indicators.csv', () => {
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  const dataset = result.dataset;
  const rows = [...dataset];
  const figures = rows.filter((r) => r.indicatorId !== 'plan_items');

  it('parses with the real parser without a single problem', () => {
    expect(result.problems).toEqual([]);
    expect(figures.length).toBeGreaterThan(100);
  });

  it('covers the four districts with their real division codes and both names and ids', () => {
    expect(dataset.regions.map((r) => [r.code, r.name])).toEqual([
      ['120110', '东丽区'],
      ['350502', '鲤城区'],
      ['370405', '台儿庄区'],
      ['110112', '通州区'],
    ]);
    expect(rows.every((r) => r.regionCode && r.region && r.indicatorId && r.indicator && r.unit)).toBe(true);
  });

  it('gives every row its source, item and an excerpt of at most 80 characters', () => {
    for (const row of rows) {
      expect(SOURCES[row.source], row.source).toBeTypeOf('number');
      expect(row.sourceItem, `line ${row.line}`).not.toBe('');
      expect([...row.excerpt].length, `line ${row.line}`).toBeLessThanOrEqual(80);
    }
  });

  it.skipIf(!seeds)('finds every excerpt verbatim in its document (needs the source documents)', () => {
    expect(seeds).toHaveLength(5);
    for (const row of rows) expect(seeds![SOURCES[row.source]!], `line ${row.line}: ${row.excerpt}`).toContain(row.excerpt);
  });

  it('states each figure in its excerpt (digits, or a list of that many; Chinese numerals and 零 aside)', () => {
    // 建成汇涛苑幼儿园、玖樾府幼儿园、雅郡幼儿园: three kindergartens counted from the list that names them.
    const listed = (r: (typeof figures)[number]) => r.excerpt.split(/[、和]/).length === r.value;
    const spelled = figures.filter(
      (r) => !r.excerpt.includes(String(r.value)) && !r.excerpt.includes(String(r.valueMax)) && !listed(r),
    );
    // 零事故, 不发生泄密事件, 两个, 三个, 四个, 三分之二, 5万多名, 3.3万名, 8千人次, 百余场: figures in words.
    expect(spelled.map((r) => r.excerpt).every((e) => /[零不两三四万千百]/.test(e))).toBe(true);
    expect(spelled.length).toBeLessThanOrEqual(10);
  });

  it('lists its five source documents once each, in file order', () => {
    expect(dataset.sources).toEqual(Object.keys(SOURCES));
  });

  it('uses only themes from themes.csv, and names them in both languages', () => {
    const ids = new Set(themes.map((t) => t.id));
    expect(dataset.themes.every((t) => ids.has(t))).toBe(true);
    expect(themes).toHaveLength(12);
    expect(themeName(themes, 'preschool', 'zh-CN')).toBe('学前教育');
    expect(themeName(themes, 'preschool', 'en')).toBe('Preschool');
  });

  it('counts every work item of each plan once in plan_items', () => {
    const items = (region: string) =>
      dataset.select({ region, indicator: 'plan_items' }).reduce((sum, r) => sum + r.value, 0);
    expect(items('东丽区')).toBe(29);
    expect(items('鲤城区')).toBe(28);
    expect(items('台儿庄区')).toBe(20);
    expect(items('通州区')).toBe(29);
  });

  it('pairs 东丽区\'s 2023 achievements with its 2022 targets', () => {
    const inclusive = pairTarget(dataset, { region: '东丽区', indicator: 'preschool_inclusive_rate', year: 2023 });
    expect(inclusive.actual?.value).toBe(88.4);
    expect(inclusive.target?.value).toBe(80);
    expect(inclusive.targetYear).toBe(2022);
    expect(inclusive.status).toBe('met');
    const places = pairTarget(dataset, { region: '120110', indicator: 'new_preschool_places', year: 2023 });
    expect([places.actual?.value, places.target?.value, places.status]).toEqual([990, 1350, 'not-met']);
    // Counted from the lists that name them: 3 kindergartens built of 4, both schools' C-grade buildings renovated.
    const kindergartens = pairTarget(dataset, { region: '东丽区', indicator: 'new_kindergartens', year: 2023 });
    expect([kindergartens.actual?.value, kindergartens.target?.value, kindergartens.status]).toEqual([3, 4, 'not-met']);
    const renovated = pairTarget(dataset, { region: '东丽区', indicator: 'c_grade_buildings_renovated_schools', year: 2023 });
    expect([renovated.actual?.value, renovated.target?.value, renovated.status]).toEqual([2, 2, 'met']);
    const rotation = pairTarget(dataset, { region: '东丽区', indicator: 'teacher_rotation_rate', year: 2022 });
    expect([rotation.baseline?.value, rotation.target?.value, rotation.status]).toEqual([10, 20, 'no-actual']);
  });

  it('reads ranges and lower-is-better targets as the documents state them', () => {
    const football = dataset.select({ region: '东丽区', indicator: 'new_national_football_schools' })[0]!;
    expect([football.value, football.valueMax]).toEqual([1, 2]);
    const accidents = dataset.select({ region: '台儿庄区', indicator: 'safety_accidents' })[0]!;
    expect([accidents.value, accidents.direction]).toEqual([0, 'lower']);
  });
});
