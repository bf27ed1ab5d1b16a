import { describe, expect, it } from 'vitest';
import { parseDataset, type Dataset } from '../../src/data/index.js';

function dataset(text: string): Dataset {
  const result = parseDataset(text);
  if (!result.ok) throw new Error(JSON.stringify(result.problems.map((p) => p.message.en)));
  return result.dataset;
}

const SAMPLE = dataset(`region_code,region,parent,year,theme,indicator_id,indicator,unit,kind,value
350502,鲤城区,泉州市,2022,safety_services,safe_campus_rate,平安校园验收通过率,%,target,95
120110,东丽区,天津市,2023,preschool,preschool_inclusive_rate,学前教育普惠率,%,actual,88.4
120110,东丽区,天津市,2021,teachers,rotation_rate,交流轮岗比例,%,baseline,10
120110,东丽区,天津市,2022,preschool,preschool_inclusive_rate,学前教育普惠率,%,target,80
120110,东丽区,天津市,2022,teachers,rotation_rate,交流轮岗比例,%,target,20
350502,鲤城区,泉州市,2022,preschool,preschool_inclusive_rate,学前教育普惠率,%,target,90`);

describe('Dataset', () => {
  it('lists regions and indicators in order of first appearance, years ascending, themes without blanks', () => {
    expect(SAMPLE.regions.map((r) => r.name)).toEqual(['鲤城区', '东丽区']);
    expect(SAMPLE.regions[1]).toEqual({ key: '120110', code: '120110', name: '东丽区', parent: '天津市', nameEn: '' });
    expect(SAMPLE.indicators.map((i) => i.id)).toEqual(['safe_campus_rate', 'preschool_inclusive_rate', 'rotation_rate']);
    expect(SAMPLE.indicators[1]).toMatchObject({ name: '学前教育普惠率', unit: '%', direction: 'higher', theme: 'preschool' });
    expect(SAMPLE.years).toEqual([2021, 2022, 2023]);
    expect(SAMPLE.themes).toEqual(['safety_services', 'preschool', 'teachers']);
  });

  it('finds a region by code or name, and an indicator by id or name', () => {
    expect(SAMPLE.region('120110')?.name).toBe('东丽区');
    expect(SAMPLE.region(' 东丽区 ')?.code).toBe('120110');
    expect(SAMPLE.region('海淀区')).toBeUndefined();
    expect(SAMPLE.indicator('学前教育普惠率')?.id).toBe('preschool_inclusive_rate');
    expect(SAMPLE.indicator('preschool_inclusive_rate')?.name).toBe('学前教育普惠率');
  });

  it('selects by region and indicator in file order, whichever name is used', () => {
    const byCode = SAMPLE.select({ region: '120110', indicator: 'preschool_inclusive_rate' });
    expect(byCode.map((r) => [r.year, r.kind, r.value])).toEqual([
      [2023, 'actual', 88.4],
      [2022, 'target', 80],
    ]);
    expect(SAMPLE.select({ region: '东丽区', indicator: '学前教育普惠率' })).toEqual(byCode);
  });

  it('selects by year, kind and theme, alone or combined', () => {
    expect(SAMPLE.select({ year: 2022 }).map((r) => r.line)).toEqual([2, 5, 6, 7]);
    expect(SAMPLE.select({ year: 2022, kind: 'target', theme: 'preschool' }).map((r) => r.regionCode)).toEqual(['120110', '350502']);
    expect(SAMPLE.select({ theme: 'teachers', kind: 'baseline' }).map((r) => r.value)).toEqual([10]);
    expect(SAMPLE.select().length).toBe(6);
  });

  it('selects several regions at once', () => {
    const rows = SAMPLE.select({ region: ['鲤城区', '120110'], indicator: 'preschool_inclusive_rate', kind: 'target' });
    expect(rows.map((r) => r.region)).toEqual(['东丽区', '鲤城区']);
  });

  it('matches nothing for an unknown region, indicator, theme or year', () => {
    expect(SAMPLE.select({ region: '海淀区' })).toEqual([]);
    expect(SAMPLE.select({ indicator: 'nope' })).toEqual([]);
    expect(SAMPLE.select({ theme: 'nope' })).toEqual([]);
    expect(SAMPLE.select({ year: 1990 })).toEqual([]);
    expect(SAMPLE.select({ year: 3000 })).toEqual([]);
  });

  it('works with names only: regions and indicators keyed by name, free-text themes', () => {
    const named = dataset('地区,年份,主题,指标,类型,数值\n全国,2020,学前教育,学前三年毛入园率,实际,85.2\n全国,2021,学前教育,学前三年毛入园率,实际,88.1');
    expect(named.regions).toEqual([{ key: '全国', code: '', name: '全国', parent: '', nameEn: '' }]);
    expect(named.select({ region: '全国', indicator: '学前三年毛入园率' }).map((r) => r.value)).toEqual([85.2, 88.1]);
    expect(named.themes).toEqual(['学前教育']);
  });

  it('treats a region named in one row and coded in another as one region', () => {
    const mixed = dataset('region_code,region,year,indicator,kind,value\n120110,东丽区,2022,a,target,1\n,东丽区,2023,a,actual,2');
    expect(mixed.regions).toHaveLength(1);
    expect(mixed.select({ region: '120110' }).map((r) => r.value)).toEqual([1, 2]);
  });

  it('is immutable', () => {
    expect(Object.isFrozen(SAMPLE)).toBe(true);
    expect(Object.isFrozen(SAMPLE.regions)).toBe(true);
    expect(() => (SAMPLE.regions as unknown as unknown[]).push({})).toThrow();
  });

  it('iterates every row in file order', () => {
    expect([...SAMPLE].map((r) => r.line)).toEqual([2, 3, 4, 5, 6, 7]);
  });
});
