import { readFileSync } from 'node:fs';
import { csvParse } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../src/data/index.js';

// Reads only data/ (bundled-dataset.test.ts also needs the source documents in ../shared).
const text = readFileSync(new URL('../../data/indicators.csv', import.meta.url), 'utf8');
const records = csvParse(text);
const ENGLISH = ['region_en', 'indicator_en', 'unit_en', 'source_en'] as const;
const HAN = /\p{Script=Han}/u;

describe('data/indicators.csv in English', () => {
  it('gives every row all four English names, none with a Chinese character', () => {
    expect(records.columns.slice(-4)).toEqual([...ENGLISH]);
    for (const [i, record] of records.entries()) {
      for (const column of ENGLISH) {
        const cell = record[column] ?? '';
        expect(cell.trim(), `line ${i + 2} ${column}`).not.toBe('');
        expect(cell, `line ${i + 2} ${column}`).not.toMatch(HAN);
      }
    }
  });

  it('loads with its regions and sources named in English', () => {
    const result = parseDataset(text);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.problems).toEqual([]);
    const { dataset } = result;
    expect(dataset.regions.map((r) => r.nameEn)).toEqual(['Dongli District', 'Licheng District', "Tai'erzhuang District", 'Tongzhou District']);
    const sources = new Map(dataset.select().map((r) => [r.source, r.sourceEn]));
    expect(sources.get('天津市东丽区2022年教育工作要点')).toBe('Dongli District (Tianjin) 2022 Education Work Plan');
    expect(sources.get('天津市东丽区2023年教育工作总结')).toBe('Dongli District (Tianjin) 2023 Education Work Summary');
    expect(dataset.indicator('preschool_inclusive_rate')).toMatchObject({ nameEn: 'Inclusive preschool rate', unitEn: '%' });
  });

  it('names each indicator once in English, and no two indicators alike', () => {
    const nameOf = new Map<string, Set<string>>();
    for (const record of records) {
      const names = nameOf.get(record.indicator_id!) ?? new Set();
      nameOf.set(record.indicator_id!, names.add(record.indicator_en!));
    }
    expect([...nameOf].filter(([, names]) => names.size !== 1)).toEqual([]);
    const names = [...nameOf.values()].map((set) => [...set][0]);
    expect(names.filter((name, i) => names.indexOf(name) !== i)).toEqual([]);
  });

  it('writes a unit as it reads after the row\'s own number: "1 item", "5 items"', () => {
    const singular = records.filter((r) => r.value === '1' && r.value_max === '' && r.unit_en !== '%');
    expect(singular.length).toBeGreaterThan(0);
    expect(singular.filter((r) => r.unit_en!.endsWith('s'))).toEqual([]);
  });
});
