import type { Dataset, IndicatorInfo, RegionInfo } from '../data/dataset.js';
import { pairTarget, type Pairing } from '../data/pairing.js';
import type { IndicatorRow } from '../data/schema.js';
import type { Theme } from '../data/themes.js';

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

export function resolveIndicator(dataset: Dataset, query: string | undefined): IndicatorInfo | EmptyReason {
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
