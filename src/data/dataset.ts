import type { DatasetData, SourceFormat } from './columns.js';
import { groupRows } from './groups.js';
import { DIRECTIONS, KINDS, YEAR_MAX, type Direction, type IndicatorRow, type Kind } from './schema.js';
import { stringAt, tableSize, type StringTable } from './string-table.js';
import { concat } from './typed-arrays.js';

export interface RegionInfo {
  /** The code when the dataset has one, else the name: what rows' regionKey holds. */
  readonly key: string;
  readonly code: string;
  readonly name: string;
  readonly parent: string;
  /** The first English name the region's rows give, or ''. */
  readonly nameEn: string;
}

export interface IndicatorInfo {
  /** The id when the dataset has one, else the name: what rows' indicatorKey holds. */
  readonly key: string;
  readonly id: string;
  readonly name: string;
  /** The first English name the indicator's rows give, or ''. */
  readonly nameEn: string;
  /** Unit, direction and theme of the indicator's first row. */
  readonly unit: string;
  /** The first English unit the indicator's rows give, or ''. */
  readonly unitEn: string;
  readonly direction: Direction;
  readonly theme: string;
}

/** What to select; every field optional, a region or indicator by key, code, id or name. */
export interface RowFilter {
  readonly region?: string | readonly string[];
  readonly indicator?: string;
  readonly year?: number;
  readonly kind?: Kind;
  readonly theme?: string;
}

function entries(table: StringTable): string[] {
  return Array.from({ length: tableSize(table) }, (_, i) => stringAt(table, i));
}

/** Each non-empty name to the first entry it names, the lists taken in order (earlier lists win). */
function nameIndex(lists: readonly (readonly string[])[]): Map<string, number> {
  const index = new Map<string, number>();
  for (const names of lists) {
    for (let i = 0; i < names.length; i++) {
      const name = names[i]!;
      if (name !== '' && !index.has(name)) index.set(name, i);
    }
  }
  return index;
}

/**
 * What a Dataset works out from its data only when first asked: a chart needs one
 * region's and one indicator's entry and the name look-ups, not an object for each
 * of a national file's 2,800 regions, made before its first draw.
 */
interface Lazy {
  /** A file's sources, one a region, year and kind in a national file: 76,000 strings for the 100k-row bench file. */
  sources?: { readonly names: readonly string[]; readonly en: readonly string[] };
  regions?: readonly RegionInfo[];
  indicators?: readonly IndicatorInfo[];
  regionByName?: ReadonlyMap<string, number>;
  indicatorByName?: ReadonlyMap<string, number>;
  /** Per region (indicator), its entry once one was asked for alone. */
  readonly region: RegionInfo[];
  readonly indicator: IndicatorInfo[];
}

/**
 * An immutable, indexed dataset. Built once from DatasetData (on the main thread
 * or in a worker); look-ups by region, indicator, year, kind and theme go through
 * precomputed groups, so a chart's slice costs the size of the slice, not of the file.
 * The region, indicator and source lists and name look-ups are made on first use (Lazy).
 */
export class Dataset {
  readonly size: number;
  readonly format: SourceFormat;
  readonly encoding: string;
  /** Ascending. */
  readonly years: readonly number[];
  /** Non-empty themes, in order of first appearance in the file. */
  readonly themes: readonly string[];
  private readonly themeIds: ReadonlyMap<string, number>;
  private readonly lazy: Lazy = { region: [], indicator: [] };

  constructor(readonly data: DatasetData) {
    this.size = data.size;
    this.format = data.format;
    this.encoding = data.encoding;
    this.years = Object.freeze(Array.from(data.years));
    const themes = entries(data.themes);
    this.themes = Object.freeze(themes.filter((t) => t !== ''));
    this.themeIds = new Map(themes.map((t, i) => [t, i]));
    Object.freeze(this);
  }

  /** Non-empty source documents, in order of first appearance in the file. */
  get sources(): readonly string[] {
    return this.namedSources.names;
  }

  /** Each source's English title (source_en), in the order of sources; '' where the file gives none. */
  get sourcesEn(): readonly string[] {
    return this.namedSources.en;
  }

  private get namedSources(): NonNullable<Lazy['sources']> {
    const d = this.data;
    return (this.lazy.sources ??= (() => {
      const sourcesEn = entries(d.sourcesEn);
      const named = entries(d.sources).map((name, i) => ({ name, en: sourcesEn[i] ?? '' })).filter((source) => source.name !== '');
      return { names: Object.freeze(named.map((source) => source.name)), en: Object.freeze(named.map((source) => source.en)) };
    })());
  }

  /** In order of first appearance in the file. */
  get regions(): readonly RegionInfo[] {
    return (this.lazy.regions ??= Object.freeze(Array.from({ length: tableSize(this.data.regionKeys) }, (_, i) => this.regionAt(i))));
  }

  /** In order of first appearance in the file. */
  get indicators(): readonly IndicatorInfo[] {
    return (this.lazy.indicators ??= Object.freeze(Array.from({ length: tableSize(this.data.indicatorKeys) }, (_, i) => this.indicatorAt(i))));
  }

  private regionAt(i: number): RegionInfo {
    const d = this.data;
    return (this.lazy.region[i] ??= Object.freeze({
      key: stringAt(d.regionKeys, i),
      code: stringAt(d.regionCodes, i),
      name: stringAt(d.regionNames, i),
      parent: stringAt(d.regionParents, i),
      nameEn: stringAt(d.regionNamesEn, i),
    }));
  }

  private indicatorAt(i: number): IndicatorInfo {
    const d = this.data;
    return (this.lazy.indicator[i] ??= Object.freeze({
      key: stringAt(d.indicatorKeys, i),
      id: stringAt(d.indicatorIds, i),
      name: stringAt(d.indicatorNames, i),
      nameEn: stringAt(d.indicatorNamesEn, i),
      unit: stringAt(d.units, d.indicatorUnit[i]!),
      unitEn: stringAt(d.indicatorUnitsEn, i),
      direction: DIRECTIONS[d.indicatorDirection[i]!]!,
      theme: stringAt(d.themes, d.indicatorTheme[i]!),
    }));
  }

  /** Keys first, then codes, then names: a query matches the most specific thing it can. */
  private get regionByName(): ReadonlyMap<string, number> {
    const d = this.data;
    return (this.lazy.regionByName ??= nameIndex([entries(d.regionKeys), entries(d.regionCodes), entries(d.regionNames)]));
  }

  private get indicatorByName(): ReadonlyMap<string, number> {
    const d = this.data;
    return (this.lazy.indicatorByName ??= nameIndex([entries(d.indicatorKeys), entries(d.indicatorIds), entries(d.indicatorNames)]));
  }

  /** A region by key, code or name (trimmed); undefined when the dataset has none such. */
  region(query: string): RegionInfo | undefined {
    const i = this.regionByName.get(query.trim());
    return i === undefined ? undefined : this.regionAt(i);
  }

  /** An indicator by key, id or name (trimmed). */
  indicator(query: string): IndicatorInfo | undefined {
    const i = this.indicatorByName.get(query.trim());
    return i === undefined ? undefined : this.indicatorAt(i);
  }

  /** The rows matching every given field, in file order. An unknown region or indicator matches nothing. */
  select(filter: RowFilter = {}): IndicatorRow[] {
    return Array.from(this.selectIndices(filter), (i) => this.row(i));
  }

  /** Row indices matching the filter, in file order (for callers that read columns themselves). */
  selectIndices(filter: RowFilter): Uint32Array {
    const d = this.data;
    const regionQueries =
      filter.region === undefined ? undefined
      : typeof filter.region === 'string' ? [filter.region]
      : filter.region;
    const regionIds = regionQueries?.map((q) => this.regionByName.get(q.trim()) ?? -1);
    const indicatorId = filter.indicator === undefined ? undefined : (this.indicatorByName.get(filter.indicator.trim()) ?? -1);
    const themeId = filter.theme === undefined ? undefined : (this.themeIds.get(filter.theme.trim()) ?? -1);
    const kindCode = filter.kind === undefined ? undefined : KINDS.indexOf(filter.kind);
    if (indicatorId === -1 || themeId === -1 || (regionIds && regionIds.every((r) => r === -1))) return new Uint32Array(0);

    let candidates: Uint32Array;
    if (regionIds && indicatorId !== undefined) {
      const parts = regionIds.filter((r) => r !== -1).map((r) => this.pairRows(r, indicatorId));
      candidates = sortedUnion(parts);
    } else {
      const options: Uint32Array[] = [];
      if (regionIds) options.push(sortedUnion(regionIds.filter((r) => r !== -1).map((r) => groupRows(d.byRegion, r))));
      if (indicatorId !== undefined) options.push(groupRows(d.byIndicator, indicatorId));
      if (filter.year !== undefined) options.push(this.yearRows(filter.year));
      if (themeId !== undefined) options.push(groupRows(d.byTheme, themeId));
      candidates = options.length ? options.reduce((a, b) => (b.length < a.length ? b : a)) : this.allIndices();
    }
    const wantedRegions = regionIds ? new Set(regionIds) : undefined;
    const out: number[] = [];
    for (const i of candidates) {
      if (wantedRegions && !wantedRegions.has(d.region[i]!)) continue;
      if (indicatorId !== undefined && d.indicator[i] !== indicatorId) continue;
      if (filter.year !== undefined && d.year[i] !== filter.year) continue;
      if (kindCode !== undefined && d.kind[i] !== kindCode) continue;
      if (themeId !== undefined && d.theme[i] !== themeId) continue;
      out.push(i);
    }
    return Uint32Array.from(out);
  }

  private yearRows(year: number): Uint32Array {
    return Number.isInteger(year) && year >= 0 && year <= YEAR_MAX ? groupRows(this.data.byYear, year) : new Uint32Array(0);
  }

  private pairRows(region: number, indicator: number): Uint32Array {
    // Pairs are numbered in file order; find this pair through the region's first row of the indicator.
    const d = this.data;
    for (const i of groupRows(d.byRegion, region)) {
      if (d.indicator[i] === indicator) return groupRows(d.pairs, d.pairOfRow[i]!);
    }
    return new Uint32Array(0);
  }

  /** Row i as an object (i indexes the file's kept rows in file order, as selectIndices returns). */
  row(i: number): IndicatorRow {
    const d = this.data;
    const region = this.regionAt(d.region[i]!);
    const indicator = this.indicatorAt(d.indicator[i]!);
    const valueMax = d.valueMax[i]!;
    return {
      regionKey: region.key,
      regionCode: region.code,
      region: region.name,
      parent: region.parent,
      year: d.year[i]!,
      theme: stringAt(d.themes, d.theme[i]!),
      indicatorKey: indicator.key,
      indicatorId: indicator.id,
      indicator: indicator.name,
      unit: stringAt(d.units, d.unit[i]!),
      kind: KINDS[d.kind[i]!]!,
      value: d.value[i]!,
      valueMax: Number.isNaN(valueMax) ? undefined : valueMax,
      direction: DIRECTIONS[d.direction[i]!]!,
      source: stringAt(d.sources, d.source[i]!),
      sourceItem: stringAt(d.sourceItems, d.sourceItem[i]!),
      excerpt: stringAt(d.excerpts, i),
      regionEn: region.nameEn,
      indicatorEn: indicator.nameEn,
      unitEn: stringAt(d.unitsEn, d.unitEn[i]!),
      sourceEn: stringAt(d.sourcesEn, d.source[i]!),
      line: d.line[i]!,
    };
  }

  /** Every kept row, in file order. */
  *[Symbol.iterator](): IterableIterator<IndicatorRow> {
    for (const i of this.allIndices()) yield this.row(i);
  }

  /** Every row index, in file order (dropped duplicates are not stored, so that is 0 … size - 1). */
  private allIndices(): Uint32Array {
    const out = new Uint32Array(this.size);
    for (let i = 0; i < out.length; i++) out[i] = i;
    return out;
  }
}

/** Row indices of several groups, in file order (each group already is; one needs no sort). */
function sortedUnion(parts: readonly Uint32Array[]): Uint32Array {
  return parts.length === 1 ? parts[0]! : concat(parts, (n) => new Uint32Array(n)).sort();
}
