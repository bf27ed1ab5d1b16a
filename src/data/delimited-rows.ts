import { readPlainNumber, trimEnd, trimStart } from './chars.js';
import {
  HINT_INDICATOR,
  HINT_REGION,
  HINT_SOURCE,
  HINT_SOURCE_ITEM,
  HINT_THEME,
  HINT_UNIT,
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
import type { RowCells } from './tokenizer.js';
import type { ColumnIndex, RowValidator } from './validate.js';

/**
 * The common case of a delimited row, read from the text's characters: a row
 * RowValidator.read would store without a word is stored as it would store it,
 * with the strings of repeating columns shared (interner.ts), numbers read from
 * their digits (chars.ts) and kind and direction parsed once per distinct text.
 * Any row that would get a problem, or is unusual in a way this reader does not
 * check (a blank row, extra cells, "" in a cell, a control character, an
 * error before it), goes to RowValidator.read as strings instead, so
 * what is said and stored never depends on which way a row went.
 */
export class DelimitedRowReader {
  private readonly regionCode: CellReader;
  private readonly region: CellReader;
  private readonly parent: CellReader;
  private readonly theme: CellReader;
  private readonly indicatorId: CellReader;
  private readonly indicator: CellReader;
  private readonly unit: CellReader;
  private readonly kind: CellReader;
  private readonly direction: CellReader;
  private readonly source: CellReader;
  private readonly sourceItem: CellReader;
  private readonly year: number;
  private readonly value: number;
  private readonly valueMax: number;
  private readonly excerpt: number;
  private readonly hints = new Int32Array(HINTS);
  /** Per kind id: the kind its text means, if any. */
  private readonly kinds: (Kind | undefined)[] = [];
  private readonly directions: (Direction | undefined)[] = [];

  constructor(
    private readonly validator: RowValidator,
    index: ColumnIndex,
    private readonly headerWidth: number,
    private readonly problems: ProblemCollector,
  ) {
    const interned = (column: Column) => new CellReader(index[column]);
    this.regionCode = interned('region_code');
    this.region = interned('region');
    this.parent = interned('parent');
    this.theme = interned('theme');
    this.indicatorId = interned('indicator_id');
    this.indicator = interned('indicator');
    this.unit = interned('unit');
    this.kind = interned('kind');
    this.direction = interned('direction');
    this.source = interned('source');
    this.sourceItem = interned('source_item');
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
    const hints = this.hints;
    const regionKey = valid.regionCode ? this.regionCode : this.region;
    const indicatorKey = valid.indicatorId ? this.indicatorId : this.indicator;
    hints[HINT_REGION] = regionKey.hint();
    hints[HINT_INDICATOR] = indicatorKey.hint();
    hints[HINT_THEME] = this.theme.hint();
    hints[HINT_UNIT] = this.unit.hint();
    hints[HINT_SOURCE] = this.source.hint();
    hints[HINT_SOURCE_ITEM] = this.sourceItem.hint();
    this.validator.accept(valid, hints);
    regionKey.remember(hints[HINT_REGION]!);
    indicatorKey.remember(hints[HINT_INDICATOR]!);
    this.theme.remember(hints[HINT_THEME]!);
    this.unit.remember(hints[HINT_UNIT]!);
    this.source.remember(hints[HINT_SOURCE]!);
    this.sourceItem.remember(hints[HINT_SOURCE_ITEM]!);
  }

  /** The row as RowValidator.read would store it, or undefined when that needs a closer look. */
  private fast(row: RowCells, line: number): ValidRow | undefined {
    const regionCode = this.regionCode.text(row);
    const region = this.region.text(row);
    if (!regionCode && !region) return undefined;
    const indicatorId = this.indicatorId.text(row);
    const indicator = this.indicator.text(row);
    if (!indicatorId && !indicator) return undefined;
    const year = plainNumber(row, this.year, true);
    if (year === undefined || !(year >= YEAR_MIN && year <= YEAR_MAX)) return undefined;
    const kind = this.kind.parsed(row, this.kinds, parseKind);
    if (!kind) return undefined;
    const direction = this.direction.parsed(row, this.directions, parseDirection);
    if (!direction) return undefined;
    const value = plainNumber(row, this.value, false);
    if (value === undefined || Number.isNaN(value)) return undefined;
    const valueMax = plainNumber(row, this.valueMax, false);
    if (valueMax === undefined || valueMax < value) return undefined;
    const unit = this.unit.text(row);
    if (unit === '%' && (value < 0 || value > 100 || valueMax < 0 || valueMax > 100)) return undefined;
    const excerpt = excerptText(row, this.excerpt);
    if (excerpt === undefined) return undefined;
    return {
      regionCode,
      region,
      parent: this.parent.text(row),
      year,
      theme: this.theme.text(row),
      indicatorId,
      indicator,
      unit,
      kind,
      value,
      valueMax,
      direction,
      source: this.source.text(row),
      sourceItem: this.sourceItem.text(row),
      excerpt,
      line,
    };
  }
}

/** One repeating column: its trimmed cells as shared strings. */
class CellReader {
  private readonly interner = new Interner();
  readonly values = this.interner.values;
  private readonly empty: number;

  constructor(private readonly cell: number) {
    this.empty = this.interner.id('', 0, 0);
  }

  /** The id of the cell read last. */
  private last = 0;
  /** Per id, the dictionary id the builder gave that text last time. */
  private readonly stored: number[] = [];

  /** The id of the row's trimmed cell ('' when the row or the file lacks it). */
  id(row: RowCells): number {
    const i = this.cell;
    if (i === -1 || i >= row.count) return (this.last = this.empty);
    const { text } = row;
    const start = trimStart(text, row.start[i]!, row.end[i]!);
    return (this.last = this.interner.id(text, start, trimEnd(text, start, row.end[i]!)));
  }

  /** The dictionary id the cell read last got last time, or -1. */
  hint(): number {
    return this.stored[this.last] ?? -1;
  }

  remember(dictionaryId: number): void {
    this.stored[this.last] = dictionaryId;
  }

  /** parse(the row's trimmed cell), worked out once per distinct text and kept in cache (by id). */
  parsed<T>(row: RowCells, cache: T[], parse: (text: string) => T): T {
    const id = this.id(row);
    while (cache.length <= id) cache.push(parse(this.values[cache.length]!));
    return cache[id] as T;
  }

  /** The row's trimmed cell, the same string each time the same text comes. */
  text(row: RowCells): string {
    return this.values[this.id(row)]!;
  }
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
