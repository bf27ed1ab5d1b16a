import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isTrimmed, readPlainNumber } from '../../src/data/chars.js';
import { Interner } from '../../src/data/interner.js';
import { COLUMNS, parseDataset, type ParseResult } from '../../src/data/index.js';

// Fixed seed and bounded runs: the same cases on every machine, in about a second.
const RUNS = { seed: 20261124, numRuns: 400 };

describe('chars', () => {
  it('trims exactly the code units String.prototype.trim does', () => {
    for (let c = 0; c < 0x10000; c++) expect(isTrimmed(c), `U+${c.toString(16)}`).toBe(String.fromCharCode(c).trim() === '');
  });

  it('reads a plain number as Number() does, or leaves it to the string path', () => {
    const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
    const digits = fc.string({ unit: fc.constantFrom('0', '1', '5', '9'), maxLength: 18 });
    const numberText = fc.tuple(fc.constantFrom('', '+', '-'), digits, fc.constantFrom('', '.'), digits, fc.constantFrom('', 'e3', 'x')).map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.oneof(numberText, fc.double().map(String), fc.string({ maxLength: 8 })), fc.boolean(), (text, integer) => {
        const padded = `,${text};`;
        const value = readPlainNumber(padded, 1, 1 + text.length, integer);
        if (value === undefined) return;
        expect(integer ? /^[+-]?\d+$/.test(text) : DECIMAL.test(text)).toBe(true);
        expect(Object.is(value, Number(text))).toBe(true);
      }),
      { ...RUNS, numRuns: 5000 },
    );
    expect(readPlainNumber('84.9', 0, 4, false)).toBe(84.9);
    expect(Object.is(readPlainNumber('-0', 0, 2, true), -0)).toBe(true);
    expect(readPlainNumber('8.5', 0, 3, true)).toBeUndefined();
  });
});

describe('Interner', () => {
  it('gives one id per distinct text, in order of first sight, across growth', () => {
    const interner = new Interner();
    const text = Array.from({ length: 5000 }, (_, i) => `区${i % 1234}`).join(',');
    const seen = new Map<string, number>();
    let at = 0;
    for (const cell of text.split(',')) {
      const id = interner.id(text, at, at + cell.length);
      if (!seen.has(cell)) seen.set(cell, seen.size);
      expect(id).toBe(seen.get(cell));
      at += cell.length + 1;
    }
    expect(interner.values).toEqual([...seen.keys()]);
  });
});

/** Everything a result says, numbers compared with Object.is (so -0 and 0 differ). */
function summary(result: ParseResult) {
  const problems = result.problems.map((p) => `${p.severity}:${p.code}@${p.line ?? '-'}:${p.column ?? '-'}:${p.message.en}`);
  if (!result.ok) return { ok: false, problems, count: result.problemCount };
  const rows = result.dataset.select().map((row) => JSON.stringify(row, (_, v: unknown) => (Object.is(v, -0) ? '-0' : v)));
  return { ok: true, problems, count: result.problemCount, rows };
}

/**
 * A control character in a row sends it through RowValidator.read (delimited-rows.ts); in an unknown column it is no
 * problem. Every note holds one or none; the padding keeps the text from looking binary.
 */
const note = (_row: number, control: string) => control + 'n'.repeat(150);

describe('delimited rows: the fast path and RowValidator.read store and say the same', () => {
  // Cells near the format, with what the fast path must hand over: spaces, signs, long numbers, exponents, "" quotes.
  const cell = fc.oneof(
    fc.constantFrom(
      '', ' ', 'target', ' actual ', 'baseline', '目标', 'higher', 'lower', '越低越好', 'up',
      '80', ' 88.4', '+5', '-0', '.5', '5.', '1e3', '12345678901234567', '0.1000000000000000055511', '-7.25', '2022', '1948', '2101',
      '%', '个', '东丽区', '\u3000东丽区', '"a""b"', '"x\ny"', 'x'.repeat(81), '样'.repeat(81), '😀'.repeat(50),
    ),
    // No quote that may open a cell and not close (a random string may hold a delimiter): it would swallow the note.
    fc.string({ maxLength: 4 }).map((s) => s.replace(/"/g, '')),
  );
  const row = fc.array(cell, { minLength: COLUMNS.length - 2, maxLength: COLUMNS.length + 1 });
  const table = fc.array(row, { minLength: 1, maxLength: 10 });

  it('on tables with the real header and a sticky unknown column', () => {
    fc.assert(
      fc.property(table, fc.constantFrom(',', '\t', ';'), fc.constantFrom('\n', '\r\n'), (rows, d, eol) => {
        const lines = (control: string) =>
          [[...COLUMNS, 'note'].join(d), ...rows.map((r, i) => [...r.slice(0, COLUMNS.length), ...Array<string>(Math.max(0, COLUMNS.length - r.length)).fill(''), note(i, control), ...r.slice(COLUMNS.length)].join(d))];
        const fast = parseDataset(lines('n').join(eol));
        const slow = parseDataset(lines('\u0001').join(eol));
        expect(summary(fast)).toEqual(summary(slow));
      }),
      RUNS,
    );
  });

  it('on rows that load', () => {
    const good = fc.record({
      code: fc.constantFrom('120110', ' 120111', ''),
      region: fc.constantFrom('东丽区', '河西区 ', ''),
      year: fc.tuple(fc.integer({ min: 1949, max: 2100 }), fc.constantFrom('', '', '', '.', '.0', ' ')).map(([y, end]) => `${y}${end}`),
      kind: fc.constantFrom('target', 'actual', '目标', ' baseline'),
      value: fc.oneof(fc.double({ min: 0, max: 100, noNaN: true }).map(String), fc.integer({ min: -5000, max: 5000 }).map(String)),
      max: fc.constantFrom('', '100', '120.5'),
      unit: fc.constantFrom('%', '个'),
    });
    fc.assert(
      fc.property(fc.array(good, { minLength: 1, maxLength: 20 }), (rows) => {
        const header = 'region_code,region,year,indicator_id,kind,value,value_max,unit,note';
        const lines = (control: string) =>
          [header, ...rows.map((r, i) => [r.code, r.region || (r.code ? '' : '和平区'), r.year, `ind_${i % 3}`, r.kind, r.value, r.max, r.unit, note(i, control)].join(','))];
        expect(summary(parseDataset(lines('n').join('\n')))).toEqual(summary(parseDataset(lines('\u0001').join('\n'))));
      }),
      RUNS,
    );
  });
});
