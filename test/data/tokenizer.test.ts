import { dsvFormat } from 'd3-dsv';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hashChars } from '../../src/data/interner.js';
import { completeRowsEnd } from '../../src/data/row-boundary.js';
import { tokenize } from '../../src/data/tokenizer.js';

// Fixed seed and bounded runs: the same cases on every machine, in well under a second.
const RUNS = { seed: 20261124, numRuns: 2000 };

function ours(text: string, delimiter: string): { rows: string[][]; lineFeeds: number[]; read: number[]; controls: boolean[] } {
  const rows: string[][] = [];
  const lineFeeds: number[] = [];
  const read: number[] = [];
  const controls: boolean[] = [];
  const count = tokenize(text, delimiter, (row, index) => {
    expect(index).toBe(rows.length);
    rows.push(row.values());
    lineFeeds.push(row.lineFeeds);
    read.push(row.read);
    controls.push(row.controls);
    for (let i = 0; i < row.count; i++) expect(row.hash[i]).toBe(hashChars(text, row.start[i]!, row.end[i]!));
  });
  expect(count).toBe(rows.length);
  return { rows, lineFeeds, read, controls };
}

const d3 = (text: string, delimiter: string): string[][] => dsvFormat(delimiter).parseRows(text);

/** Texts made of what matters to the rules: delimiters, quotes, CR, LF, and some CJK and ASCII (and a control character). */
const piece = fc.constantFrom(',', '\t', ';', '"', '""', '\r', '\n', '\r\n', 'a', 'bc', ' ', '东丽区', '目标', '1', '8.5', '\u0001', '\u007f');
const text = fc.array(piece, { maxLength: 40 }).map((pieces) => pieces.join(''));
const delimiter = fc.constantFrom(',', '\t', ';');

describe('tokenize', () => {
  it('splits rows and cells exactly as d3-dsv parseRows does', () => {
    fc.assert(
      fc.property(text, delimiter, (t, d) => {
        expect(ours(t, d).rows).toEqual(d3(t, d));
      }),
      RUNS,
    );
  });

  it('also on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60, unit: 'binary' }), delimiter, (t, d) => {
        expect(ours(t, d).rows).toEqual(d3(t, d));
      }),
      { ...RUNS, numRuns: 500 },
    );
  });

  it('counts the line feeds inside each row, notes control characters and how far it has read', () => {
    const CONTROL_CHARACTER = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
    fc.assert(
      fc.property(text, delimiter, (t, d) => {
        const { rows, lineFeeds, read, controls } = ours(t, d);
        rows.forEach((cells, i) => {
          expect(lineFeeds[i]).toBe(cells.join('').split('\n').length - 1);
          expect(controls[i]).toBe(cells.some((c) => CONTROL_CHARACTER.test(c)));
          expect(read[i]).toBeLessThanOrEqual(t.length);
          if (i > 0) expect(read[i]).toBeGreaterThanOrEqual(read[i - 1]!);
        });
        if (rows.length) expect(read.at(-1)).toBeGreaterThanOrEqual(t.replace(/\r?\n?$/, '').length);
      }),
      RUNS,
    );
  });

  it('notes a quote never closed, on the last row only, where completeRowsEnd finds no row end even after one more line break', () => {
    fc.assert(
      fc.property(text, delimiter, (t, d) => {
        const unclosed: boolean[] = [];
        tokenize(t, d, (row) => unclosed.push(row.unclosed));
        expect(unclosed.slice(0, -1)).not.toContain(true);
        expect(unclosed.at(-1) ?? false).toBe(completeRowsEnd(`${t}\n`, d) <= t.length);
      }),
      RUNS,
    );
  });

  it('keeps d3-dsv quirks: trailing line breaks, empty lines, text after a closing quote, an unclosed quote', () => {
    for (const t of ['', '\n', '\r\n', '\n\r', 'a\n\n', 'a,\n', '"a"b,c', '"ab\n', '"ab\r\n', 'x,"', '"a""b",""""\r"\n"', 'a\rb\r\nc\n\rd']) {
      expect(ours(t, ',').rows).toEqual(d3(t, ','));
    }
  });
});
