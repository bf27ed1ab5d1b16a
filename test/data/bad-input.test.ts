import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDataset, PROBLEM_LIST_LIMIT, type Problem, type ParseResult } from '../../src/data/index.js';

/**
 * The bad-input corpus (test/fixtures/bad/, described in its README.md): each
 * file must come back as problems an analyst can act on (or, for the few that
 * should load, as a dataset with the expected warnings), never as a throw.
 */

const DIR = new URL('../fixtures/bad/', import.meta.url);
const bytes = (name: string) => new Uint8Array(readFileSync(new URL(name, DIR)));

/** severity:code@line:column, as in parse.test.ts. */
const where = (p: Problem) => `${p.severity}:${p.code}@${p.line ?? '-'}:${p.column ?? '-'}`;

interface Case {
  /** Expected problems, in order (errors first). */
  readonly problems: readonly string[];
  /** Loads, with this many rows. */
  readonly rows?: number;
  /** Text every message of the first problem must quote, in both languages. */
  readonly mentions?: readonly string[];
  readonly encoding?: string;
}

const CASES: Readonly<Record<string, Case>> = {
  'empty.csv': { problems: ['error:empty-file@-:-'] },
  'whitespace-only.csv': { problems: ['error:empty-file@-:-'] },
  'header-only.csv': { problems: ['error:no-rows@-:-'] },
  'missing-columns.csv': { problems: ['error:missing-column@1:-', 'error:missing-column@1:-'], mentions: ['year'] },
  'html-error-page.csv': { problems: ['error:html-file@-:-'] },
  'html-saved-page.csv': { problems: ['error:html-file@-:-'] },
  'png-image.csv': { problems: ['error:binary-file@-:-'] },
  'xlsx-renamed.csv': { problems: ['error:binary-file@-:-'] },
  'unterminated-quote.csv': {
    // The swallowed rows also make an over-long excerpt; the error says why.
    problems: ['error:unterminated-quote@2:14', 'warning:excerpt-too-long@2:14'],
    mentions: ['"力争普惠率达80%'],
  },
  'pipe-delimited.csv': { problems: ['error:unsupported-delimiter@1:-'], mentions: ['|'] },
  'text-in-number.csv': { problems: ['error:not-a-number@3:9'], mentions: ['约九成', 'value'] },
  'nan-infinity.csv': {
    problems: ['error:not-a-number@2:9', 'error:not-a-number@3:9', 'error:not-a-number@4:9'],
    mentions: ['NaN'],
  },
  'year-out-of-range.csv': { problems: ['error:year-out-of-range@2:3', 'error:year-out-of-range@3:3'], mentions: ['20222'] },
  'unknown-kind.csv': { problems: ['error:unknown-kind@3:8'], mentions: ['achieved'] },
  'conflicting-duplicates.csv': { problems: ['error:conflicting-duplicate@4:9'], mentions: ['2'] },
  'broken.json': { problems: ['error:bad-json@3:91'] },
  'deeply-nested.json': { problems: ['error:bad-json@-:-'] },
  'json-object-without-rows.json': { problems: ['error:json-shape@-:-'], mentions: ['rows'] },
  'json-array-of-arrays.json': { problems: ['error:json-shape@1:-', 'error:json-shape@2:-'] },
  'json-array-of-numbers.json': { problems: ['error:json-shape@1:-', 'error:json-shape@2:-', 'error:json-shape@3:-'] },
  'json-empty-rows.json': { problems: ['error:no-rows@-:-'] },
  'json-nested-values.json': {
    problems: ['error:nested-value@2:-', 'error:nested-value@2:-', 'error:not-a-number@2:-'],
    mentions: ['region', '{"name":"东丽区"}'],
  },
  'gbk-no-hint.csv': { problems: ['error:not-a-number@3:7'], mentions: ['百分之八十八'], encoding: 'gb18030' },
  'thousands-separator.csv': { problems: ['warning:number-read@2:9'], rows: 1, mentions: ['1,350', '1350'] },
  'thousands-separator-unquoted.csv': { problems: ['error:split-number@2:9'], mentions: ['1,350', '1350'] },
  'fullwidth-digits.csv': { problems: ['warning:number-read@3:9'], rows: 2, mentions: ['８８．４', '88.4'] },
  'bom-crlf-trailing-blank.csv': { problems: [], rows: 2, encoding: 'utf-8' },
  'utf16le-no-bom.csv': { problems: [], rows: 2, encoding: 'utf-16le' },
  'utf16be-bom.csv': { problems: [], rows: 2, encoding: 'utf-16be' },
  'mixed-line-endings.csv': { problems: ['error:not-a-number@5:9', 'warning:blank-row@3:-'], mentions: ['一千三百五十'] },
  'chinese-header-unknown-column.csv': { problems: ['warning:unknown-column@1:15'], rows: 2, mentions: ['备注'] },
  'extra-cells.csv': { problems: ['warning:extra-cells@3:15'], rows: 2 },
  'percent-120.csv': { problems: ['warning:percent-out-of-range@3:9'], rows: 2, mentions: ['120'] },
  'max-below-value.csv': { problems: ['warning:max-below-value@2:10'], rows: 1, mentions: ['1', '2'] },
  'excerpt-too-long.csv': { problems: ['warning:excerpt-too-long@2:14'], rows: 1, mentions: ['80'] },
  'every-row-error.csv': {
    problems: Array.from({ length: PROBLEM_LIST_LIMIT }, (_, i) => `error:not-a-number@${i + 2}:9`),
    mentions: ['八十'],
  },
  'null-bytes.csv': { problems: ['error:control-character@2:2'], mentions: ['\\u0000', 'region'] },
  'null-byte-in-value.csv': {
    problems: ['error:control-character@3:9', 'error:not-a-number@3:9'],
    mentions: ['\\u0000', 'value'],
  },
  // The title row is skipped, and the warning says where the header is.
  'title-row-above-header.csv': { problems: ['warning:header-not-first@-:-'], rows: 2, mentions: ['2'] },
  'title-row-no-header.csv': {
    // No row in reach names the required columns: what the likeliest one (line 3) lacks, said there.
    problems: ['error:missing-column@3:-', 'error:missing-column@3:-'],
    mentions: ['year'],
  },
};

function expectClear(result: ParseResult, name: string, c: Case) {
  expect(result.problems.map(where), name).toEqual(c.problems);
  for (const p of result.problems) {
    expect(p.message['zh-CN'].trim(), `${name} ${p.code}`).not.toBe('');
    expect(p.message.en.trim(), `${name} ${p.code}`).not.toBe('');
    expect(p.message['zh-CN'], `${name} ${p.code}`).not.toBe(p.message.en);
    // Quoted cell text is cut short and control characters spelled out.
    expect(p.message.en.length, `${name} ${p.code}`).toBeLessThan(300);
    expect(p.message.en + p.message['zh-CN'], `${name} ${p.code}`).not.toMatch(/[\u0000-\u0008]/);
  }
  const first = result.problems[0];
  for (const text of c.mentions ?? []) {
    expect(first!.message['zh-CN'], `${name} zh-CN`).toContain(text);
    expect(first!.message.en, `${name} en`).toContain(text);
  }
}

describe('a title row above the header', () => {
  it('is skipped, and the warning says where the header is', () => {
    const result = parseDataset(readFileSync(new URL('title-row-above-header.csv', DIR)));
    const found = result.problems.find((p) => p.code === 'header-not-first')!;
    expect(found.message['zh-CN']).toBe('第 1 行：表头上方的标题或说明行已跳过，表头在第 2 行。');
    expect(found.message.en).toBe('Line 1: the title or note rows above the header were skipped; the header is on line 2.');
  });

  it('is not claimed when no later line looks like a header', () => {
    const result = parseDataset('region,indicator,value\n东丽区,普惠率,80\n东丽区,学位,990\n');
    expect(result.problems.map((p) => p.code)).not.toContain('header-not-first');
    expect(result.problems.map(where)).toEqual(['error:missing-column@1:-', 'error:missing-column@1:-']);
  });
});

describe('the bad-input corpus', () => {
  it('has a case for every file and a file for every case, and a README naming each', () => {
    const files = readdirSync(DIR).filter((f) => f !== 'README.md').sort();
    expect(files).toEqual(Object.keys(CASES).sort());
    expect(files.length).toBeGreaterThanOrEqual(20);
    const readme = readFileSync(new URL('README.md', DIR), 'utf8');
    for (const f of files) expect(readme, f).toContain(`\`${f}\``);
  });

  for (const [name, c] of Object.entries(CASES)) {
    it(`${name}: ${c.rows === undefined ? c.problems[0] : `loads ${c.rows} rows`}`, () => {
      let result!: ParseResult;
      expect(() => (result = parseDataset(bytes(name)))).not.toThrow();
      if (c.rows === undefined) {
        expect(result.ok, name).toBe(false);
        expect('dataset' in result).toBe(false);
        expect(result.problems.some((p) => p.severity === 'error')).toBe(true);
      } else {
        expect(result.ok, name).toBe(true);
        if (result.ok) expect(result.dataset.size).toBe(c.rows);
        expect(result.problems.every((p) => p.severity === 'warning')).toBe(true);
      }
      if (c.encoding) expect(result.encoding).toBe(c.encoding);
      expectClear(result, name, c);
    });
  }
});

describe('bad input in detail', () => {
  const HEADER = 'region_code,region,year,theme,indicator_id,indicator,unit,kind,value,value_max,direction,source,source_item,excerpt';
  const ROW = '120110,东丽区,2022,preschool,new_preschool_places,新增学前学位,个,target,1350,,higher,要点,第16条,新增学位1350个';

  it('lists the first 100 of a file whose every row is wrong, and counts them all', () => {
    const result = parseDataset(bytes('every-row-error.csv'));
    expect(result.problems).toHaveLength(PROBLEM_LIST_LIMIT);
    expect(result.problemCount).toBe(130);
  });

  it('reads the good rows after a bad one in mixed line endings (a lone CR ends a line)', () => {
    const result = parseDataset(bytes('mixed-line-endings.csv'));
    expect(result.format).toBe('csv');
    expect(result.problems[0]!.field).toBe('value');
  });

  it('says where an unterminated quote opens even after a multi-line quoted cell', () => {
    const text = [HEADER, ROW.replace('新增学位1350个', '"新增学位\n1350个"'), ROW.replace('要点', '"要点').replace('2022', '2023')].join('\r\n');
    expect(parseDataset(text).problems.map(where)).toContain('error:unterminated-quote@4:12');
    // After a quoted line break in its own row, in the header, and with one line break after it that d3-dsv drops.
    const sameRow = ROW.replace('东丽区', '"东丽\n区"').replace('要点', '"要点');
    expect(parseDataset([HEADER, sameRow].join('\n')).problems.map(where)).toContain('error:unterminated-quote@3:12');
    expect(parseDataset(`${HEADER.replace('excerpt', '"excerpt')}\n${ROW}`).problems.map(where)).toEqual([
      'error:no-rows@-:-',
      'error:unterminated-quote@1:14',
      'warning:unknown-column@1:14',
    ]);
    const atEnd = parseDataset(`${HEADER}\n${ROW.replace('要点', '"要点')}\n`).problems.find((p) => p.code === 'unterminated-quote');
    expect(atEnd && where(atEnd)).toBe('error:unterminated-quote@2:12');
    expect(atEnd?.message.en).toContain('"要点,第16条,新增学位1350');
    // A closed quote with "" inside, and a quote inside an unquoted cell, are fine.
    expect(parseDataset([HEADER, ROW.replace('要点', '"《要点""十四五""》"'), ROW.replace('2022', '2023').replace('要点', '他说"好"')].join('\n')).ok).toBe(true);
  });

  it('reads a 5 MB single line and keeps its messages short', () => {
    const result = parseDataset(`${HEADER},${'x'.repeat(5 * 1024 * 1024)}`);
    expect(result.problems.map(where)).toEqual(['error:no-rows@-:-', 'warning:unknown-column@1:15']);
    expect(result.problems[1]!.message.en).toMatch(/^Unknown column "x{40}…"/);
    const noBreaks = parseDataset(`${HEADER} ${ROW} `.repeat(Math.ceil((5 * 1024 * 1024) / 250)));
    expect(noBreaks.ok).toBe(false);
    expect(noBreaks.problems.every((p) => p.message.en.length < 300)).toBe(true);
    // Not a speed test: 10 MB of input on a machine that may be busy with the browsers' runs.
  }, 30_000);

  it('loads extremely long text cells, and quotes a long bad value only in part', () => {
    const longSource = parseDataset([HEADER, ROW.replace('要点', '要'.repeat(200_000))].join('\n'));
    expect(longSource.ok).toBe(true);
    if (longSource.ok) expect(longSource.dataset.select()[0]!.source).toHaveLength(200_000);
    const longValue = parseDataset([HEADER, ROW.replace(',1350,', `,${'9'.repeat(100)}x,`)].join('\n'));
    expect(longValue.problems.map(where)).toEqual(['error:not-a-number@2:9']);
    expect(longValue.problems[0]!.message.en).toContain(`"${'9'.repeat(40)}…"`);
  });

  it('reads no thousands separator in a year, but says what to write', () => {
    const year = parseDataset([HEADER, ROW.replace('2022', '"2,022"')].join('\n'));
    expect(year.problems.map(where)).toEqual(['error:not-a-number@2:3']);
    expect(year.problems[0]!.message.en).toContain('write 2022');
    // Not a grouping of thousands: the general advice, no invented number.
    const odd = parseDataset([HEADER, ROW.replace(',1350,', ',"13,50",')].join('\n'));
    expect(odd.problems[0]!.message.en).toContain('Remove units');
  });

  it('names a full-width comma header as the wrong delimiter', () => {
    const result = parseDataset('地区，年份，指标，类型，数值\n东丽区，2022，普惠率，目标，80');
    expect(result.problems.map(where)).toEqual(['error:unsupported-delimiter@1:-']);
    expect(result.problems[0]!.message['zh-CN']).toContain('，');
  });

  it('finds a control character spelled as a JSON escape', () => {
    const result = parseDataset(JSON.stringify([{ region: '东丽\u0001区', year: 2022, indicator: 'i', kind: 'target', value: 1 }]));
    expect(result.problems.map(where)).toEqual(['error:control-character@1:-']);
    expect(result.problems[0]!.message.en).toContain('\\u0001');
  });

  it('still loads GBK and UTF-16 text whose zero bytes are not one-sided as it is', () => {
    // Binary with zeros on both sides stays binary.
    const binary = new Uint8Array(256).map((_, i) => (i % 3 === 0 ? 0 : 65 + (i % 26)));
    expect(parseDataset(binary).problems.map(where)).toEqual(['error:binary-file@-:-']);
  });
});
