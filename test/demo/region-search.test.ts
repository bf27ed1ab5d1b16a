// The region picker's search over 2,851 regions: what a reader's query finds, in what order, under which headings.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../src/data/index.js';
import { groupLabel, normalize, pickerRegions, regionLabel, RegionSearch, splitParents, type PickerRegion } from '../../demo/region-search.js';
import { manyRegions, REGION_COUNT, TIANJIN } from './many-regions.js';

const regions = manyRegions();
const search = RegionSearch.of(regions);
const names = (results: readonly number[]) => results.map((i) => regions[i]!.name);
const codes = (results: readonly number[]) => results.map((i) => regions[i]!.code);
const parentOf = (i: number) => regions[i]!.parents.join('/');

describe('the region search over 2,851 regions', () => {
  it('holds as many regions as China has counties, every one listed for an empty query', () => {
    expect(regions).toHaveLength(REGION_COUNT);
    expect(new Set(regions.map((r) => r.key)).size).toBe(REGION_COUNT);
    expect(search.search('')).toHaveLength(REGION_COUNT);
    expect(search.search('   ')).toBe(search.all);
    // In list order: the list comes grouped already.
    expect(search.all.slice(0, 3)).toEqual([0, 1, 2]);
  });

  it('finds a region by part of its Chinese name: 东丽 -> 东丽区', () => {
    expect(names(search.search('东丽'))).toEqual(['东丽区']);
    expect(names(search.search('丽区'))).toEqual(['东丽区']);
  });

  it('finds a region by its code, and a code\'s start lists every region under it: 1201 -> Tianjin\'s sixteen', () => {
    expect(names(search.search('120110'))).toEqual(['东丽区']);
    expect(codes(search.search('1201'))).toEqual(TIANJIN.map((r) => r.code));
    // Not from the middle of a code.
    expect(search.search('0110')).toEqual([]);
  });

  it('finds every region under a parent: 天津 -> Tianjin\'s sixteen, one heading', () => {
    const results = search.search('天津');
    expect(codes(results)).toEqual(TIANJIN.map((r) => r.code));
    expect(new Set(results.map((i) => search.groupOf(i))).size).toBe(1);
    expect(groupLabel(search.groups[search.groupOf(results[0]!)]!, 'zh-CN').text).toBe('天津市');
    // A parent of a parent too.
    expect(names(search.search('福建'))).toEqual(['鲤城区']);
  });

  it('finds English names whatever their case, and English parent names', () => {
    expect(names(search.search('dongli'))).toEqual(['东丽区']);
    expect(names(search.search('DONGLI District'))).toEqual(['东丽区']);
    expect(search.search('Tianjin')).toHaveLength(16);
    // A word inside the name.
    expect(names(search.search('new area'))).toEqual(['滨海新区']);
  });

  it('reads full-width digits and letters as their plain forms, and ignores extra spaces', () => {
    expect(names(search.search('１２０１１０'))).toEqual(['东丽区']);
    expect(names(search.search('  ＤＯＮＧＬＩ  '))).toEqual(['东丽区']);
  });

  it('takes every word of the query: a parent and a name', () => {
    expect(names(search.search('天津 东丽'))).toEqual(['东丽区']);
    expect(names(search.search('北京 朝阳'))).toEqual(['朝阳区']);
    expect(codes(search.search('吉林 朝阳'))).toEqual(['220104']);
    // The picker's own label, pasted back.
    expect(names(search.search('天津市 东丽区'))).toEqual(['东丽区']);
    expect(names(search.search('天津市东丽区'))).toEqual(['东丽区']);
  });

  it('ranks an exact name above a prefix, a prefix above a match inside a name, a name above a parent', () => {
    // 城区 itself, then 东城区 and 鲤城区 (城区 inside); 城关区 does not hold 城区.
    expect(names(search.search('城区'))).toEqual(['城区', '东城区', '鲤城区']);
    // Prefixes (城区, 城关区, in list order) before 东城区, whose name holds 城 inside.
    const cheng = names(search.search('城'));
    expect(cheng.slice(0, 2)).toEqual(['城区', '城关区']);
    expect(cheng.indexOf('东城区')).toBeGreaterThan(1);
    // 河北区 by its name before the regions under 河北省.
    expect(names(search.search('河北'))).toEqual(['河北区', '长安区', '桥西区']);
  });

  it('keeps each parent\'s regions together, the groups in order of their best match', () => {
    const results = search.search('区');
    expect(results.length).toBeGreaterThan(1000);
    const seen = new Set<number>();
    let previous = -2;
    for (const i of results) {
      const group = search.groupOf(i);
      if (group !== previous) {
        expect(seen.has(group), `group ${group} (${parentOf(i)}) comes twice`).toBe(false);
        seen.add(group);
        previous = group;
      }
    }
    // Two 朝阳区, one a parent each: two headings, Beijing's (first in the list) first.
    const chaoyang = search.search('朝阳区');
    expect(chaoyang.map(parentOf)).toEqual(['北京市', '长春市/吉林省']);
  });

  it('says when nothing matches', () => {
    expect(search.search('不存在的地方')).toEqual([]);
    expect(search.search('999999')).toEqual([]);
  });

  it('cuts a stretch of results where the heading changes', () => {
    const results = search.search('');
    const sections = search.sections(results, 14, 20);
    // 津南区… the last two of Tianjin, then Beijing's three, then 石家庄's first.
    expect(sections.map((s) => s.positions)).toEqual([[14, 15], [16, 17, 18], [19]]);
    expect(sections.map((s) => groupLabel(search.groups[s.group]!, 'zh-CN').text)).toEqual(['天津市', '北京市', '河北省石家庄市']);
    expect(search.sections(results, REGION_COUNT - 1, REGION_COUNT + 50).flatMap((s) => s.positions)).toEqual([REGION_COUNT - 1]);
  });

  it('is quick: the index in well under a second, a keystroke\'s search in a few milliseconds', () => {
    const list = manyRegions();
    let started = performance.now();
    const fresh = RegionSearch.of(list);
    const built = performance.now() - started;
    // Kept for the same array.
    expect(RegionSearch.of(list)).toBe(fresh);
    const queries = ['东', '东丽', '1', '12', '120', '1201', '天', '天津', 'd', 'do', 'dong', '区', '安平', '县', 'county 1'];
    started = performance.now();
    for (let round = 0; round < 10; round++) for (const query of queries) fresh.search(query);
    const perSearch = (performance.now() - started) / (10 * queries.length);
    // Generous bounds (the machine may be busy): a keystroke has one frame, about 16 ms; a search takes about 1 ms here.
    expect(built).toBeLessThan(500);
    expect(perSearch).toBeLessThan(16);
  });
});

describe('names and labels', () => {
  const dongli = TIANJIN[6]!;
  const licheng: PickerRegion = { key: '350502', code: '350502', name: '鲤城区', nameEn: '', parents: ['泉州市', '福建省'] };

  it('labels the chosen region with its parents in Chinese, in English with English parents or alone', () => {
    expect(regionLabel(dongli, 'zh-CN')).toBe('天津市 东丽区');
    expect(regionLabel(dongli, 'en')).toBe('Dongli District, Tianjin');
    expect(regionLabel({ ...dongli, parentsEn: undefined }, 'en')).toBe('Dongli District');
    // No English name: the Chinese label, parents and all.
    expect(regionLabel(licheng, 'en')).toBe('福建省泉州市 鲤城区');
    expect(regionLabel({ ...licheng, parents: [] }, 'zh-CN')).toBe('鲤城区');
    expect(groupLabel({ parents: licheng.parents, parentsEn: [] }, 'en')).toEqual({ text: '福建省泉州市', zh: true });
  });

  it('splits a dataset\'s parent column into names, nearest first', () => {
    expect(splitParents('福建省泉州市')).toEqual(['泉州市', '福建省']);
    expect(splitParents('天津市')).toEqual(['天津市']);
    expect(splitParents('内蒙古自治区锡林郭勒盟')).toEqual(['锡林郭勒盟', '内蒙古自治区']);
    expect(splitParents('湖北省恩施土家族苗族自治州')).toEqual(['恩施土家族苗族自治州', '湖北省']);
    expect(splitParents('新疆生产建设兵团')).toEqual(['新疆生产建设兵团']);
    expect(splitParents('  ')).toEqual([]);
  });

  it('takes the bundled dataset\'s regions with the labels the picker had as a select', () => {
    const result = parseDataset(readFileSync(new URL('../../data/indicators.csv', import.meta.url), 'utf8'));
    if (!result.ok) throw new Error('the bundled dataset does not parse');
    const picked = pickerRegions(result.dataset.regions);
    expect(pickerRegions(result.dataset.regions)).toBe(picked);
    expect(picked.map((r) => regionLabel(r, 'zh-CN'))).toEqual(['天津市 东丽区', '福建省泉州市 鲤城区', '山东省枣庄市 台儿庄区', '北京市 通州区']);
    expect(picked.map((r) => regionLabel(r, 'en'))).toEqual(['Dongli District', 'Licheng District', "Tai'erzhuang District", 'Tongzhou District']);
    expect(picked.map((r) => r.key)).toEqual(['120110', '350502', '370405', '110112']);
  });

  it('normalises case, width and spaces', () => {
    expect(normalize('  Dongli\u3000 DISTRICT ')).toBe('dongli district');
    expect(normalize('１２０１')).toBe('1201');
  });
});
