import { describe, expect, it } from 'vitest';
import { transferables } from '../../src/data/columns.js';
import { COLUMNS, Dataset, parseDataset, parseDatasetData, type ParseResult } from '../../src/data/index.js';

const HEADER = 'region_code,region,year,indicator_id,indicator,unit,kind,value,source,region_en,indicator_en,unit_en,source_en';
const TARGET = '120110,东丽区,2022,new_preschool_places,新增学前学位,个,target,1350,东丽区2022年要点,Dongli District,New preschool places,places,Dongli 2022 Plan';
const ACTUAL = '120110,东丽区,2023,new_preschool_places,新增学前学位,个,actual,990,东丽区2023年总结,Dongli District,New preschool places,places,Dongli 2023 Summary';

function ok(result: ParseResult) {
  if (!result.ok) throw new Error(`expected a dataset, got ${JSON.stringify(result.problems.map((p) => p.message.en))}`);
  return result.dataset;
}

function codes(result: ParseResult) {
  return result.problems.map((p) => `${p.severity}:${p.code}@${p.line ?? '-'}:${p.column ?? '-'}`);
}

/** The English a dataset carries: its regions', indicators' and rows'. */
function english(dataset: Dataset) {
  return {
    regions: dataset.regions.map((r) => r.nameEn),
    indicators: dataset.indicators.map((i) => [i.nameEn, i.unitEn]),
    sources: dataset.sources.map((name, i) => [name, dataset.sourcesEn[i]]),
    rows: dataset.select().map((r) => [r.regionEn, r.indicatorEn, r.unitEn, r.sourceEn]),
  };
}

const BOTH_ROWS = {
  regions: ['Dongli District'],
  indicators: [['New preschool places', 'places']],
  sources: [
    ['东丽区2022年要点', 'Dongli 2022 Plan'],
    ['东丽区2023年总结', 'Dongli 2023 Summary'],
  ],
  rows: [
    ['Dongli District', 'New preschool places', 'places', 'Dongli 2022 Plan'],
    ['Dongli District', 'New preschool places', 'places', 'Dongli 2023 Summary'],
  ],
};

describe('English names (region_en, indicator_en, unit_en, source_en)', () => {
  it('are read from a CSV into rows, regions and indicators', () => {
    const result = parseDataset([HEADER, TARGET, ACTUAL].join('\n'));
    expect(result.problems).toEqual([]);
    expect(english(ok(result))).toEqual(BOTH_ROWS);
    // The Chinese names stay as they were.
    expect(ok(result).select()[0]).toMatchObject({ region: '东丽区', indicator: '新增学前学位', unit: '个', source: '东丽区2022年要点' });
  });

  it('are read under their Chinese headers too', () => {
    const header = '地区代码,地区,年份,指标代码,指标,单位,类型,数值,来源,地区英文名,指标英文名,单位英文,来源英文';
    const result = parseDataset([header, TARGET, ACTUAL].join('\n'));
    expect(result.problems).toEqual([]);
    expect(english(ok(result))).toEqual(BOTH_ROWS);
  });

  it('are read from JSON records', () => {
    const names = HEADER.split(',');
    const records = [TARGET, ACTUAL].map((line) => Object.fromEntries(line.split(',').map((cell, i) => [names[i], cell])));
    const result = parseDataset(JSON.stringify({ rows: records }));
    expect(result.format).toBe('json');
    expect(result.problems).toEqual([]);
    expect(english(ok(result))).toEqual(BOTH_ROWS);
  });

  it('come after the columns files had before them, and a file without them reads as before', () => {
    expect(COLUMNS.indexOf('excerpt')).toBe(14);
    expect(COLUMNS.slice(15)).toEqual(['region_en', 'indicator_en', 'unit_en', 'source_en']);
    const without = (line: string) => line.split(',').slice(0, 9).join(',');
    const result = parseDataset([HEADER, TARGET, ACTUAL].map(without).join('\n'));
    expect(result.problems).toEqual([]);
    expect(english(ok(result))).toEqual({
      regions: [''],
      indicators: [['', '']],
      sources: [
        ['东丽区2022年要点', ''],
        ['东丽区2023年总结', ''],
      ],
      rows: [['', '', '', ''], ['', '', '', '']],
    });
    expect(ok(result).select().map((r) => [r.region, r.indicator, r.unit, r.value, r.source])).toEqual([
      ['东丽区', '新增学前学位', '个', 1350, '东丽区2022年要点'],
      ['东丽区', '新增学前学位', '个', 990, '东丽区2023年总结'],
    ]);
  });

  it('name a region, indicator and source by the first row that gives one; a unit is the row\'s own', () => {
    const blank = TARGET.split(',').slice(0, 9).join(',') + ',,,,';
    const dataset = ok(parseDataset([HEADER, blank, ACTUAL].join('\n')));
    expect(dataset.regions[0]!.nameEn).toBe('Dongli District');
    expect(dataset.indicators[0]).toMatchObject({ nameEn: 'New preschool places', unitEn: 'places' });
    // The blank row's source is another document, which has no English title.
    expect(english(dataset).rows).toEqual([
      ['Dongli District', 'New preschool places', '', ''],
      ['Dongli District', 'New preschool places', 'places', 'Dongli 2023 Summary'],
    ]);
  });

  it('survive the transfer from a worker', () => {
    const result = parseDatasetData([HEADER, TARGET, ACTUAL].join('\n'));
    if (!result.ok) throw new Error('does not parse');
    const moved = structuredClone(result.data, { transfer: transferables(result.data) });
    expect(result.data.unitEn.byteLength).toBe(0);
    expect(english(new Dataset(moved))).toEqual(BOTH_ROWS);
  });
});

describe('partial-english: English for some rows of a region, indicator or source and not others', () => {
  // Both rows share the region, the indicator and (here) the source, so each English cell left out is a gap.
  const SAME_SOURCE = ACTUAL.replace('东丽区2023年总结', '东丽区2022年要点').replace('Dongli 2023 Summary', 'Dongli 2022 Plan');
  const withBlank = (line: string, column: number) => line.split(',').map((cell, i) => (i === column - 1 ? '' : cell)).join(',');

  it('warns at the first row without it, in the column left out, for each of the four', () => {
    for (const [column, field, name] of [
      [10, 'region_en', '东丽区'],
      [11, 'indicator_en', '新增学前学位'],
      [12, 'unit_en', '新增学前学位'],
      [13, 'source_en', '东丽区2022年要点'],
    ] as const) {
      const result = parseDataset([HEADER, TARGET, withBlank(SAME_SOURCE, column)].join('\n'));
      expect(codes(result), field).toEqual([`warning:partial-english@3:${column}`]);
      const [warning] = result.problems;
      expect(warning!.field).toBe(field);
      expect(warning!.message['zh-CN']).toContain(name);
      expect(warning!.message['zh-CN']).toContain('第 2 行');
      expect(warning!.message.en).toContain(`The English column ${field} is filled in on some rows of "${name}" (line 2`);
      // The dataset still loads, with the English the file gives.
      expect(ok(result).regions[0]!.nameEn).toBe('Dongli District');
    }
  });

  it('says so once per region, indicator or source, at its first gap, also when the first row is the one without', () => {
    const first = withBlank(TARGET, 11);
    const third = withBlank(ACTUAL, 11).replace('2023', '2024');
    expect(codes(parseDataset([HEADER, first, ACTUAL, third].join('\n')))).toEqual(['warning:partial-english@2:11']);
  });

  it('is silent when each one is all in English or all without', () => {
    const other = '350502,鲤城区,2022,safety_class_hours,安全教育课时,课时,target,12,鲤城要点,,,,';
    expect(parseDataset([HEADER, TARGET, ACTUAL, other].join('\n')).problems).toEqual([]);
    const headerOnly = parseDataset([HEADER, ...[TARGET, ACTUAL].map((line) => withBlank(withBlank(withBlank(withBlank(line, 10), 11), 12), 13))].join('\n'));
    expect(headerOnly.problems).toEqual([]);
  });

  it('gives JSON records their record number and the field', () => {
    const records = [
      { region: '东丽区', region_en: 'Dongli District', year: 2022, indicator: '普惠率', kind: 'target', value: 80 },
      { region: '东丽区', year: 2023, indicator: '普惠率', kind: 'actual', value: 88.4 },
    ];
    const result = parseDataset(JSON.stringify(records));
    expect(result.problems.map((p) => [p.code, p.line, p.column, p.field])).toEqual([['partial-english', 2, undefined, 'region_en']]);
  });
});
