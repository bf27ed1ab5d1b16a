import { groupBy, groupRows, type Groups } from './groups.js';
import type { ProblemCollector } from './problems.js';
import { problem, type ProblemPlace } from './problems.js';
import { KINDS, YEAR_MIN, YEAR_MAX, type Column, type Direction, type Kind } from './schema.js';
import { packStrings, StringDictionary, StringTableBuilder, type StringTable } from './string-table.js';

export type SourceFormat = 'csv' | 'tsv' | 'semicolon' | 'json';

/**
 * A validated dataset as plain columns: typed arrays and packed strings only,
 * so it crosses from a worker with its buffers transferred, not copied.
 * Dataset (dataset.ts) wraps it with look-ups.
 */
export interface DatasetData {
  readonly size: number;
  readonly format: SourceFormat;
  readonly encoding: string;
  /** Per region (dictionary order): key, code, name, parent, and the first English name its rows give ('' when none). */
  readonly regionKeys: StringTable;
  readonly regionCodes: StringTable;
  readonly regionNames: StringTable;
  readonly regionParents: StringTable;
  readonly regionNamesEn: StringTable;
  /** Per indicator: key, id, name, and the first English name and English unit its rows give. */
  readonly indicatorKeys: StringTable;
  readonly indicatorIds: StringTable;
  readonly indicatorNames: StringTable;
  readonly indicatorNamesEn: StringTable;
  readonly indicatorUnitsEn: StringTable;
  /** Per indicator, from its first row: unit, direction and theme codes. */
  readonly indicatorUnit: Uint32Array;
  readonly indicatorDirection: Uint8Array;
  readonly indicatorTheme: Uint32Array;
  readonly themes: StringTable;
  readonly units: StringTable;
  /** English units, '' first (entry 0). */
  readonly unitsEn: StringTable;
  readonly sources: StringTable;
  /** Per source (entry i names source i): the first English title its rows give, or ''. */
  readonly sourcesEn: StringTable;
  readonly sourceItems: StringTable;
  /** One a row: row i's excerpt is entry i. */
  readonly excerpts: StringTable;
  /** The years that have rows, ascending. */
  readonly years: Uint16Array;
  /** Per kept row (a dropped duplicate is not stored). */
  readonly region: Uint32Array;
  readonly indicator: Uint32Array;
  readonly theme: Uint32Array;
  readonly unit: Uint32Array;
  /** Per row: its English unit, an entry of unitsEn (0 when it gives none). */
  readonly unitEn: Uint32Array;
  readonly source: Uint32Array;
  readonly sourceItem: Uint32Array;
  readonly year: Uint16Array;
  readonly kind: Uint8Array;
  readonly direction: Uint8Array;
  readonly value: Float64Array;
  /** NaN where a row has no upper bound. */
  readonly valueMax: Float64Array;
  readonly line: Uint32Array;
  /** Each row's region × indicator pair, numbered in order of first appearance. */
  readonly pairOfRow: Uint32Array;
  /**
   * Row indices by pair, region, indicator, year (group y is year y) and theme. Built here, in the
   * worker for a large file: built lazily they would land on the main thread at first render.
   */
  readonly pairs: Groups;
  readonly byRegion: Groups;
  readonly byIndicator: Groups;
  readonly byYear: Groups;
  readonly byTheme: Groups;
}

/** The ArrayBuffers of a DatasetData, for postMessage's transfer list. */
export function transferables(data: DatasetData): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  for (const value of Object.values(data)) {
    if (ArrayBuffer.isView(value)) buffers.add(value.buffer as ArrayBuffer);
    else if (value && typeof value === 'object') {
      for (const inner of Object.values(value)) if (ArrayBuffer.isView(inner)) buffers.add(inner.buffer as ArrayBuffer);
    }
  }
  return [...buffers];
}

export const KIND_CODE: Readonly<Record<Kind, number>> = { target: 0, actual: 1, baseline: 2 };
export const DIRECTION_CODE: Readonly<Record<Direction, number>> = { higher: 0, lower: 1 };

export interface ValidRow {
  readonly regionCode: string;
  readonly region: string;
  readonly parent: string;
  readonly year: number;
  readonly theme: string;
  readonly indicatorId: string;
  readonly indicator: string;
  readonly unit: string;
  readonly kind: Kind;
  readonly value: number;
  readonly valueMax: number;
  readonly direction: Direction;
  readonly source: string;
  readonly sourceItem: string;
  readonly excerpt: string;
  readonly regionEn: string;
  readonly indicatorEn: string;
  readonly unitEn: string;
  readonly sourceEn: string;
  readonly line: number;
}

/**
 * Where ColumnsBuilder.add takes dictionary ids the caller expects for a row (each checked, see
 * StringDictionary.id) and leaves the ids the row got: the region key, indicator key, theme, unit,
 * source, source item and English unit, in that order.
 */
export const HINT_REGION = 0;
export const HINT_INDICATOR = 1;
export const HINT_THEME = 2;
export const HINT_UNIT = 3;
export const HINT_SOURCE = 4;
export const HINT_SOURCE_ITEM = 5;
export const HINT_UNIT_EN = 6;
export const HINTS = 7;

/** Bits of ColumnsBuilder's per-row note of which English names a row gives. */
const ENGLISH_REGION = 1;
const ENGLISH_INDICATOR = 2;
const ENGLISH_UNIT = 4;
const ENGLISH_SOURCE = 8;

type NumberColumn = Uint8Array | Uint16Array | Uint32Array | Float64Array;

function grow<T extends NumberColumn>(array: T, size: number): T {
  if (size <= array.length) return array;
  const next = new (array.constructor as new (n: number) => T)(Math.max(size, array.length * 2));
  next.set(array);
  return next;
}

/**
 * The first n entries: a view when the spare capacity is small (the estimate was
 * close, a copy would cost more than it frees), else a copy that frees the rest.
 */
function firstEntries<T extends NumberColumn>(array: T, n: number): T {
  return array.length - n <= n / 8 ? (array.subarray(0, n) as T) : (array.slice(0, n) as T);
}

/** The entries whose keep flag is 1, in order; the array itself when every one is kept. */
function keptEntries<T extends NumberColumn>(array: T, keep: Uint8Array, kept: number): T {
  if (kept === keep.length) return array;
  const out = new (array.constructor as new (n: number) => T)(kept);
  for (let i = 0, at = 0; i < keep.length; i++) if (keep[i]) out[at++] = array[i]!;
  return out;
}

/** Appends valid rows into columns, then indexes them and checks what needs every row (duplicates, units). */
export class ColumnsBuilder {
  private size = 0;
  private readonly regionKeys = new StringDictionary();
  private readonly regionCodes: string[] = [];
  private readonly regionNames: string[] = [];
  private readonly regionParents: string[] = [];
  private readonly regionNamesEn: string[] = [];
  /** A region named in one row and coded in another is one region. */
  private readonly regionKeyByName = new Map<string, string>();
  /** Per region, the last name looked for in regionKeyByName with it. */
  private readonly regionNameSeen: string[] = [];
  private readonly indicatorKeys = new StringDictionary();
  private readonly indicatorIds: string[] = [];
  private readonly indicatorNames: string[] = [];
  private readonly indicatorNamesEn: string[] = [];
  private readonly indicatorUnitsEn: string[] = [];
  private readonly indicatorKeyByName = new Map<string, string>();
  private readonly indicatorNameSeen: string[] = [];
  private readonly indicatorUnit: number[] = [];
  private readonly indicatorDirection: number[] = [];
  private readonly indicatorTheme: number[] = [];
  /** yearSeen[y] is 1 once a row of year y is read. */
  private readonly yearSeen = new Uint8Array(YEAR_MAX + 1);
  private readonly themes = new StringDictionary();
  private readonly units = new StringDictionary();
  /** '' is id 0 (put in first), so a row without an English unit needs no look-up. */
  private readonly unitsEn = new StringDictionary();
  private readonly sources = new StringDictionary();
  private readonly sourcesEn: string[] = [];
  private readonly sourceItems = new StringDictionary();
  /** One entry a row, not deduplicated: excerpts are almost all distinct, so a dictionary only costs lookups. */
  private readonly excerpts = new StringTableBuilder();
  private region: Uint32Array;
  private indicator: Uint32Array;
  private theme: Uint32Array;
  private unit: Uint32Array;
  private unitEn: Uint32Array;
  private source: Uint32Array;
  private sourceItem: Uint32Array;
  private year: Uint16Array;
  private kind: Uint8Array;
  private direction: Uint8Array;
  private value: Float64Array;
  private valueMax: Float64Array;
  private line: Uint32Array;
  /** Per row, the ENGLISH_* bits of the names it gives: what finish() needs to find partial translations. */
  private english: Uint8Array;
  /** The ENGLISH_* bits of every row together: a file without English skips that check. */
  private englishSeen = 0;

  constructor(expectedRows = 1024) {
    const n = Math.max(16, expectedRows);
    this.unitsEn.id('');
    this.region = new Uint32Array(n);
    this.indicator = new Uint32Array(n);
    this.theme = new Uint32Array(n);
    this.unit = new Uint32Array(n);
    this.unitEn = new Uint32Array(n);
    this.source = new Uint32Array(n);
    this.sourceItem = new Uint32Array(n);
    this.year = new Uint16Array(n);
    this.kind = new Uint8Array(n);
    this.direction = new Uint8Array(n);
    this.value = new Float64Array(n);
    this.valueMax = new Float64Array(n);
    this.line = new Uint32Array(n);
    this.english = new Uint8Array(n);
  }

  /** Appends a row; `hints` (HINT_*), when given, holds expected dictionary ids and gets the real ones. */
  add(row: ValidRow, hints?: Int32Array): void {
    const i = this.size++;
    if (i >= this.region.length) this.ensureCapacity(i + 1);
    const indicatorsBefore = this.indicatorKeys.size;
    const indicator = this.indicatorId(row, hints ? hints[HINT_INDICATOR]! : -1);
    const theme = this.themes.id(row.theme, hints ? hints[HINT_THEME]! : -1);
    const unit = this.units.id(row.unit, hints ? hints[HINT_UNIT]! : -1);
    const unitEn = row.unitEn === '' ? 0 : this.unitsEn.id(row.unitEn, hints ? hints[HINT_UNIT_EN]! : -1);
    const direction = DIRECTION_CODE[row.direction];
    if (indicator === indicatorsBefore) {
      this.indicatorUnit.push(unit);
      this.indicatorDirection.push(direction);
      this.indicatorTheme.push(theme);
      this.indicatorUnitsEn.push(row.unitEn);
    } else if (row.unitEn && !this.indicatorUnitsEn[indicator]) this.indicatorUnitsEn[indicator] = row.unitEn;
    const region = this.regionId(row, hints ? hints[HINT_REGION]! : -1);
    const source = this.sources.id(row.source, hints ? hints[HINT_SOURCE]! : -1);
    if (source === this.sourcesEn.length) this.sourcesEn.push(row.sourceEn);
    else if (row.sourceEn && !this.sourcesEn[source]) this.sourcesEn[source] = row.sourceEn;
    const sourceItem = this.sourceItems.id(row.sourceItem, hints ? hints[HINT_SOURCE_ITEM]! : -1);
    if (hints) {
      hints[HINT_REGION] = region;
      hints[HINT_INDICATOR] = indicator;
      hints[HINT_THEME] = theme;
      hints[HINT_UNIT] = unit;
      hints[HINT_SOURCE] = source;
      hints[HINT_SOURCE_ITEM] = sourceItem;
      hints[HINT_UNIT_EN] = unitEn;
    }
    const english =
      (row.regionEn ? ENGLISH_REGION : 0) |
      (row.indicatorEn ? ENGLISH_INDICATOR : 0) |
      (unitEn ? ENGLISH_UNIT : 0) |
      (row.sourceEn ? ENGLISH_SOURCE : 0);
    this.english[i] = english;
    this.englishSeen |= english;
    this.region[i] = region;
    this.indicator[i] = indicator;
    this.theme[i] = theme;
    this.unit[i] = unit;
    this.unitEn[i] = unitEn;
    this.source[i] = source;
    this.sourceItem[i] = sourceItem;
    this.excerpts.push(row.excerpt);
    this.year[i] = row.year;
    this.yearSeen[row.year] = 1;
    this.kind[i] = KIND_CODE[row.kind];
    this.direction[i] = direction;
    this.value[i] = row.value;
    this.valueMax[i] = row.valueMax;
    this.line[i] = row.line;
  }

  private ensureCapacity(n: number): void {
    this.region = grow(this.region, n);
    this.indicator = grow(this.indicator, n);
    this.theme = grow(this.theme, n);
    this.unit = grow(this.unit, n);
    this.unitEn = grow(this.unitEn, n);
    this.source = grow(this.source, n);
    this.sourceItem = grow(this.sourceItem, n);
    this.year = grow(this.year, n);
    this.kind = grow(this.kind, n);
    this.direction = grow(this.direction, n);
    this.value = grow(this.value, n);
    this.valueMax = grow(this.valueMax, n);
    this.line = grow(this.line, n);
    this.english = grow(this.english, n);
  }

  private regionId(row: ValidRow, hint: number): number {
    const key = row.regionCode || this.regionKeyByName.get(row.region) || row.region;
    const before = this.regionKeys.size;
    const id = this.regionKeys.id(key, hint);
    if (id === before) {
      this.regionCodes.push(row.regionCode);
      this.regionNames.push(row.region || row.regionCode);
      this.regionParents.push(row.parent);
      this.regionNamesEn.push(row.regionEn);
    } else {
      if (!this.regionParents[id] && row.parent) this.regionParents[id] = row.parent;
      if (this.regionNames[id] === this.regionCodes[id] && row.region) this.regionNames[id] = row.region;
      if (row.regionEn && !this.regionNamesEn[id]) this.regionNamesEn[id] = row.regionEn;
    }
    // Once a name has been looked for here with this region, it is in the Map (put then, or there before).
    if (row.regionCode && row.region && this.regionNameSeen[id] !== row.region) {
      this.regionNameSeen[id] = row.region;
      if (!this.regionKeyByName.has(row.region)) this.regionKeyByName.set(row.region, row.regionCode);
    }
    return id;
  }

  private indicatorId(row: ValidRow, hint: number): number {
    const key = row.indicatorId || this.indicatorKeyByName.get(row.indicator) || row.indicator;
    const before = this.indicatorKeys.size;
    const id = this.indicatorKeys.id(key, hint);
    if (id === before) {
      this.indicatorIds.push(row.indicatorId);
      this.indicatorNames.push(row.indicator || row.indicatorId);
      this.indicatorNamesEn.push(row.indicatorEn);
    } else {
      if (this.indicatorNames[id] === this.indicatorIds[id] && row.indicator) this.indicatorNames[id] = row.indicator;
      if (row.indicatorEn && !this.indicatorNamesEn[id]) this.indicatorNamesEn[id] = row.indicatorEn;
    }
    if (row.indicatorId && row.indicator && this.indicatorNameSeen[id] !== row.indicator) {
      this.indicatorNameSeen[id] = row.indicator;
      if (!this.indicatorKeyByName.has(row.indicator)) this.indicatorKeyByName.set(row.indicator, row.indicatorId);
    }
    return id;
  }

  /**
   * Indexes the rows and checks what needs them all: rows that repeat another's
   * region, indicator, year, kind and theme (an error when the values differ,
   * a dropped duplicate when they do not), indicators with several units and
   * English names given on some rows of a region, indicator or source only.
   */
  finish(
    format: SourceFormat,
    encoding: string,
    problems: ProblemCollector,
    place: (line: number, field: Column) => ProblemPlace,
  ): DatasetData {
    const n = this.size;
    const pairOfRow = new Uint32Array(n);
    const pairCount = this.assignPairs(pairOfRow, this.regionKeys.size, this.indicatorKeys.size);
    const keep = new Uint8Array(n).fill(1);
    const pairGroups = groupBy(pairOfRow, pairCount);
    const dropped = this.checkDuplicates(pairGroups, pairCount, keep, problems, place);
    this.checkUnits(problems, place);
    if (this.englishSeen) this.checkEnglish(problems, place);
    // Dropped duplicates leave the columns here, so row i of the data is the i-th kept row of the file.
    const kept = n - dropped;
    const column = <T extends NumberColumn>(array: T): T => keptEntries(firstEntries(array, n), keep, kept);
    const years: number[] = [];
    for (let y = YEAR_MIN; y <= YEAR_MAX; y++) if (this.yearSeen[y]) years.push(y);
    const region = column(this.region);
    const indicator = column(this.indicator);
    const theme = column(this.theme);
    const year = column(this.year);
    const keptPairOfRow = keptEntries(pairOfRow, keep, kept);
    return {
      size: kept,
      format,
      encoding,
      regionKeys: this.regionKeys.table(),
      regionCodes: packStrings(this.regionCodes),
      regionNames: packStrings(this.regionNames),
      regionParents: packStrings(this.regionParents),
      regionNamesEn: packStrings(this.regionNamesEn),
      indicatorKeys: this.indicatorKeys.table(),
      indicatorIds: packStrings(this.indicatorIds),
      indicatorNames: packStrings(this.indicatorNames),
      indicatorNamesEn: packStrings(this.indicatorNamesEn),
      indicatorUnitsEn: packStrings(this.indicatorUnitsEn),
      indicatorUnit: Uint32Array.from(this.indicatorUnit),
      indicatorDirection: Uint8Array.from(this.indicatorDirection),
      indicatorTheme: Uint32Array.from(this.indicatorTheme),
      themes: this.themes.table(),
      units: this.units.table(),
      unitsEn: this.unitsEn.table(),
      sources: this.sources.table(),
      sourcesEn: packStrings(this.sourcesEn),
      sourceItems: this.sourceItems.table(),
      excerpts: this.excerpts.table(dropped ? keep : undefined),
      years: Uint16Array.from(years),
      region,
      indicator,
      theme,
      unit: column(this.unit),
      unitEn: column(this.unitEn),
      source: column(this.source),
      sourceItem: column(this.sourceItem),
      year,
      kind: column(this.kind),
      direction: column(this.direction),
      value: column(this.value),
      valueMax: column(this.valueMax),
      line: column(this.line),
      pairOfRow: keptPairOfRow,
      // With no row dropped, the kept rows' pairs are the rows' pairs, already grouped.
      pairs: dropped ? groupBy(keptPairOfRow, pairCount) : pairGroups,
      byRegion: groupBy(region, this.regionKeys.size),
      byIndicator: groupBy(indicator, this.indicatorKeys.size),
      byYear: groupBy(year, YEAR_MAX + 1),
      byTheme: groupBy(theme, this.themes.size),
    };
  }

  /** Numbers each region × indicator pair that occurs; a lookup array when small, a Map when the grid is sparse and huge. */
  private assignPairs(pairOfRow: Uint32Array, regionCount: number, indicatorCount: number): number {
    const n = this.size;
    let pairCount = 0;
    if (regionCount * indicatorCount <= 1 << 22) {
      const ids = new Int32Array(regionCount * indicatorCount).fill(-1);
      for (let i = 0; i < n; i++) {
        const cell = this.region[i]! * indicatorCount + this.indicator[i]!;
        if (ids[cell] === -1) ids[cell] = pairCount++;
        pairOfRow[i] = ids[cell]!;
      }
    } else {
      const ids = new Map<number, number>();
      for (let i = 0; i < n; i++) {
        const cell = this.region[i]! * indicatorCount + this.indicator[i]!;
        let id = ids.get(cell);
        if (id === undefined) ids.set(cell, (id = pairCount++));
        pairOfRow[i] = id;
      }
    }
    return pairCount;
  }

  /** Flags repeated rows, clearing keep for the ones dropped; returns how many were dropped. */
  private checkDuplicates(
    pairs: Groups,
    pairCount: number,
    keep: Uint8Array,
    problems: ProblemCollector,
    place: (line: number, field: Column) => ProblemPlace,
  ): number {
    let dropped = 0;
    const seen = new Map<number, number>();
    const kinds = KINDS.length;
    const themeCount = this.themes.size;
    for (let p = 0; p < pairCount; p++) {
      const rows = groupRows(pairs, p);
      if (rows.length < 2) continue;
      seen.clear();
      for (const i of rows) {
        const key = ((this.year[i]! - YEAR_MIN) * kinds + this.kind[i]!) * themeCount + this.theme[i]!;
        const first = seen.get(key);
        if (first === undefined) {
          seen.set(key, i);
          continue;
        }
        const same =
          Object.is(this.value[i], this.value[first]) && Object.is(this.valueMax[i], this.valueMax[first]);
        const at = place(this.line[i]!, 'value');
        if (same) {
          keep[i] = 0;
          dropped++;
          problems.add(problem('warning', 'duplicate-row', at, { otherLine: this.line[first]! }));
        } else {
          problems.add(problem('error', 'conflicting-duplicate', at, { otherLine: this.line[first]! }));
        }
      }
    }
    return dropped;
  }

  private checkUnits(problems: ProblemCollector, place: (line: number, field: Column) => ProblemPlace): void {
    const unitOf = new Map<number, number>();
    for (let i = 0; i < this.size; i++) {
      const indicator = this.indicator[i]!;
      const unit = unitOf.get(indicator);
      if (unit === undefined) unitOf.set(indicator, this.unit[i]!);
      else if (unit !== this.unit[i] && unit !== -1) {
        unitOf.set(indicator, -1);
        problems.add(
          problem(
            'warning',
            'mixed-units',
            place(this.line[i]!, 'unit'),
            {
              value: this.indicatorNames[indicator]!,
              detail: `${this.units.values[unit] || '—'} / ${this.units.values[this.unit[i]!] || '—'}`,
            },
          ),
        );
      }
    }
  }

  /**
   * English names given on some rows of a region, indicator or source and not on others are most
   * likely a translation left unfinished: one warning per column and group, at its first row without.
   * indicator_en and unit_en go by indicator, region_en by region, source_en by source.
   */
  private checkEnglish(problems: ProblemCollector, place: (line: number, field: Column) => ProblemPlace): void {
    const checks = [
      [ENGLISH_REGION, 'region_en', this.region, this.regionNames],
      [ENGLISH_INDICATOR, 'indicator_en', this.indicator, this.indicatorNames],
      [ENGLISH_UNIT, 'unit_en', this.indicator, this.indicatorNames],
      [ENGLISH_SOURCE, 'source_en', this.source, this.sources.values],
    ] as const;
    for (const [bit, column, groupOf, names] of checks) {
      if (!(this.englishSeen & bit)) continue;
      const firstWith = new Int32Array(names.length).fill(-1);
      const firstWithout = new Int32Array(names.length).fill(-1);
      for (let i = 0; i < this.size; i++) {
        const first = this.english[i]! & bit ? firstWith : firstWithout;
        if (first[groupOf[i]!] === -1) first[groupOf[i]!] = i;
      }
      for (let group = 0; group < names.length; group++) {
        const without = firstWithout[group]!;
        const given = firstWith[group]!;
        // Rows without a source name no document, so there is no title to translate.
        if (without === -1 || given === -1 || names[group] === '') continue;
        problems.add(
          problem('warning', 'partial-english', place(this.line[without]!, column), {
            column,
            value: names[group]!,
            otherLine: this.line[given]!,
          }),
        );
      }
    }
  }
}
