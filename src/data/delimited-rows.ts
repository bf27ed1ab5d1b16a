import { isTrimmed, readPlainNumber, trimEnd, trimStart } from './chars.js';
import {
  HINT_INDICATOR,
  HINT_REGION,
  HINT_SOURCE,
  HINT_SOURCE_ITEM,
  HINT_THEME,
  HINT_UNIT,
  HINT_UNIT_EN,
  HINTS,
  type ValidRow,
} from './columns.js';
import { Interner } from './interner.js';
import type { ProblemCollector } from './problems.js';
import {
  EXCERPT_MAX_LENGTH,
  YEAR_MAX,
  YEAR_MIN,
  parseDirection,
  parseKind,
  type Column,
  type Direction,
  type Kind,
} from './schema.js';
import { isTotalLabel } from './skipped-rows.js';
import type { RowCells } from './tokenizer.js';
import type { ColumnIndex, RowValidator } from './validate.js';

/** The repeating columns, interned; a column's place here is its slot in `ids` and `interners`. */
const INTERNED = [
  'region_code',
  'region',
  'parent',
  'theme',
  'indicator_id',
  'indicator',
  'unit',
  'kind',
  'direction',
  'source',
  'source_item',
  'region_en',
  'indicator_en',
  'unit_en',
  'source_en',
] as const satisfies readonly Column[];
const REGION_CODE = 0;
const REGION = 1;
const PARENT = 2;
const THEME = 3;
const INDICATOR_ID = 4;
const INDICATOR = 5;
const UNIT = 6;
const KIND = 7;
const DIRECTION = 8;
const SOURCE = 9;
const SOURCE_ITEM = 10;
const REGION_EN = 11;
const INDICATOR_EN = 12;
const UNIT_EN = 13;
const SOURCE_EN = 14;
/** The columns a totals row names itself in (合计 as a region or an indicator). */
const LABEL_COLUMNS = [REGION, REGION_CODE, INDICATOR, INDICATOR_ID] as const;
/** Every interner takes '' first, so an empty or missing cell is id 0 in each. */
const EMPTY = 0;

/**
 * The common case of a delimited row, read from the text's characters: a row
 * RowValidator.read would store without a word is stored as it would store it,
 * with the strings of repeating columns shared (interner.ts), numbers read from
 * their digits (chars.ts) and kind and direction parsed once per distinct text.
 * Any row that would get a problem, or is unusual in a way this reader does not
 * check (a blank, totals or notes row, extra cells, "" in a cell, a control character, an
 * error before it), goes to RowValidator.read as strings instead, so what is
 * said and stored never depends on which way a row went.
 *
 * One loop over the interned columns, not a call or two per cell: a 10k-row
 * file is read mostly before the optimizing compiler has run, where calls cost.
 */
export class DelimitedRowReader {
  private readonly interners = INTERNED.map(() => new Interner());
  /** Per interned column, its distinct strings (interners[k].values). */
  private readonly values = this.interners.map((interner) => interner.values);
  /** Per interned column, where its cell stands in a row; -1 when the file lacks it. */
  private readonly cellOf: Int32Array;
  /** The current row's id in each interned column. */
  private readonly ids = new Int32Array(INTERNED.length);
  /** Per interned column and id: the dictionary id the builder gave that text last time. */
  private readonly stored = INTERNED.map((): number[] => []);
  private readonly hints = new Int32Array(HINTS);
  private readonly year: number;
  private readonly value: number;
  private readonly valueMax: number;
  private readonly excerpt: number;
  /** Per kind id: the kind its text means, if any. */
  private readonly kinds: (Kind | undefined)[] = [];
  private readonly directions: (Direction | undefined)[] = [];
  /** Per interned column and id: whether the text names a totals row (合计), which RowValidator.read skips. */
  private readonly totals = INTERNED.map((): boolean[] => []);

  constructor(
    private readonly validator: RowValidator,
    index: ColumnIndex,
    private readonly headerWidth: number,
    private readonly problems: ProblemCollector,
  ) {
    this.cellOf = Int32Array.from(INTERNED, (column) => index[column]);
    for (const interner of this.interners) interner.id('', 0, 0);
    this.year = index.year;
    this.value = index.value;
    this.valueMax = index.value_max;
    this.excerpt = index.excerpt;
  }

  read(row: RowCells, line: number): void {
    const valid = row.controls || row.anyEscaped || row.count > this.headerWidth || this.problems.hasErrors ? undefined : this.fast(row, line);
    if (!valid) {
      this.validator.read(row.values(), line);
      return;
    }
    // The dictionary ids these cells got last time are likely right again (checked by the builder).
    const { ids, stored, hints } = this;
    const regionKey = valid.regionCode ? REGION_CODE : REGION;
    const indicatorKey = valid.indicatorId ? INDICATOR_ID : INDICATOR;
    hints[HINT_REGION] = stored[regionKey]![ids[regionKey]!] ?? -1;
    hints[HINT_INDICATOR] = stored[indicatorKey]![ids[indicatorKey]!] ?? -1;
    hints[HINT_THEME] = stored[THEME]![ids[THEME]!] ?? -1;
    hints[HINT_UNIT] = stored[UNIT]![ids[UNIT]!] ?? -1;
    hints[HINT_SOURCE] = stored[SOURCE]![ids[SOURCE]!] ?? -1;
    hints[HINT_SOURCE_ITEM] = stored[SOURCE_ITEM]![ids[SOURCE_ITEM]!] ?? -1;
    hints[HINT_UNIT_EN] = stored[UNIT_EN]![ids[UNIT_EN]!] ?? -1;
    this.validator.accept(valid, hints);
    stored[regionKey]![ids[regionKey]!] = hints[HINT_REGION]!;
    stored[indicatorKey]![ids[indicatorKey]!] = hints[HINT_INDICATOR]!;
    stored[THEME]![ids[THEME]!] = hints[HINT_THEME]!;
    stored[UNIT]![ids[UNIT]!] = hints[HINT_UNIT]!;
    stored[SOURCE]![ids[SOURCE]!] = hints[HINT_SOURCE]!;
    stored[SOURCE_ITEM]![ids[SOURCE_ITEM]!] = hints[HINT_SOURCE_ITEM]!;
    stored[UNIT_EN]![ids[UNIT_EN]!] = hints[HINT_UNIT_EN]!;
  }

  /** Sets ids to the row's trimmed cells' ids. */
  private internCells(row: RowCells): void {
    const { text, count, start, end, hash } = row;
    const { cellOf, ids, interners } = this;
    for (let k = 0; k < INTERNED.length; k++) {
      const i = cellOf[k]!;
      if (i === -1 || i >= count) {
        ids[k] = EMPTY;
        continue;
      }
      const from = start[i]!;
      const to = end[i]!;
      if (from < to && (isTrimmed(text.charCodeAt(from)) || isTrimmed(text.charCodeAt(to - 1)))) {
        const trimmed = trimStart(text, from, to);
        ids[k] = interners[k]!.id(text, trimmed, trimEnd(text, trimmed, to));
      } else ids[k] = interners[k]!.idHashed(text, from, to, hash[i]!);
    }
  }

  /** The row as RowValidator.read would store it, or undefined when that needs a closer look. */
  private fast(row: RowCells, line: number): ValidRow | undefined {
    this.internCells(row);
    const { ids } = this;
    if (ids[REGION_CODE] === EMPTY && ids[REGION] === EMPTY) return undefined;
    if (ids[INDICATOR_ID] === EMPTY && ids[INDICATOR] === EMPTY) return undefined;
    for (const k of LABEL_COLUMNS) {
      if (parsed(this.interners[k]!, ids[k]!, this.totals[k]!, isTotalLabel)) return undefined;
    }
    const year = plainNumber(row, this.year, true);
    if (year === undefined || !(year >= YEAR_MIN && year <= YEAR_MAX)) return undefined;
    const kind = parsed(this.interners[KIND]!, ids[KIND]!, this.kinds, parseKind);
    if (!kind) return undefined;
    const direction = parsed(this.interners[DIRECTION]!, ids[DIRECTION]!, this.directions, parseDirection);
    if (!direction) return undefined;
    const value = plainNumber(row, this.value, false);
    if (value === undefined || Number.isNaN(value)) return undefined;
    const valueMax = plainNumber(row, this.valueMax, false);
    if (valueMax === undefined || valueMax < value) return undefined;
    const { values } = this;
    const unit = values[UNIT]![ids[UNIT]!]!;
    if (unit === '%' && (value < 0 || value > 100 || valueMax < 0 || valueMax > 100)) return undefined;
    const excerpt = excerptText(row, this.excerpt);
    if (excerpt === undefined) return undefined;
    return {
      regionCode: values[REGION_CODE]![ids[REGION_CODE]!]!,
      region: values[REGION]![ids[REGION]!]!,
      parent: values[PARENT]![ids[PARENT]!]!,
      year,
      theme: values[THEME]![ids[THEME]!]!,
      indicatorId: values[INDICATOR_ID]![ids[INDICATOR_ID]!]!,
      indicator: values[INDICATOR]![ids[INDICATOR]!]!,
      unit,
      kind,
      value,
      valueMax,
      direction,
      source: values[SOURCE]![ids[SOURCE]!]!,
      sourceItem: values[SOURCE_ITEM]![ids[SOURCE_ITEM]!]!,
      excerpt,
      regionEn: values[REGION_EN]![ids[REGION_EN]!]!,
      indicatorEn: values[INDICATOR_EN]![ids[INDICATOR_EN]!]!,
      unitEn: values[UNIT_EN]![ids[UNIT_EN]!]!,
      sourceEn: values[SOURCE_EN]![ids[SOURCE_EN]!]!,
      line,
    };
  }
}

/** parse(the text of id), worked out once per distinct text and kept in cache (by id). */
function parsed<T>(interner: Interner, id: number, cache: T[], parse: (text: string) => T): T {
  while (cache.length <= id) cache.push(parse(interner.values[cache.length]!));
  return cache[id] as T;
}

/**
 * The row's cell i read as a plain number from its characters (chars.ts): NaN
 * when empty or missing, undefined when only the string path can say.
 */
function plainNumber(row: RowCells, i: number, integer: boolean): number | undefined {
  if (i === -1 || i >= row.count) return NaN;
  const { text } = row;
  const start = trimStart(text, row.start[i]!, row.end[i]!);
  const end = trimEnd(text, start, row.end[i]!);
  return start === end ? NaN : readPlainNumber(text, start, end, integer);
}

/** The row's trimmed excerpt; undefined when it may be too long (RowValidator.read counts code points). */
function excerptText(row: RowCells, i: number): string | undefined {
  if (i === -1 || i >= row.count) return '';
  const { text } = row;
  const start = trimStart(text, row.start[i]!, row.end[i]!);
  const end = trimEnd(text, start, row.end[i]!);
  return end - start > EXCERPT_MAX_LENGTH ? undefined : text.slice(start, end);
}
