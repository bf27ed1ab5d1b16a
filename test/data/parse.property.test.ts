import fc from 'fast-check';
import { describe, it } from 'vitest';
import { COLUMNS, parseDataset, type ParseResult } from '../../src/data/index.js';

// Fixed seed and bounded runs: the same cases on every machine, in well under a second.
const RUNS = { seed: 20261123, numRuns: 300 };

function wellFormed(result: ParseResult): boolean {
  if (result.ok) return result.dataset.size > 0 && result.problems.every((p) => p.severity === 'warning');
  return result.problems.length > 0 && result.problems.some((p) => p.severity === 'error') && result.problemCount >= result.problems.length;
}

/** Cells that look like the format: real column names, kinds, numbers, and junk. */
const cell = fc.oneof(
  fc.constantFrom('', 'target', 'actual', 'baseline', '目标', 'higher', 'lower', '80', '88.4', '2022', '1948', '%', '东丽区', '"', '""', '\n', '\t', ';', 'NaN'),
  fc.string({ maxLength: 6 }),
  fc.double({ noNaN: false }).map(String),
);

describe('parseDataset on arbitrary input', () => {
  it('never throws on arbitrary text, and returns a dataset or problems', () => {
    fc.assert(fc.property(fc.string({ maxLength: 400 }), (text) => wellFormed(parseDataset(text))), RUNS);
  });

  it('never throws on arbitrary bytes', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => wellFormed(parseDataset(bytes))), RUNS);
  });

  it('never throws on tables with the real header and wild cells', () => {
    const table = fc.array(fc.array(cell, { minLength: 0, maxLength: COLUMNS.length + 2 }), { maxLength: 12 });
    fc.assert(
      fc.property(table, fc.constantFrom(',', '\t', ';'), (rows, delimiter) => {
        const text = [COLUMNS.join(delimiter), ...rows.map((r) => r.join(delimiter))].join('\n');
        return wellFormed(parseDataset(text));
      }),
      RUNS,
    );
  });

  it('never throws on arbitrary JSON values', () => {
    fc.assert(fc.property(fc.jsonValue(), (value) => wellFormed(parseDataset(JSON.stringify(value) ?? 'null'))), RUNS);
  });
});
