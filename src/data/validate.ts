import type { ColumnsBuilder, ValidRow } from './columns.js';
import { problem, type ProblemCollector, type ProblemPlace } from './problems.js';
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

/** Plain decimal numbers only: Number() alone would take '', '0x1F', ' 1 ' and 'Infinity'. */
const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const INTEGER = /^[+-]?\d+$/;

/** Digits grouped by thousands with commas: "1,350", "12,000.5". */
const GROUPED = /^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
/** Full-width digits, signs, point and comma (what a Chinese IME types in full-width mode). */
const FULLWIDTH = /[\uff0b\uff0c\uff0d\uff0e\uff10-\uff19]/;

/**
 * Why a number cell is not a plain number, when it is one written another way:
 * full-width characters ("８８．４") or a thousands separator ("1,350"). Both
 * stay errors (in a semicolon file "1,350" may mean 1.35), but the message
 * then says exactly what to write.
 */
function numberHint(text: string, pattern: RegExp): { hint: 'fullwidth' | 'thousands'; expected: string } | undefined {
  const halfWidth = FULLWIDTH.test(text) ? text.replace(/[\uff0b-\uff19]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)) : text;
  const plain = GROUPED.test(halfWidth) ? halfWidth.replace(/,/g, '') : halfWidth;
  if (plain === text || !pattern.test(plain)) return undefined;
  return { hint: halfWidth !== text ? 'fullwidth' : 'thousands', expected: plain };
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
  ) {}

  private cell(cells: readonly string[], column: Column): string {
    const i = this.index[column];
    return i === -1 ? '' : (cells[i] ?? '').trim();
  }

  /** Where a problem about this field of this line is, in the file's own terms. */
  place(line: number, field: Column): ProblemPlace {
    return this.numberedColumns ? { line, column: this.index[field] + 1, field } : { line, field };
  }

  private number(cells: readonly string[], field: Column, line: number, required: boolean, pattern = DECIMAL): number {
    const text = this.cell(cells, field);
    if (text === '') {
      if (required) this.problems.add(problem('error', 'missing-value', this.place(line, field), { column: field }));
      return NaN;
    }
    const value = pattern.test(text) ? Number(text) : NaN;
    if (!Number.isFinite(value)) {
      const hint = numberHint(text, pattern);
      this.problems.add(problem('error', 'not-a-number', this.place(line, field), { column: field, value: text, ...hint }));
    }
    return value;
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
   * Stores a row another reader has checked as read() would (delimited-rows.ts
   * hands over only rows read() would store without a problem).
   */
  accept(row: ValidRow, hints?: Int32Array): void {
    this.rows++;
    this.builder.add(row, hints);
  }

  /** Checks a row and stores it while the file has no error; a blank row is skipped silently. */
  read(cells: readonly string[], line: number): void {
    if (cells.every((c) => c.trim() === '')) return;
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
    const year = this.number(cells, 'year', line, true, INTEGER);
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
    const value = this.number(cells, 'value', line, true);
    const valueMax = this.number(cells, 'value_max', line, false);
    if (valueMax < value) {
      p.add(problem('warning', 'max-below-value', this.place(line, 'value_max'), { value: String(valueMax), expected: String(value) }));
    }
    const unit = this.cell(cells, 'unit');
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
