// Files as Excel writes them (issue 13 §1): what can be read without doubt is read and said as a
// warning with its line and column; what stays ambiguous is an error.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDataset, type ParseResult, type Problem } from '../../src/data/index.js';

const HEADER = 'region,year,indicator,unit,kind,value,value_max';
const csv = (...lines: string[]) => [HEADER, ...lines].join('\n');
const where = (p: Problem) => `${p.severity}:${p.code}@${p.line ?? '-'}:${p.column ?? '-'}`;
const zh = (result: ParseResult) => result.problems.map((p) => p.message['zh-CN']);

function rows(result: ParseResult) {
  expect(result.ok, JSON.stringify(result.problems.map(where))).toBe(true);
  return result.ok ? result.dataset.select().map((r) => ({ region: r.region, value: r.value, valueMax: r.valueMax, unit: r.unit, line: r.line })) : [];
}

describe('the header below title rows', () => {
  it('is found among the first 20 rows; the rows above it are skipped with one warning naming them', () => {
    const result = parseDataset(['东丽区教育指标汇总表,,,', '制表单位：区教育局,,,', '', HEADER, '东丽区,2022,普惠率,%,target,80,'].join('\n'));
    expect(rows(result)).toEqual([{ region: '东丽区', value: 80, valueMax: undefined, unit: '%', line: 5 }]);
    expect(result.problems.map(where)).toEqual(['warning:header-not-first@-:-']);
    expect(zh(result)).toEqual(['第 1–3 行：表头上方的标题或说明行已跳过，表头在第 4 行。']);
    expect(result.problems[0]!.message.en).toBe('Lines 1–3: the title or note rows above the header were skipped; the header is on line 4.');
  });

  it('is not looked for below row 20: the file is refused, saying what line 1 lacks', () => {
    const titles = Array.from({ length: 20 }, (_, i) => `标题${i + 1}`);
    const result = parseDataset([...titles, HEADER, '东丽区,2022,普惠率,%,target,80,'].join('\n'));
    expect(result.ok).toBe(false);
    expect(result.problems.map((p) => p.code)).toContain('missing-column');
    expect(result.problems.every((p) => p.line === 1 || p.line === undefined)).toBe(true);
  });

  it('is a row that names the required columns, not one that merely mentions a few', () => {
    const result = parseDataset(['region,indicator,value', HEADER, '东丽区,2022,普惠率,%,target,80,'].join('\n'));
    expect(rows(result)).toHaveLength(1);
    expect(result.problems.map(where)).toEqual(['warning:header-not-first@-:-']);
  });
});

describe('number cells', () => {
  it('reads 86.5% as 86.5 with unit %, in an empty unit cell or one that says %', () => {
    const result = parseDataset(csv('东丽区,2023,普惠率,,actual,86.5%,', '鲤城区,2023,普惠率,%,actual,90 %,95%'));
    expect(rows(result)).toEqual([
      { region: '东丽区', value: 86.5, valueMax: undefined, unit: '%', line: 2 },
      { region: '鲤城区', value: 90, valueMax: 95, unit: '%', line: 3 },
    ]);
    expect(result.problems.map(where)).toEqual(['warning:number-read@2:6', 'warning:number-read@3:6', 'warning:number-read@3:7']);
    expect(zh(result)[0]).toBe('86.5% 读作 86.5，单位 %。');
    expect(result.problems[0]!.message.en).toBe('86.5% read as 86.5, unit %.');
  });

  it('gives a file without a unit column the unit % for a percentage', () => {
    const result = parseDataset('region,year,indicator,kind,value\n东丽区,2023,普惠率,actual,86.5%');
    expect(rows(result)[0]!.unit).toBe('%');
  });

  it('refuses a percentage whose row names another unit', () => {
    const result = parseDataset(csv('东丽区,2023,学位,个,actual,86.5%,'));
    expect(result.ok).toBe(false);
    expect(result.problems.map(where)).toEqual(['error:percent-unit-conflict@2:4', 'warning:number-read@2:6']);
    expect(zh(result)[0]).toContain('单位列为“个”');
  });

  it('reads "12,480" as 12480 when the commas group thousands, in CSV and in TSV', () => {
    const quoted = parseDataset(csv('东丽区,2023,在校学生,人,actual,"12,480","1,350,000.5"'));
    expect(rows(quoted)).toEqual([{ region: '东丽区', value: 12480, valueMax: 1350000.5, unit: '人', line: 2 }]);
    expect(zh(quoted)[0]).toBe('12,480 读作 12480（逗号按千位分隔符读）。');
    const tsv = parseDataset(`${HEADER.replaceAll(',', '\t')}\n东丽区\t2023\t在校学生\t人\tactual\t12,480\t`);
    expect(rows(tsv)[0]!.value).toBe(12480);
    expect(tsv.problems.map(where)).toEqual(['warning:number-read@2:6']);
  });

  it('keeps as errors the commas it cannot read for sure', () => {
    // Not groups of three digits.
    expect(parseDataset(csv('东丽区,2023,在校学生,人,actual,"12,48",')).problems.map(where)).toEqual(['error:not-a-number@2:6']);
    // Unquoted in a CSV the comma splits the cells: which number was meant is not certain.
    const unquoted = parseDataset('region,year,indicator,unit,kind,value,direction\n东丽区,2023,在校学生,人,actual,12,480,higher');
    expect(unquoted.problems.map((p) => p.code)).toContain('split-number');
    // In a semicolon file a comma may be the decimal point.
    const semicolon = parseDataset(`${HEADER.replaceAll(',', ';')}\n东丽区;2023;在校学生;人;actual;1,350;`);
    expect(semicolon.problems.map(where)).toEqual(['error:not-a-number@2:6']);
    expect(semicolon.problems[0]!.message.en).toContain('write 1350');
  });

  it('reads full-width digits, signs, point and percent sign', () => {
    const result = parseDataset(csv('东丽区,２０２３,普惠率,,actual,８６．５％,', '鲤城区,2023,近视率变化,个百分点,actual,－１．５,'));
    expect(rows(result).map((r) => [r.value, r.unit])).toEqual([[86.5, '%'], [-1.5, '个百分点']]);
    expect(result.ok && result.dataset.years).toEqual([2023]);
    expect(zh(result)).toEqual([
      '２０２３ 读作 2023（全角字符按半角读）。',
      '８６．５％ 读作 86.5，单位 %（全角字符按半角读）。',
      '－１．５ 读作 -1.5（全角字符按半角读）。',
    ]);
  });

  it('skips a row whose value is a dash, a slash or an ellipsis, and reads one as an empty value_max', () => {
    for (const dash of ['—', '-', '/', '…', '--', '——']) {
      const result = parseDataset(csv('东丽区,2023,普惠率,%,actual,88,', `鲤城区,2023,普惠率,%,actual,${dash},`));
      expect(rows(result).map((r) => r.region), dash).toEqual(['东丽区']);
      expect(result.problems.map(where), dash).toEqual(['warning:no-figure-row@3:6']);
    }
    const max = parseDataset(csv('东丽区,2022,新增学位,个,target,1350,—'));
    expect(rows(max)[0]!.valueMax).toBeUndefined();
    expect(zh(max)).toEqual(['— 读作空（没有数据）。']);
    // A dash where a number is required is a missing number.
    expect(parseDataset(csv('东丽区,—,普惠率,%,actual,88,')).problems.map(where)).toEqual(['error:missing-value@2:2']);
    // A minus sign before digits is a number, not a dash.
    expect(rows(parseDataset(csv('东丽区,2023,变化,%,actual,-5,')))[0]!.value).toBe(-5);
  });
});

describe('rows that are not observations', () => {
  it('skips blank rows, one warning for a run of them, and none for the blank lines that end a file', () => {
    const result = parseDataset(csv('东丽区,2022,普惠率,%,target,80,', ',,,,,,', '', '东丽区,2023,普惠率,%,actual,88,', '', ',,,'));
    expect(rows(result)).toHaveLength(2);
    expect(result.problems.map(where)).toEqual(['warning:blank-row@3:-']);
    expect(zh(result)).toEqual(['空行已跳过（至第 4 行，共 2 行）。']);
  });

  it('skips totals rows by their region or indicator: 合计, 总计, 小计, 全区合计, Total', () => {
    for (const [region, indicator, column] of [['合计', '在校学生', 1], ['全区合计', '在校学生', 1], ['总 计', '在校学生', 1], ['东丽区', '小计', 3], ['Total', 'students', 1], ['Grand total', 'students', 1]] as const) {
      const result = parseDataset(csv('东丽区,2023,在校学生,人,actual,12480,', `${region},2023,${indicator},人,actual,12897,`));
      expect(rows(result).map((r) => r.value), region).toEqual([12480]);
      expect(result.problems.map(where), region).toEqual([`warning:total-row@3:${column}`]);
    }
    // A region whose name only contains the word is a region.
    expect(rows(parseDataset(csv('合计村,2023,在校学生,人,actual,300,')))).toHaveLength(1);
  });

  it('skips a notes row: one non-empty cell beginning 注, 说明, 备注, 数据来源, Source or Note', () => {
    for (const note of ['注：数据来源于区教育局', '说明：—表示未统计', '备注', '数据来源：统计公报', 'Source: bureau', 'Note: provisional']) {
      const result = parseDataset(csv('东丽区,2023,在校学生,人,actual,12480,', `"${note}",,,,,,`));
      expect(rows(result), note).toHaveLength(1);
      expect(result.problems.map(where), note).toEqual(['warning:note-row@3:-']);
      expect(result.problems[0]!.message['zh-CN']).toContain(note);
    }
    // A row with more in it is data, and checked as such.
    expect(parseDataset(csv('注,2023,在校学生,人,actual,abc,')).problems.map(where)).toEqual(['error:not-a-number@2:6']);
  });

  it('refuses a file of nothing but skipped rows as having no data', () => {
    const result = parseDataset(csv('合计,2023,在校学生,人,actual,12897,', '注：无'));
    expect(result.problems.map((p) => p.code)).toContain('no-rows');
  });
});

describe('a file as Excel saves it (test/fixtures/excel-gbk.csv)', () => {
  it('loads in GBK with every reading listed, line and column, in both languages', () => {
    const result = parseDataset(readFileSync(new URL('../fixtures/excel-gbk.csv', import.meta.url)));
    expect(result.encoding).toBe('gb18030');
    expect(rows(result).map((r) => [r.line, r.value, r.unit])).toEqual([[4, 80, '%'], [5, 86.5, '%'], [6, 417, '名'], [7, 12480, '人']]);
    expect(result.problems.map(where)).toEqual([
      'warning:header-not-first@-:-',
      'warning:number-read@4:8',
      'warning:number-read@5:8',
      'warning:number-read@7:8',
      'warning:blank-row@8:-',
      'warning:no-figure-row@9:8',
      'warning:total-row@10:2',
      'warning:note-row@11:-',
    ]);
    for (const p of result.problems) expect(p.message.en).not.toBe(p.message['zh-CN']);
  });

  it('reads the same through JSON records', () => {
    const json = JSON.stringify([
      { region: '东丽区', year: '２０２３', indicator: '普惠率', kind: 'actual', value: '86.5%' },
      { region: '合计', year: 2023, indicator: '在校学生', kind: 'actual', value: '12,897' },
    ]);
    const result = parseDataset(json);
    expect(rows(result).map((r) => [r.value, r.unit])).toEqual([[86.5, '%']]);
    expect(result.problems.map(where)).toEqual(['warning:number-read@1:-', 'warning:number-read@1:-', 'warning:total-row@2:-']);
  });
});
