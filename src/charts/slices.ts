import type { Dataset, IndicatorInfo, RegionInfo } from '../data/dataset.js';
import { pairTarget, type Pairing } from '../data/pairing.js';
import type { IndicatorRow } from '../data/schema.js';
import type { Theme } from '../data/themes.js';
import type { Locale } from '../i18n/locale.js';
import { indicatorName, regionName } from './names.js';

/** What a chart's attributes ask for; region may list several (comma-separated in the attribute). */
export interface Selection {
  readonly regions: readonly string[];
  readonly indicator: string | undefined;
  readonly year: number | undefined;
}

/**
 * What a region lacks to be placed on a radar, by measure: an indicator with
 * both a target and an actual (attainment), a quantified target (targets), or
 * a value of the measure's indicator (indicator:<id>).
 */
export type RadarLack = 'no-paired-indicator' | 'no-target' | 'no-value';

/** Regions asked for that a radar cannot compare, and why. */
export interface NotCompared {
  /** Their names, in the reader's language. */
  readonly regions: readonly string[];
  /** The year asked for, when one was (else they have no value in any year). */
  readonly year: number | undefined;
  readonly lack: RadarLack;
  /** The measure's indicator (measure indicator:<id>), named in the reader's language. */
  readonly indicator: string | undefined;
}

/** Why a selection gives nothing to draw; the element turns it into a message. */
export type EmptyReason =
  | { readonly reason: 'unknown-region'; readonly query: string }
  | { readonly reason: 'unknown-indicator'; readonly query: string }
  | { readonly reason: 'no-indicator' }
  | {
      readonly reason: 'no-data';
      /** The regions and indicator asked for: the element names them in the reader's language. */
      readonly regions?: readonly RegionInfo[];
      readonly year?: number;
      readonly indicator?: IndicatorInfo;
      /** A radar: none of the regions has a value for its measure, and why. */
      readonly notCompared?: NotCompared;
    }
  | { readonly reason: 'unknown-theme'; readonly query: string }
  | { readonly reason: 'no-targets'; readonly region?: string; readonly year?: number; readonly theme?: string };

export type SliceResult<T> = ({ readonly ok: true } & T) | ({ readonly ok: false } & EmptyReason);

export function resolveRegions(dataset: Dataset, queries: readonly string[]): RegionInfo[] | EmptyReason {
  const regions: RegionInfo[] = [];
  for (const query of queries) {
    const region = dataset.region(query);
    if (!region) return { reason: 'unknown-region', query };
    if (!regions.includes(region)) regions.push(region);
  }
  return regions;
}

function resolveIndicator(dataset: Dataset, query: string | undefined): IndicatorInfo | EmptyReason {
  if (!query) return { reason: 'no-indicator' };
  return dataset.indicator(query) ?? { reason: 'unknown-indicator', query };
}

export const isReason = (x: unknown): x is EmptyReason => typeof x === 'object' && x !== null && 'reason' in x;

// ---------------------------------------------------------------- gauge

export interface GaugeSlice {
  readonly region: RegionInfo;
  readonly indicator: IndicatorInfo;
  readonly year: number;
  readonly pairing: Pairing;
  /** The rows the gauge shows: actual, target and baseline where present. */
  readonly rows: readonly IndicatorRow[];
  /**
   * The indicator's actuals up to the year, oldest first, one a year (the first
   * of a year, as the pairing takes it): the figure's own history.
   */
  readonly history: readonly IndicatorRow[];
}

/** Without a year: the latest year that has an actual, else the latest target's year. */
export function gaugeSlice(dataset: Dataset, selection: Selection): SliceResult<GaugeSlice> {
  const regions = resolveRegions(dataset, selection.regions.slice(0, 1));
  if (isReason(regions)) return { ok: false, ...regions };
  const region = regions[0] ?? dataset.regions[0];
  const indicator = resolveIndicator(dataset, selection.indicator);
  if (isReason(indicator)) return { ok: false, ...indicator };
  if (!region) return { ok: false, reason: 'no-data' };
  const rows = dataset.select({ region: region.key, indicator: indicator.key });
  const latest = (kind: string) => Math.max(...rows.filter((r) => r.kind === kind).map((r) => r.year));
  const year = selection.year ?? (rows.some((r) => r.kind === 'actual') ? latest('actual') : latest('target'));
  const pairing = pairTarget(dataset, { region: region.key, indicator: indicator.key, year });
  // A year has data with an actual, or with a target of its own: another year's target alone is not this year's.
  if (!pairing.actual && pairing.target?.year !== year) {
    return { ok: false, reason: 'no-data', regions: [region], year: selection.year, indicator };
  }
  const shown = [pairing.actual, pairing.target, pairing.baseline].filter((r): r is IndicatorRow => r !== undefined);
  const history: IndicatorRow[] = [];
  for (const row of rows) {
    if (row.kind === 'actual' && row.year <= year && !history.some((h) => h.year === row.year)) history.push(row);
  }
  history.sort((a, b) => a.year - b.year);
  return { ok: true, region, indicator, year, pairing, rows: shown, history };
}

// ---------------------------------------------------------------- trend

export interface TrendSlice {
  readonly indicator: IndicatorInfo;
  readonly regions: readonly RegionInfo[];
  /** Every year from the first to the last observation, so missing years stay gaps. */
  readonly years: readonly number[];
  /** The indicator's rows of every region, in file order. */
  readonly rows: readonly IndicatorRow[];
}

/** Without a region: every region that has the indicator. */
export function trendSlice(dataset: Dataset, selection: Selection): SliceResult<TrendSlice> {
  const indicator = resolveIndicator(dataset, selection.indicator);
  if (isReason(indicator)) return { ok: false, ...indicator };
  const asked = resolveRegions(dataset, selection.regions);
  if (isReason(asked)) return { ok: false, ...asked };
  const all = dataset.select({ indicator: indicator.key });
  const withData = new Set(all.map((row) => row.regionKey));
  const regions = asked.length ? asked : dataset.regions.filter((r) => withData.has(r.key));
  const keys = new Set(regions.map((r) => r.key));
  const rows = all.filter((r) => keys.has(r.regionKey));
  if (rows.length === 0) {
    return { ok: false, reason: 'no-data', regions, indicator };
  }
  // A loop, not Math.min(...rows): a national file's indicator can have more rows than a call takes arguments.
  let first = Infinity;
  let last = -Infinity;
  for (const row of rows) {
    first = Math.min(first, row.year);
    last = Math.max(last, row.year);
  }
  const years = Array.from({ length: last - first + 1 }, (_, i) => first + i);
  return { ok: true, indicator, regions: regions.filter((r) => withData.has(r.key)), years, rows };
}

// ---------------------------------------------------------------- radar

export type RadarMeasure =
  | { readonly type: 'attainment' }
  | { readonly type: 'targets' }
  | { readonly type: 'indicator'; readonly indicator: string };

/** Reads the measure attribute: attainment (default), targets, or indicator:<id or name>. */
export function parseMeasure(text: string | null | undefined): RadarMeasure {
  const value = (text ?? '').trim();
  if (value.startsWith('indicator:')) return { type: 'indicator', indicator: value.slice('indicator:'.length).trim() };
  return value === 'targets' ? { type: 'targets' } : { type: 'attainment' };
}

export interface RadarAxis {
  /** The theme as rows carry it. */
  readonly theme: string;
  /** Its display name: from the themes table, else the raw text. */
  readonly name: string;
}

export interface RadarSlice {
  readonly measure: RadarMeasure;
  /** For measure indicator:…, the indicator. */
  readonly indicator: IndicatorInfo | undefined;
  readonly regions: readonly RegionInfo[];
  /** The year shown for each region: the year asked for, else the region's latest with data. */
  readonly years: readonly number[];
  readonly axes: readonly RadarAxis[];
  /** Regions asked for (the region attribute) that have no value for the measure; undefined when none. */
  readonly notCompared: NotCompared | undefined;
  /** values[region][axis]; undefined where the region has no value for the theme. */
  readonly values: readonly (readonly (number | undefined)[])[];
  /** One maximum for every axis, so shapes compare fairly. */
  readonly max: number;
  /** The rows behind the values. */
  readonly rows: readonly IndicatorRow[];
}

/** Themes in the theme table's order; those it does not list after them, in the order given. */
export function inThemeOrder(present: readonly string[], themes: readonly Theme[]): string[] {
  const order = new Map(themes.map((t, i) => [t.id, i]));
  return present
    .map((theme, i) => ({ theme, rank: order.get(theme) ?? themes.length + i }))
    .sort((a, b) => a.rank - b.rank)
    .map(({ theme }) => theme);
}

/** A round number at or above value: 1, 2, 2.5, 5 or 10 times a power of ten. */
export function niceMax(value: number): number {
  if (!(value > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  // Below ~1e-308 the power underflows to 0; no real figure is that small.
  if (!(power > 0) || !Number.isFinite(power)) return 1;
  // A relative tolerance: floating-point steps (3 × 0.1) must not round a maximum below its value.
  for (const step of [1, 2, 2.5, 5, 10]) if (step * power >= value * (1 - 1e-12)) return step * power;
  return 10 * power;
}

interface ThemeValue {
  readonly value: number;
  readonly rows: readonly IndicatorRow[];
}

function themeValues(
  dataset: Dataset,
  region: RegionInfo,
  year: number,
  measure: RadarMeasure,
  indicator: IndicatorInfo | undefined,
): Map<string, ThemeValue> {
  const out = new Map<string, ThemeValue>();
  if (measure.type === 'indicator') {
    for (const row of dataset.select({ region: region.key, indicator: indicator!.key, year, kind: 'actual' })) {
      const before = out.get(row.theme);
      out.set(row.theme, { value: (before?.value ?? 0) + row.value, rows: [...(before?.rows ?? []), row] });
    }
    return out;
  }
  if (measure.type === 'targets') {
    for (const row of dataset.select({ region: region.key, year, kind: 'target' })) {
      const before = out.get(row.theme);
      out.set(row.theme, { value: (before?.value ?? 0) + 1, rows: [...(before?.rows ?? []), row] });
    }
    return out;
  }
  const sums = new Map<string, { total: number; rows: IndicatorRow[] }>();
  for (const actual of dataset.select({ region: region.key, year, kind: 'actual' })) {
    const pairing = pairTarget(dataset, { region: region.key, indicator: actual.indicatorKey, year });
    if (pairing.attainment === undefined || !pairing.target) continue;
    const sum = sums.get(actual.theme) ?? { total: 0, rows: [] };
    sum.total += Math.min(pairing.attainment, 1) * 100;
    sum.rows.push(actual, pairing.target);
    sums.set(actual.theme, sum);
  }
  for (const [theme, sum] of sums) out.set(theme, { value: sum.total / (sum.rows.length / 2), rows: sum.rows });
  return out;
}

function latestYear(dataset: Dataset, regions: readonly RegionInfo[], measure: RadarMeasure, indicator: IndicatorInfo | undefined): number | undefined {
  const keys = regions.map((r) => r.key);
  const kind = measure.type === 'targets' ? 'target' : 'actual';
  const rows = dataset.select({ region: keys, kind, ...(indicator ? { indicator: indicator.key } : {}) });
  const years = [...new Set(rows.map((r) => r.year))].sort((a, b) => b - a);
  if (measure.type === 'attainment') {
    // An actual is data for attainment only with a target to hold it against.
    const rated = years.find((year) =>
      regions.some((region) => [...themeValues(dataset, region, year, measure, indicator).keys()].some((theme) => theme !== '')),
    );
    if (rated !== undefined) return rated;
  }
  return years[0];
}

const LACK: Readonly<Record<RadarMeasure['type'], RadarLack>> = { attainment: 'no-paired-indicator', targets: 'no-target', indicator: 'no-value' };

/**
 * One axis per theme that has a value for any compared region, in the themes
 * table's order when there is one, else the dataset's. Without a region: every
 * region; without a year: each region's latest year with data for the measure.
 * Regions without any value are left out; those asked for are named, with
 * what they lack, in notCompared (the empty result's, when none has a value),
 * so that the caption can say which and why.
 */
export function radarSlice(
  dataset: Dataset,
  selection: Selection,
  measure: RadarMeasure,
  themes: readonly Theme[],
  locale: Locale,
): SliceResult<RadarSlice> {
  const asked = resolveRegions(dataset, selection.regions);
  if (isReason(asked)) return { ok: false, ...asked };
  const regions = asked.length ? asked : [...dataset.regions];
  let indicator: IndicatorInfo | undefined;
  if (measure.type === 'indicator') {
    const found = resolveIndicator(dataset, measure.indicator);
    if (isReason(found)) return { ok: false, ...found };
    indicator = found;
  }
  const notCompared = (regions: readonly RegionInfo[]): NotCompared => ({
    regions: regions.map((r) => regionName(r, locale)),
    year: selection.year,
    lack: LACK[measure.type],
    indicator: indicator && indicatorName(indicator, locale),
  });
  // Without a year each region shows its own latest: the four plans are of different years.
  // A region with no value on any theme is left out, rather than listed with an empty shape.
  const withYears = regions
    .map((region) => ({ region, year: selection.year ?? latestYear(dataset, [region], measure, indicator) }))
    .filter((entry): entry is { region: RegionInfo; year: number } => entry.year !== undefined)
    .map((entry) => ({ ...entry, values: themeValues(dataset, entry.region, entry.year, measure, indicator) }))
    .filter((entry) => entry.values.size > 0);
  if (withYears.length === 0) {
    return { ok: false, reason: 'no-data', regions: asked, year: selection.year, indicator, notCompared: notCompared(asked) };
  }
  const perRegion = withYears.map((entry) => entry.values);
  const sorted = inThemeOrder(
    dataset.themes.filter((theme) => perRegion.some((values) => values.has(theme))),
    themes,
  );
  if (sorted.length === 0) return { ok: false, reason: 'no-data', regions: asked, year: selection.year, indicator };
  const axes = sorted.map((theme) => ({ theme, name: themes.find((t) => t.id === theme)?.name[locale] ?? theme }));
  // Counts are 0 where a theme has none; attainment and indicator values stay missing.
  const missing = measure.type === 'targets' ? 0 : undefined;
  const values = perRegion.map((map) => sorted.map((theme) => map.get(theme)?.value ?? missing));
  const highest = Math.max(...values.flat().filter((v): v is number => v !== undefined));
  const max = measure.type === 'attainment' ? 100 : niceMax(highest);
  const rows = perRegion.flatMap((map) => sorted.flatMap((theme) => map.get(theme)?.rows ?? []));
  const compared = withYears.map((entry) => entry.region);
  const leftOut = asked.filter((region) => !compared.includes(region));
  return {
    ok: true,
    measure,
    indicator,
    regions: compared,
    notCompared: leftOut.length > 0 ? notCompared(leftOut) : undefined,
    years: withYears.map((entry) => entry.year),
    axes,
    values,
    max,
    rows,
  };
}
