import { csvParseRows, dsvFormat } from 'd3-dsv';
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeBytes, type Encoding } from '../../src/data/decode.js';
import { parseFindings, type ParseOptions } from '../../src/data/parse.js';
import { readJson } from '../../src/data/read-json.js';
import { StreamingParse } from '../../src/data/streaming-parse.js';

// Fixed seed and bounded runs: the same cases on every machine, in a few seconds.
const RUNS = { seed: 20261203, numRuns: 200 };

/** The text pushed in pieces cut at the given points (taken modulo its length, so any numbers do). */
function streamed(text: string, cuts: readonly number[], encoding?: Encoding, options: ParseOptions = {}) {
  const parse = new StreamingParse(options, readJson, encoding);
  let at = 0;
  for (const cut of cuts.map((c) => c % (text.length + 1)).sort((a, b) => a - b)) {
    parse.push(text.slice(at, cut));
    at = cut;
  }
  parse.push(text.slice(at));
  return parse.finish();
}

/** parseFindings on the whole text, as the worker calls it (text decoded from bytes), or on text given as text. */
const whole = (text: string, encoding?: Encoding, options: ParseOptions = {}) =>
  parseFindings(encoding ? { text, encoding } : text, options, readJson);

const cuts = fc.array(fc.nat({ max: 1 << 20 }), { maxLength: 30 });

const root = new URL('../../', import.meta.url);
function filesUnder(dir: string): string[] {
  return readdirSync(new URL(dir, root), { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(`${dir}${entry.name}/`) : [`${dir}${entry.name}`],
  );
}
/** Every fixture file (the delimited ones, and the JSON, binary and HTML ones that must come out the same too) and the bundled dataset. */
const FILES = [...filesUnder('test/fixtures/').filter((f) => !f.endsWith('.ts') && !f.endsWith('.md')), 'data/indicators.csv'];

/** The bundled dataset's header and rows, as cells: real rows to build texts from. */
const [HEADER, ...ROWS] = csvParseRows(readFileSync(new URL('data/indicators.csv', root), 'utf8'));

/** Cell texts that make a row wrong or skipped: errors, totals and notes rows, a control character. */
const wrongCell = fc.constantFrom('', '合计', '注：数据来源于区教育局', 'abc', '1,350', '20222', '—', '\u0001');

/** Excerpts that a spreadsheet quotes, all fine: a delimiter, quotes, line breaks of each kind, one too long (a warning). */
const quotedExcerpt = fc.constantFrom('a, b; c\td', 'a "b" c', '"quoted"', 'two\nlines', 'two\r\nlines', 'two\rlines', '\n\n', 'x'.repeat(300));

const EXCERPT = HEADER!.indexOf('excerpt');

/**
 * A row of the bundled dataset, its excerpt maybe changed (and, in a table with errors, maybe another
 * cell made wrong), written as a spreadsheet would: quoted where needed.
 */
const row = (delimiter: string, wrong: boolean) =>
  fc
    .tuple(
      fc.constantFrom(...ROWS),
      fc.option(quotedExcerpt, { freq: 2 }),
      wrong ? fc.option(fc.tuple(fc.nat({ max: HEADER!.length - 1 }), wrongCell), { freq: 2 }) : fc.constant(null),
    )
    .map(([cells, excerpt, change]) => {
      const changed = [...cells];
      if (excerpt !== null) changed[EXCERPT] = excerpt;
      if (change) changed[change[0]] = change[1];
      return dsvFormat(delimiter).formatRow(changed);
    });

/** Lines written by hand, as no spreadsheet would: short, text after a closing quote, "" alone, a quote never closed. */
const oddLine = fc.constantFrom(',,,', '\t;', '"a"b,c', '"a""b",""""', 'x,"y', '"never closed,2023\nmore', '\uFEFF');

const lineEnd = fc.constantFrom('\n', '\r\n', '\r');

/**
 * Delimited texts past SAMPLE_CHARS, so that they are read in parts: maybe a byte order mark and
 * title rows above the header (mostly there), real rows with quoted excerpts and blank rows among them (and, in
 * half of them, wrong rows and odd lines), mixed line endings, maybe line breaks at the end.
 */
const table = fc.tuple(fc.constantFrom(',', '\t', ';'), fc.boolean()).chain(([delimiter, wrong]) =>
  fc
    .record({
      bom: fc.boolean(),
      // As a spreadsheet saves them, with the table's delimiters (the first line says which it is).
      titles: fc.array(fc.constantFrom(`2023年教育工作指标${delimiter}${delimiter}`, `"单位：%，数据\n截至年底"${delimiter}`, delimiter.repeat(3)), { maxLength: 2 }),
      // Mostly the header; else none (the search for it runs past the first part) or one that lacks a column.
      header: fc.oneof(
        { arbitrary: fc.constant(HEADER!), weight: 4 },
        { arbitrary: fc.constant([]), weight: 1 },
        { arbitrary: fc.constant(HEADER!.filter((c) => c !== 'kind')), weight: 1 },
      ),
      lines: fc.array(
        fc.oneof(
          { arbitrary: row(delimiter, wrong), weight: 20 },
          { arbitrary: fc.constant(''), weight: 1 },
          { arbitrary: wrong ? oddLine : fc.constant(''), weight: 1 },
        ),
        { minLength: 40, maxLength: 80 },
      ),
      ends: fc.array(lineEnd, { minLength: 90, maxLength: 90 }),
      tail: fc.constantFrom('', '\n', '\r\n', '\n\n', '\r'),
    })
    .map(({ bom, titles, header, lines, ends, tail }) => {
      const all = [...titles, ...(header.length ? [header.join(delimiter)] : []), ...lines];
      return (bom ? '\uFEFF' : '') + all.map((line, i) => (i === all.length - 1 ? line : line + ends[i]!)).join('') + tail;
    }),
);

describe('StreamingParse', () => {
  it('gives what parseFindings gives on the whole text, for every fixture and the bundled dataset, however it is cut', () => {
    const texts = FILES.map((file) => decodeBytes(new Uint8Array(readFileSync(new URL(file, root)))));
    fc.assert(
      fc.property(fc.constantFrom(...texts), cuts, ({ text, encoding }, at) => {
        expect(streamed(text, at, encoding)).toEqual(whole(text, encoding));
        expect(streamed(text, at)).toEqual(whole(text));
      }),
      RUNS,
    );
  });

  it('and for generated tables: quotes, quoted line breaks, CRLF and CR, blank, title, totals and notes rows, errors, a BOM', () => {
    fc.assert(
      fc.property(table, cuts, (text, at) => {
        expect(streamed(text, at)).toEqual(whole(text));
        expect(streamed(text, at, 'utf-8')).toEqual(whole(text, 'utf-8'));
      }),
      RUNS,
    );
  });

  it('and for a quote never closed, whose rest of the text comes in many pieces', () => {
    const text = `${HEADER!.join(',')}\n${ROWS.slice(0, 60).map((cells) => cells.join(',')).join('\n')}\n"opens here,${ROWS.map((cells) => cells.join(',')).join('\n')}\n`;
    const result = streamed(text, Array.from({ length: 200 }, (_, i) => i * 97));
    expect(result).toEqual(whole(text));
    expect(result.problems.map((p) => `${p.code}@${p.line}:${p.column}`)).toContain('unterminated-quote@62:1');
  });

  it('and for JSON, binary, HTML, white space and a first line longer than the checks read', () => {
    const records = JSON.stringify(ROWS.map((cells) => Object.fromEntries(HEADER!.map((key, i) => [key, cells[i]]))));
    const texts = [
      records,
      `  \n${records}`,
      `\u0000\u0001PK${'\u0003'.repeat(5000)}`,
      `<!DOCTYPE html><html><body>${'<p>404</p>\n'.repeat(600)}</body></html>`,
      `${' \n'.repeat(5000)}${HEADER!.join(',')}\n${ROWS[0]!.join(',')}\n`,
      `${HEADER!.join(',')}${',x'.repeat(5000)}\n${ROWS[0]!.join(',')}\n`,
    ];
    fc.assert(
      fc.property(fc.constantFrom(...texts), cuts, (text, at) => {
        expect(streamed(text, at)).toEqual(whole(text));
      }),
      { ...RUNS, numRuns: 60 },
    );
  });

  it('tells progress over the text read at the end, up to its whole length, as parseFindings does', () => {
    const text = `${HEADER!.join(',')}\n${Array.from({ length: 100 }, () => ROWS.map((cells) => cells.join(',')).join('\n')).join('\n')}\n`;
    const progress: [number, number][] = [];
    const wholeProgress: [number, number][] = [];
    const result = streamed(text, [text.length / 3, text.length - 1000], undefined, { onProgress: (done, total) => progress.push([done, total]) });
    expect(result).toEqual(whole(text, undefined, { onProgress: (done, total) => wholeProgress.push([done, total]) }));
    expect(progress.at(-1)).toEqual(wholeProgress.at(-1));
    expect(progress.at(-1)).toEqual([text.length, text.length]);
    for (const [i, [done, total]] of progress.entries()) {
      expect(total).toBe(text.length);
      expect(done).toBeGreaterThanOrEqual(i > 0 ? progress[i - 1]![0] : (text.length * 2) / 3);
    }
  });
});
