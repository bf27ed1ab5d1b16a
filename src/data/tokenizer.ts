/**
 * Delimited text split into rows of cells by exactly the rules of d3-dsv's
 * `dsvFormat(delimiter).parseRows` (test/data/tokenizer.test.ts compares the two
 * on arbitrary text), but each row comes as offsets into the text instead of
 * strings. d3 creates a string for every cell; most of ours never need one: a
 * region, unit or kind already seen is found by its characters (interner.ts),
 * a number is read from its character codes (chars.ts).
 *
 * d3's rules, kept as they are even where odd:
 * - one trailing LF, then one trailing CR, is dropped before reading;
 * - a quote opens a quoted cell only as the cell's first character; inside, ""
 *   is a quote; the one character after the closing quote ends the cell,
 *   whatever it is (`"a"b,c` is `a`, ``, `c`);
 * - a quote never closed takes the rest of the text, and one dropped trailing
 *   character with it;
 * - LF, CR and CRLF end a row; an empty line is a row of one empty cell.
 */

import { FNV_OFFSET, FNV_PRIME, hashChars } from './interner.js';

const QUOTE = 34;
const LF = 10;
const CR = 13;

const TAB = 9;
const SPACE = 32;
const DELETE = 127;

/** A control character but tab, LF and CR (in a quoted cell a line break is text, not a control). */
function isControl(c: number): boolean {
  return (c < SPACE && c !== TAB && c !== LF && c !== CR) || c === DELETE;
}

/** The current row: reused from row to row, so read it before the next one comes. */
export class RowCells {
  /** How many cells the row has. */
  count = 0;
  /**
   * Cell i is text[start[i], end[i]): for a quoted cell, what lies between
   * its quotes, with any "" still doubled (escaped[i] is then 1).
   */
  start = new Int32Array(32);
  end = new Int32Array(32);
  escaped = new Uint8Array(32);
  /** hashChars (interner.ts) of cell i's text[start, end), worked out during the scan. */
  hash = new Int32Array(32);
  /** Whether any cell has "" in it. */
  anyEscaped = false;
  /**
   * Whether a cell holds a control character no text should (validate.ts CONTROL_CHARACTER:
   * U+0000–U+001F but tab, LF and CR, and U+007F): found while scanning, so no pass over the text.
   */
  controls = false;
  /** Line feeds inside the row's quoted cells: how many lines the row spans beyond its first. */
  lineFeeds = 0;
  /** Where in the text the row ends, line break included: how much has been read. */
  read = 0;
  /**
   * Whether the row's last cell is a quote never closed, which took the rest of the text: d3-dsv
   * says nothing of it, parse.ts does. Only the last row can have one, so no row needs it reset.
   */
  unclosed = false;

  constructor(readonly text: string) {}

  /** Cell i as d3-dsv gives it. */
  value(i: number): string {
    const value = this.text.slice(this.start[i], this.end[i]);
    return this.escaped[i] ? value.replace(/""/g, '"') : value;
  }

  /** The row as d3-dsv gives it. */
  values(): string[] {
    const values = new Array<string>(this.count);
    for (let i = 0; i < this.count; i++) values[i] = this.value(i);
    return values;
  }

  /** @internal */
  push(start: number, end: number, escaped: boolean, hash: number): void {
    const i = this.count++;
    if (i === this.start.length) {
      const grow = <T extends Int32Array | Uint8Array>(a: T, make: (n: number) => T): T => {
        const next = make(a.length * 2);
        next.set(a);
        return next;
      };
      this.start = grow(this.start, (n) => new Int32Array(n));
      this.end = grow(this.end, (n) => new Int32Array(n));
      this.escaped = grow(this.escaped, (n) => new Uint8Array(n));
      this.hash = grow(this.hash, (n) => new Int32Array(n));
    }
    this.hash[i] = hash;
    this.start[i] = start;
    this.end[i] = end;
    this.escaped[i] = escaped ? 1 : 0;
    if (escaped) this.anyEscaped = true;
  }
}

/**
 * Calls onRow with each row of the text (index 0 is the first line) and returns
 * how many rows there were. `delimiter` is one character, not a quote or a line break.
 */
export function tokenize(text: string, delimiter: string, onRow: (row: RowCells, index: number) => void): number {
  const d = delimiter.charCodeAt(0);
  if (d === QUOTE || d === LF || d === CR || delimiter.length !== 1) throw new Error(`tokenize: unusable delimiter ${JSON.stringify(delimiter)}`);
  const length = text.length;
  let n = length;
  let eof = n <= 0;
  if (text.charCodeAt(n - 1) === LF) --n;
  if (text.charCodeAt(n - 1) === CR) --n;
  const row = new RowCells(text);
  let at = 0;
  let index = 0;
  while (!eof) {
    row.count = 0;
    row.anyEscaped = false;
    row.lineFeeds = 0;
    row.controls = false;
    let eol = false;
    while (!eol && !eof) {
      const first = at;
      if (text.charCodeAt(first) === QUOTE) {
        // d3: while (I++ < N && text.charCodeAt(I) !== QUOTE || text.charCodeAt(++I) === QUOTE);
        let escaped = false;
        for (;;) {
          if (at++ < n) {
            const c = text.charCodeAt(at);
            if (c !== QUOTE) {
              if (isControl(c)) row.controls = true;
              continue;
            }
          }
          if (text.charCodeAt(++at) !== QUOTE) break;
          escaped = true;
        }
        const after = at;
        // A closing quote is found before n (the characters past it are only line breaks); run past, it was never there.
        row.unclosed = after > n;
        if (after >= n) eof = true;
        else {
          const c = text.charCodeAt(at++);
          if (c === LF) eol = true;
          else if (c === CR) {
            eol = true;
            if (text.charCodeAt(at) === LF) ++at;
          }
        }
        // Unclosed, `after` runs past the text (d3's slice clamps; so do we).
        const end = Math.min(after - 1, length);
        row.push(first + 1, end, escaped, hashChars(text, first + 1, end));
        for (let i = text.indexOf('\n', first + 1); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) row.lineFeeds++;
        continue;
      }
      let end = -1;
      // The cell's hash as it goes (interner.ts): here every character is read once and the loop is
      // optimized early, where a second pass over the cell would run unoptimized in a small file.
      let hash = FNV_OFFSET;
      while (at < n) {
        const i = at;
        const c = text.charCodeAt(at++);
        // d3 looks for a line break first, then the delimiter; the same here, as the delimiter is neither.
        if (c === d) {
          end = i;
          break;
        }
        if (c < SPACE || c === DELETE) {
          if (c === LF) {
            eol = true;
            end = i;
            break;
          }
          if (c === CR) {
            eol = true;
            if (text.charCodeAt(at) === LF) ++at;
            end = i;
            break;
          }
          if (c !== TAB) row.controls = true;
        }
        hash = Math.imul(hash ^ c, FNV_PRIME);
      }
      if (end === -1) {
        eof = true;
        end = n;
      }
      row.push(first, end, false, hash);
    }
    row.read = Math.min(at, length);
    onRow(row, index++);
  }
  return index;
}
