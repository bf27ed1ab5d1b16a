/**
 * Number cells as spreadsheets write them: what can be read without doubt is
 * read, and said (a warning in validate.ts); what stays ambiguous is an error.
 */

/** Plain decimal numbers only: Number() alone would take '', '0x1F', ' 1 ' and 'Infinity'. */
const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const INTEGER = /^[+-]?\d+$/;

/** Digits grouped by thousands with commas: "1,350", "12,000.5". */
const GROUPED = /^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
/** Full-width digits, signs, point, comma and percent sign (what a Chinese IME types in full-width mode). */
const FULLWIDTH = /[\uff05\uff0b\uff0c\uff0d\uff0e\uff10-\uff19]/;
const FULLWIDTH_ALL = new RegExp(FULLWIDTH.source, 'g');
/** A percent sign at the end, half- or full-width, with or without a space before it. */
const PERCENT = /^(.*?)\s*%$/;
/** What a spreadsheet writes for "no figure": dashes, a slash, an ellipsis. */
const PLACEHOLDER = /^(?:[-\u2012-\u2015\u2500\uff0d]{1,2}|[/\uff0f]|\.{3}|[\u2026\u22ef]{1,2})$/;

/** How a number cell was read, when it was not a plain number. */
export type NumberReading = 'fullwidth' | 'thousands' | 'percent';

export interface NumberCell {
  /** NaN when the cell is empty or not a number (a placeholder is told apart by isPlaceholder). */
  readonly value: number;
  /** What was read other than as written, in the order applied. */
  readonly readings: readonly NumberReading[];
  /** Why a cell is not a number when it is one written a way not read here: "1,350" in a semicolon file, and what to write. */
  readonly hint?: { readonly hint: 'thousands'; readonly expected: string };
}

export interface NumberOptions {
  readonly integer: boolean;
  /** "12,480" read as 12480: not in a semicolon file, where "1,350" may be 1.35. */
  readonly thousands: boolean;
  /** "86.5%" read as 86.5 with unit %. */
  readonly percent: boolean;
}

/** A dash, slash or ellipsis alone: how a spreadsheet says "no figure". */
export function isPlaceholder(text: string): boolean {
  return PLACEHOLDER.test(text);
}

const EMPTY: NumberCell = { value: NaN, readings: [] };

/** A trimmed, non-empty cell read as a number where that is unambiguous. */
export function readNumberCell(text: string, options: NumberOptions): NumberCell {
  if (text === '') return EMPTY;
  const pattern = options.integer ? INTEGER : DECIMAL;
  if (pattern.test(text)) return { value: Number(text), readings: [] };
  const readings: NumberReading[] = [];
  let plain = text;
  if (FULLWIDTH.test(plain)) {
    plain = plain.replace(FULLWIDTH_ALL, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
    readings.push('fullwidth');
  }
  const percent = options.percent ? PERCENT.exec(plain) : null;
  if (percent) {
    plain = percent[1]!;
    readings.push('percent');
  }
  if (GROUPED.test(plain)) {
    if (!options.thousands) return { ...EMPTY, hint: { hint: 'thousands', expected: plain.replace(/,/g, '') } };
    plain = plain.replace(/,/g, '');
    readings.push('thousands');
  }
  return pattern.test(plain) ? { value: Number(plain), readings } : EMPTY;
}
