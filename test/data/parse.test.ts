import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDataset, PROBLEM_LIST_LIMIT, type ParseResult } from '../../src/data/index.js';

const HEADER = 'region_code,region,year,theme,indicator_id,indicator,unit,kind,value,value_max,direction,source,source_item,excerpt';
const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../fixtures/${name}`, import.meta.url)));

function csv(...lines: string[]): string {
  return [HEADER, ...lines].join('\n');
}

function ok(result: ParseResult) {
  if (!result.ok) throw new Error(`expected a dataset, got ${JSON.stringify(result.problems.map((p) => p.message.en))}`);
  return result.dataset;
}

function codes(result: ParseResult) {
  return result.problems.map((p) => `${p.severity}:${p.code}@${p.line ?? '-'}:${p.column ?? '-'}`);
}

const DONGLI_TARGET = '120110,东丽区,2022,preschool,preschool_inclusive_rate,学前教育普惠率,%,target,80,,higher,要点,第9条,普惠率80%';
const DONGLI_ACTUAL = '120110,东丽区,2023,preschool,preschool_inclusive_rate,学前教育普惠率,%,actual,88.4,,,总结,三,普惠率88.4%';

describe('parseDataset: formats and encodings', () => {
  it('reads a CSV into rows with every column', () => {
    const dataset = ok(parseDataset(csv(DONGLI_TARGET, DONGLI_ACTUAL)));
    expect(dataset.size).toBe(2);
    expect(dataset.format).toBe('csv');
    const [target, actual] = dataset.select({ region: '东丽区' });
    expect(target).toMatchObject({
      regionCode: '120110',
      region: '东丽区',
      year: 2022,
      theme: 'preschool',
      indicatorId: 'preschool_inclusive_rate',
      indicator: '学前教育普惠率',
      unit: '%',
      kind: 'target',
      value: 80,
      valueMax: undefined,
      direction: 'higher',
      source: '要点',
      sourceItem: '第9条',
      excerpt: '普惠率80%',
      line: 2,
    });
    expect(actual).toMatchObject({ kind: 'actual', value: 88.4, direction: 'higher', line: 3 });
  });

  it('strips a UTF-8 byte order mark, in text and in bytes', () => {
    const text = '\uFEFF' + csv(DONGLI_TARGET);
    expect(ok(parseDataset(text)).size).toBe(1);
    const bytes = new TextEncoder().encode(text);
    expect(bytes[0]).toBe(0xef);
    const result = parseDataset(bytes);
    expect(ok(result).regions[0]!.code).toBe('120110');
    expect(result.encoding).toBe('utf-8');
  });

  it('reads CRLF line endings and counts lines from the header as line 1', () => {
    const result = parseDataset(csv(DONGLI_TARGET, DONGLI_ACTUAL.replace('88.4', 'abc')).replace(/\n/g, '\r\n'));
    expect(result.ok).toBe(false);
    expect(codes(result)).toEqual(['error:not-a-number@3:9']);
  });

  it('keeps line numbers right after a quoted cell that spans lines', () => {
    const multiline = DONGLI_TARGET.replace('普惠率80%', '"普惠率\n达到80%"');
    const result = parseDataset(csv(multiline, DONGLI_ACTUAL.replace('actual', 'achieved')));
    expect(codes(result)).toEqual(['error:unknown-kind@4:8']);
  });

  it('detects tab- and semicolon-separated files', () => {
    const tsv = parseDataset(csv(DONGLI_TARGET, DONGLI_ACTUAL).replace(/,/g, '\t'));
    expect(tsv.format).toBe('tsv');
    expect(ok(tsv).size).toBe(2);
    const semicolon = parseDataset(csv(DONGLI_TARGET).replace(/,/g, ';'));
    expect(semicolon.format).toBe('semicolon');
    expect(ok(semicolon).select()[0]!.value).toBe(80);
  });

  it('decodes GBK bytes as Excel in China saves them, without any hint', () => {
    const bytes = fixture('gbk.csv');
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    const result = parseDataset(bytes);
    expect(result.encoding).toBe('gb18030');
    const dataset = ok(result);
    expect(dataset.regions.map((r) => r.name)).toEqual(['东丽区']);
    expect(dataset.select({ indicator: '学前教育普惠率', kind: 'actual' })[0]!.excerpt).toBe('普惠率88.4%');
  });

  it('decodes UTF-16 text with a byte order mark (Excel "Unicode text")', () => {
    const result = parseDataset(fixture('utf16le.tsv'));
    expect(result.encoding).toBe('utf-16le');
    expect(result.format).toBe('tsv');
    expect(ok(result).size).toBe(2);
  });

  it('accepts Chinese headers and kind and direction aliases', () => {
    const result = parseDataset(fixture('gbk.csv'));
    const rows = ok(result).select();
    expect(rows.map((r) => r.kind)).toEqual(['target', 'actual']);
    expect(rows[0]!.direction).toBe('higher');
    const baseline = parseDataset('地区,年份,指标,类型,数值,方向\n东丽区,2021,交流轮岗比例,基线,10,越低越好');
    expect(ok(baseline).select()[0]).toMatchObject({ kind: 'baseline', direction: 'lower', region: '东丽区' });
  });

  it('matches headers trimmed and case-insensitively', () => {
    const result = parseDataset(' Region ,YEAR,Indicator, Kind,VALUE\n东丽区,2022,普惠率,Target,80');
    expect(ok(result).select()[0]).toMatchObject({ region: '东丽区', year: 2022, kind: 'target', value: 80 });
    expect(result.problems).toEqual([]);
  });

  it('reads JSON as an array of records or an object with rows', () => {
    const records = [
      { region: '东丽区', year: 2022, indicator: '普惠率', kind: 'target', value: 80, unit: '%' },
      { region: '东丽区', year: 2023, indicator: '普惠率', kind: 'actual', value: '88.4', unit: '%' },
    ];
    const array = parseDataset(JSON.stringify(records));
    expect(array.format).toBe('json');
    expect(ok(array).select().map((r) => r.value)).toEqual([80, 88.4]);
    expect(ok(parseDataset(JSON.stringify({ rows: records }))).size).toBe(2);
  });
});

describe('parseDataset: errors', () => {
  it('names each missing required column', () => {
    const result = parseDataset('region,indicator,value\n东丽区,普惠率,80');
    expect(result.ok).toBe(false);
    expect(result.problems.filter((p) => p.code === 'missing-column').map((p) => p.field)).toEqual(['year', 'kind']);
    expect(result.problems[0]!.message['zh-CN']).toContain('缺少必需的列');
    expect(result.problems[0]!.message.en).toContain('missing');
  });

  it('wants a region and an indicator, by code or by name', () => {
    const result = parseDataset('year,kind,value\n2022,target,80');
    expect(result.problems.map((p) => p.message.en)).toEqual([
      expect.stringContaining('region_code / region'),
      expect.stringContaining('indicator_id / indicator'),
    ]);
  });

  it('rejects values that are not finite plain numbers, pointing at line and column', () => {
    for (const bad of ['80 percent', 'abc', 'NaN', 'Infinity', '0x50', '13,50', '%']) {
      const result = parseDataset(csv(DONGLI_TARGET.replace(',80,', `,"${bad}",`)));
      expect(result.ok, bad).toBe(false);
      expect(codes(result), bad).toEqual(['error:not-a-number@2:9']);
      expect(result.problems[0]!.message.en).toContain(bad);
    }
  });

  it('wants a value in every row', () => {
    const result = parseDataset(csv(DONGLI_TARGET.replace(',80,', ',,')));
    expect(codes(result)).toEqual(['error:missing-value@2:9']);
  });

  it('rejects a year outside 1949-2100 or not a whole number', () => {
    expect(codes(parseDataset(csv(DONGLI_TARGET.replace('2022', '1948'))))).toEqual(['error:year-out-of-range@2:3']);
    expect(codes(parseDataset(csv(DONGLI_TARGET.replace('2022', '2101'))))).toEqual(['error:year-out-of-range@2:3']);
    expect(codes(parseDataset(csv(DONGLI_TARGET.replace('2022', '2022年'))))).toEqual(['error:not-a-number@2:3']);
    expect(ok(parseDataset(csv(DONGLI_TARGET.replace('2022', '1949')))).years).toEqual([1949]);
  });

  it('rejects an unknown kind or direction', () => {
    expect(codes(parseDataset(csv(DONGLI_TARGET.replace('target', 'goal'))))).toEqual(['error:unknown-kind@2:8']);
    expect(codes(parseDataset(csv(DONGLI_TARGET.replace('higher', 'up'))))).toEqual(['error:unknown-direction@2:11']);
  });

  it('rejects two rows for one region, indicator, year and kind with different values', () => {
    const result = parseDataset(csv(DONGLI_TARGET, DONGLI_ACTUAL, DONGLI_TARGET.replace(',80,', ',85,')));
    expect(result.ok).toBe(false);
    expect(codes(result)).toEqual(['error:conflicting-duplicate@4:9']);
    expect(result.problems[0]!.message.en).toContain('line 2');
  });

  it('treats theme as part of the key, so one indicator may be counted per theme', () => {
    const row = (theme: string, n: number) => `120110,东丽区,2022,${theme},plan_items,工作条目数,项,actual,${n},,,要点,第1条,x`;
    expect(ok(parseDataset(csv(row('preschool', 2), row('teachers', 4)))).size).toBe(2);
  });

  it('gives no dataset for a file with any error, and reports every bad row', () => {
    const result = parseDataset(csv(DONGLI_TARGET, DONGLI_ACTUAL.replace('88.4', 'x'), DONGLI_ACTUAL.replace('2023', '3023')));
    expect(result.ok).toBe(false);
    expect('dataset' in result).toBe(false);
    expect(codes(result)).toEqual(['error:not-a-number@3:9', 'error:year-out-of-range@4:3']);
  });

  it('lists the first 100 problems and counts the rest', () => {
    const lines = Array.from({ length: 150 }, (_, i) => DONGLI_TARGET.replace('2022', String(2000 + (i % 50))).replace(',80,', ',bad,'));
    const result = parseDataset(csv(...lines));
    expect(result.problems).toHaveLength(PROBLEM_LIST_LIMIT);
    expect(result.problemCount).toBe(150);
    expect(result.problems[0]!.line).toBe(2);
  });

  it('keeps errors listed even when warnings come first in great numbers', () => {
    const warnings = Array.from({ length: 120 }, (_, i) => DONGLI_TARGET.replace('2022', String(1950 + i)).replace(',80,', ',180,'));
    const result = parseDataset(csv(...warnings, DONGLI_TARGET.replace('target', 'oops')));
    expect(result.ok).toBe(false);
    expect(result.problems[0]).toMatchObject({ severity: 'error', code: 'unknown-kind', line: 122 });
    expect(result.problemCount).toBe(121);
  });

  it('explains an empty file, a header alone, binary bytes and an HTML page', () => {
    expect(codes(parseDataset(''))).toEqual(['error:empty-file@-:-']);
    expect(codes(parseDataset(' \n\n '))).toEqual(['error:empty-file@-:-']);
    expect(codes(parseDataset(HEADER + '\n'))).toEqual(['error:no-rows@-:-']);
    const binary = new Uint8Array(512).map((_, i) => (i * 7) % 32);
    expect(codes(parseDataset(binary))).toEqual(['error:binary-file@-:-']);
    expect(codes(parseDataset('<!DOCTYPE html><html><body>404 Not Found</body></html>'))).toEqual(['error:html-file@-:-']);
  });

  it('reports broken JSON with its line and column, and JSON of the wrong shape', () => {
    const broken = parseDataset('[\n  {"region": "东丽区",\n  "year": }\n]');
    expect(broken.ok).toBe(false);
    expect(broken.problems[0]).toMatchObject({ code: 'bad-json', line: 3 });
    expect(codes(parseDataset('{"data": []}'))).toEqual(['error:json-shape@-:-']);
    expect(codes(parseDataset('[1, 2]'))).toEqual(['error:json-shape@1:-', 'error:json-shape@2:-']);
  });

  it('points JSON problems at the record number', () => {
    const result = parseDataset(JSON.stringify([{ region: 'a', year: 2022, indicator: 'i', kind: 'target', value: 1 }, { region: 'a', year: 2022, indicator: 'i', kind: 'actual', value: null }]));
    expect(codes(result)).toEqual(['error:missing-value@2:-']);
  });
});

describe('parseDataset: warnings', () => {
  it('warns about a percentage outside 0-100 but keeps the row', () => {
    const result = parseDataset(csv(DONGLI_TARGET.replace(',80,', ',120,')));
    expect(ok(result).size).toBe(1);
    expect(codes(result)).toEqual(['warning:percent-out-of-range@2:9']);
  });

  it('warns about value_max below value', () => {
    const result = parseDataset(csv(DONGLI_TARGET.replace(',80,,', ',80,70,')));
    expect(ok(result).select()[0]!.valueMax).toBe(70);
    expect(codes(result)).toEqual(['warning:max-below-value@2:10']);
  });

  it('warns about an excerpt over 80 characters (counted as characters, not bytes)', () => {
    const long = parseDataset(csv(DONGLI_TARGET.replace('普惠率80%', '字'.repeat(81))));
    expect(codes(long)).toEqual(['warning:excerpt-too-long@2:14']);
    expect(parseDataset(csv(DONGLI_TARGET.replace('普惠率80%', '字'.repeat(80)))).problems).toEqual([]);
  });

  it('warns about an unknown column and ignores it', () => {
    const result = parseDataset(csv(DONGLI_TARGET).replace('excerpt', 'excrept'));
    expect(codes(result)).toEqual(['warning:unknown-column@1:14']);
    expect(ok(result).select()[0]!.excerpt).toBe('');
  });

  it('drops an exact duplicate row with a warning', () => {
    const result = parseDataset(csv(DONGLI_TARGET, DONGLI_TARGET));
    expect(ok(result).size).toBe(1);
    expect(ok(result).select()).toHaveLength(1);
    expect(codes(result)).toEqual(['warning:duplicate-row@3:9']);
  });

  it('warns when one indicator uses several units', () => {
    const result = parseDataset(csv(DONGLI_TARGET, DONGLI_ACTUAL.replace(',%,', ',个,')));
    expect(codes(result)).toEqual(['warning:mixed-units@3:7']);
  });

  it('skips blank lines without a problem', () => {
    expect(ok(parseDataset(csv(DONGLI_TARGET, '', ',,,,', DONGLI_ACTUAL))).size).toBe(2);
  });
});

describe('parseDataset: progress', () => {
  it('reports progress up to the whole text', () => {
    const calls: [number, number][] = [];
    const lines = Array.from({ length: 50_000 }, (_, i) =>
      DONGLI_TARGET.replace('2022', String(1950 + (i % 150))).replace('preschool_inclusive_rate', `ind_${Math.floor(i / 150)}`),
    );
    const text = csv(...lines);
    const result = parseDataset(text, { onProgress: (done, total) => calls.push([done, total]) });
    expect(ok(result).size).toBe(50_000);
    expect(calls.length).toBeGreaterThan(2);
    expect(calls.at(-1)).toEqual([text.length, text.length]);
    expect(calls.every(([done, total], i) => done <= total && (i === 0 || done >= calls[i - 1]![0]))).toBe(true);
  });
});
