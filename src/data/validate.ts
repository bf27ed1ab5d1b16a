import type { ColumnsBuilder, ValidRow } from './columns.js';
import { isPlaceholder, readNumberCell } from './number-cell.js';
import { problem, type ProblemCollector, type ProblemPlace } from './problems.js';
import { isTotalLabel, noteText } from './skipped-rows.js';
import {
  COLUMNS,
  EXCERPT_MAX_LENGTH,
  YEAR_MAX,
  YEAR_MIN,
  columnForHeader,
  parseDirection,
  parseKind,
  type Column,
} from './schema.js';

/** Where each canonical column stands in a row of cells; -1 when the file lacks it. */
export type ColumnIndex = Readonly<Record<Column, number>>;

const REQUIRED: readonly (readonly Column[])[] = [
  ['region_code', 'region'],
  ['year'],
  ['indicator_id', 'indicator'],
  ['kind'],
  ['value'],
];

/**
 * Matches header cells to columns (trimmed, case-insensitive, Chinese aliases),
 * reporting unknown, repeated and missing columns. Undefined when a required column is missing.
 */
export function readHeader(
  cells: readonly string[],
  problems: ProblemCollector,
  headerLine: number | undefined,
): ColumnIndex | undefined {
  const index = Object.fromEntries(COLUMNS.map((c) => [c, -1])) as Record<Column, number>;
  cells.forEach((cell, i) => {
    if (cell.trim() === '') return;
    const column = columnForHeader(cell);
    const place = headerLine === undefined ? {} : { line: headerLine, column: i + 1 };
    if (!column) problems.add(problem('warning', 'unknown-column', place, { column: cell.trim() }));
    else if (index[column] !== -1) problems.add(problem('warning', 'duplicate-column', { ...place, field: column }, { column }));
    else index[column] = i;
  });
  let complete = true;
  for (const alternatives of REQUIRED) {
    if (alternatives.every((c) => index[c] === -1)) {
      complete = false;
      problems.add(
        problem('error', 'missing-column', { line: headerLine, field: alternatives[0]! }, { column: alternatives.join(' / ') }),
      );
    }
  }
  return complete ? index : undefined;
}

/** How many rows from the top are searched for the header: a spreadsheet's title and notes rows come above it. */
export const HEADER_SEARCH_ROWS = 20;

/** Whether a row names every required column: the header, among the rows HEADER_SEARCH_ROWS covers. */
export function namesRequiredColumns(cells: readonly string[]): boolean {
  const known = new Set<Column | undefined>();
  // Stops at the cell that completes the set: a 5 MB line of cells is not read to its end.
  for (const cell of cells) {
    known.add(columnForHeader(cell));
    if (REQUIRED.every((alternatives) => alternatives.some((c) => known.has(c)))) return true;
  }
  return false;
}

/** How many of a row's cells name a column we know: 3 or more in a row that lacks some is a header with gaps. */
export function knownColumnCount(cells: readonly string[]): number {
  return cells.filter((c) => columnForHeader(c) !== undefined).length;
}

interface NumberRead {
  readonly value: number;
  /** Written with a percent sign: the row's unit is then %. */
  readonly percent: boolean;
}

/** A control character no text cell should hold (tab, LF and CR are layout). */
export const CONTROL_CHARACTER = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

function codePointLength(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

/**
 * Checks one data row and, while the file has no error yet, hands it to the builder.
 * Once any error is found rows are still checked (to report them) but no longer stored.
 */
export class RowValidator {
  /** Data rows read so far (blank lines not counted). */
  rows = 0;

  constructor(
    private readonly index: ColumnIndex,
    private readonly headerWidth: number,
    private readonly builder: ColumnsBuilder,
    private readonly problems: ProblemCollector,
    /** False for JSON, whose records have keys, not numbered columns. */
    private readonly numberedColumns: boolean,
    /** True when the text holds a control character somewhere, so cells must be searched for it. */
    private readonly checkControls = false,
    /** "12,480" read as 12480: not in a semicolon file, where "1,350" may mean 1.35. */
    private readonly readsThousands = true,
  ) {}

  /**
   * Blank rows skipped one after another: said as one warning when a row follows (endBlankRun), and
   * not at all at the end of the file, where a spreadsheet's or an editor's trailing blank lines mean nothing.
   */
  private blankFirst = 0;
  private blankLast = 0;

  private skipBlank(line: number): void {
    if (this.blankFirst === 0 || line !== this.blankLast + 1) {
      this.endBlankRun();
      this.blankFirst = line;
    }
    this.blankLast = line;
  }

  private endBlankRun(): void {
    if (this.blankFirst === 0) return;
    this.problems.add(problem('warning', 'blank-row', { line: this.blankFirst }, { otherLine: this.blankLast }));
    this.blankFirst = 0;
  }

  /**
   * A totals or notes row (skipped-rows.ts), or a row whose value is a dash (no figure):
   * skipped, with a warning that says which and why. False for an observation.
   */
  private skipped(cells: readonly string[], line: number): boolean {
    const note = noteText(cells);
    if (note !== undefined) {
      this.problems.add(problem('warning', 'note-row', { line }, { value: note }));
      return true;
    }
    for (const field of ['region', 'region_code', 'indicator', 'indicator_id'] as const) {
      const label = this.cell(cells, field);
      if (isTotalLabel(label)) {
        this.problems.add(problem('warning', 'total-row', this.place(line, field), { column: field, value: label }));
        return true;
      }
    }
    const value = this.cell(cells, 'value');
    if (isPlaceholder(value)) {
      this.problems.add(problem('warning', 'no-figure-row', this.place(line, 'value'), { value }));
      return true;
    }
    return false;
  }

  private cell(cells: readonly string[], column: Column): string {
    const i = this.index[column];
    return i === -1 ? '' : (cells[i] ?? '').trim();
  }

  /** Where a problem about this field of this line is, in the file's own terms. */
  place(line: number, field: Column): ProblemPlace {
    return this.numberedColumns ? { line, column: this.index[field] + 1, field } : { line, field };
  }

  /**
   * A number cell, read as a spreadsheet writes it where that is unambiguous (number-cell.ts),
   * each such reading said as a warning. NaN when empty (an error if required) or not a number.
   */
  private number(cells: readonly string[], field: Column, line: number, required: boolean, integer = false): NumberRead {
    const text = this.cell(cells, field);
    // A dash is an empty cell: said so where that may be, missing where it may not (a dash in value skips its row first).
    if (isPlaceholder(text)) {
      this.problems.add(required
        ? problem('error', 'missing-value', this.place(line, field), { column: field })
        : problem('warning', 'number-read', this.place(line, field), { column: field, value: text, readings: ['placeholder'] }));
      return { value: NaN, percent: false };
    }
    const cell = readNumberCell(text, { integer, thousands: this.readsThousands && !integer, percent: !integer });
    if (text === '') {
      if (required) this.problems.add(problem('error', 'missing-value', this.place(line, field), { column: field }));
    } else if (Number.isNaN(cell.value)) {
      this.problems.add(problem('error', 'not-a-number', this.place(line, field), { column: field, value: text, ...cell.hint }));
    } else if (cell.readings.length > 0) {
      this.problems.add(problem('warning', 'number-read', this.place(line, field), { column: field, value: text, expected: String(cell.value), readings: cell.readings }));
    }
    return { value: cell.value, percent: cell.readings.includes('percent') };
  }

  /**
   * An unquoted thousands separator ("…,1,350,…") splits a number into two
   * cells and shifts every column after it: the row then has extra cells, a
   * number of 1–3 digits and a next cell of exactly three. That row would load
   * with wrong numbers, so it is an error, said in those terms.
   */
  private splitNumber(cells: readonly string[], line: number): boolean {
    for (const field of ['value', 'value_max'] as const) {
      const i = this.index[field];
      if (i === -1) continue;
      const head = (cells[i] ?? '').trim();
      const tail = (cells[i + 1] ?? '').trim();
      if (/^[+-]?\d{1,3}$/.test(head) && /^\d{3}(?:\.\d+)?$/.test(tail)) {
        this.problems.add(problem('error', 'split-number', this.place(line, field), { column: field, value: `${head},${tail}`, expected: head + tail }));
        return true;
      }
    }
    return false;
  }

  /**
   * The row's unit: % when its value was written 86.5% and the unit cell is empty or says %;
   * a different unit there is an error, since the file then says two things.
   */
  private unit(cells: readonly string[], line: number, percentWritten: boolean): string {
    const unit = this.cell(cells, 'unit');
    if (!percentWritten || unit === '%') return unit;
    if (unit === '' || unit === '\uff05') return '%';
    this.problems.add(problem('error', 'percent-unit-conflict', this.place(line, 'unit'), { value: unit }));
    return unit;
  }

  /**
   * Stores a row another reader has checked as read() would (delimited-rows.ts
   * hands over only rows read() would store without a problem).
   */
  accept(row: ValidRow, hints?: Int32Array): void {
    this.rows++;
    this.builder.add(row, hints);
  }

  /** Checks a row and stores it while the file has no error; a blank, totals, notes or no-figure row is skipped. */
  read(cells: readonly string[], line: number): void {
    if (cells.every((c) => c.trim() === '')) {
      this.skipBlank(line);
      return;
    }
    this.endBlankRun();
    if (this.skipped(cells, line)) return;
    this.rows++;
    const p = this.problems;
    if (cells.length > this.headerWidth && cells.slice(this.headerWidth).some((c) => c.trim() !== '')) {
      if (!this.splitNumber(cells, line)) {
        p.add(problem('warning', 'extra-cells', this.numberedColumns ? { line, column: this.headerWidth + 1 } : { line }));
      }
    }
    if (this.checkControls) {
      for (const column of COLUMNS) {
        const match = CONTROL_CHARACTER.exec(this.cell(cells, column));
        if (match) p.add(problem('error', 'control-character', this.place(line, column), { column, value: match[0] }));
      }
    }
    const regionCode = this.cell(cells, 'region_code');
    const region = this.cell(cells, 'region');
    if (!regionCode && !region) {
      const field = this.index.region_code !== -1 ? 'region_code' : 'region';
      p.add(problem('error', 'missing-value', this.place(line, field), { column: 'region_code / region' }));
    }
    const indicatorId = this.cell(cells, 'indicator_id');
    const indicator = this.cell(cells, 'indicator');
    if (!indicatorId && !indicator) {
      const field = this.index.indicator_id !== -1 ? 'indicator_id' : 'indicator';
      p.add(problem('error', 'missing-value', this.place(line, field), { column: 'indicator_id / indicator' }));
    }
    const year = this.number(cells, 'year', line, true, true).value;
    if (Number.isFinite(year) && (year < YEAR_MIN || year > YEAR_MAX)) {
      p.add(problem('error', 'year-out-of-range', this.place(line, 'year'), { value: String(year) }));
    }
    const kindText = this.cell(cells, 'kind');
    const kind = parseKind(kindText);
    if (!kind) {
      p.add(kindText === ''
        ? problem('error', 'missing-value', this.place(line, 'kind'), { column: 'kind' })
        : problem('error', 'unknown-kind', this.place(line, 'kind'), { value: kindText }));
    }
    const directionText = this.cell(cells, 'direction');
    const direction = parseDirection(directionText);
    if (!direction) p.add(problem('error', 'unknown-direction', this.place(line, 'direction'), { value: directionText }));
    const valueRead = this.number(cells, 'value', line, true);
    const maxRead = this.number(cells, 'value_max', line, false);
    const value = valueRead.value;
    const valueMax = maxRead.value;
    if (valueMax < value) {
      p.add(problem('warning', 'max-below-value', this.place(line, 'value_max'), { value: String(valueMax), expected: String(value) }));
    }
    const unit = this.unit(cells, line, valueRead.percent || maxRead.percent);
    if (unit === '%') {
      for (const [field, v] of [['value', value], ['value_max', valueMax]] as const) {
        if (v < 0 || v > 100) p.add(problem('warning', 'percent-out-of-range', this.place(line, field), { value: String(v) }));
      }
    }
    const excerpt = this.cell(cells, 'excerpt');
    if (excerpt.length > EXCERPT_MAX_LENGTH && codePointLength(excerpt) > EXCERPT_MAX_LENGTH) {
      p.add(problem('warning', 'excerpt-too-long', this.place(line, 'excerpt'), { limit: EXCERPT_MAX_LENGTH }));
    }
    // A file with any error gives no dataset, so after the first one rows are only checked.
    if (!p.hasErrors) {
      this.builder.add({
        regionCode,
        region,
        parent: this.cell(cells, 'parent'),
        year,
        theme: this.cell(cells, 'theme'),
        indicatorId,
        indicator,
        unit,
        kind: kind!,
        value,
        valueMax,
        direction: direction!,
        source: this.cell(cells, 'source'),
        sourceItem: this.cell(cells, 'source_item'),
        excerpt,
        regionEn: this.cell(cells, 'region_en'),
        indicatorEn: this.cell(cells, 'indicator_en'),
        unitEn: this.cell(cells, 'unit_en'),
        sourceEn: this.cell(cells, 'source_en'),
        line,
      });
    }
  }
}
