import type { Dataset } from './dataset.js';
import type { IndicatorRow } from './schema.js';

export type Status = 'met' | 'near' | 'not-met' | 'no-target' | 'no-actual';

/** "Near" means within this share of the target. */
export const NEAR_MARGIN = 0.1;

export interface Pairing {
  /** The actual for the year, if reported. */
  readonly actual: IndicatorRow | undefined;
  /** The target it is held against: same year, else nearest later, else nearest earlier. */
  readonly target: IndicatorRow | undefined;
  /** The baseline for the year, else the latest earlier one. */
  readonly baseline: IndicatorRow | undefined;
  /** The year of the target (may differ from the actual's year): a caption should say so. */
  readonly targetYear: number | undefined;
  /**
   * How far the actual is towards the target: 1 when exactly met, above 1 when exceeded.
   * For lower-is-better, target / actual. Undefined without both values.
   */
  readonly attainment: number | undefined;
  readonly status: Status;
}

export interface PairingQuery {
  readonly region: string;
  readonly indicator: string;
  readonly year: number;
}

/**
 * The rule that pairs targets with actuals, from either side: the row of the
 * year, else the nearest later one (an actual looks ahead to the goal it works
 * towards; a target, to the report that tells of it), else, only where asked,
 * the nearest earlier one.
 */
export function nearestRow(rows: readonly IndicatorRow[], year: number, orEarlier: boolean): IndicatorRow | undefined {
  const same = rows.find((r) => r.year === year);
  if (same) return same;
  const later = rows.filter((r) => r.year > year).sort((a, b) => a.year - b.year)[0];
  if (later || !orEarlier) return later;
  return latestBefore(rows, year);
}

/** The latest row before a year. */
export const latestBefore = (rows: readonly IndicatorRow[], year: number): IndicatorRow | undefined =>
  rows.filter((r) => r.year < year).sort((a, b) => b.year - a.year)[0];

/** The actual of a region, indicator and year, with the target to hold it against, and its status. */
export function pairTarget(dataset: Dataset, query: PairingQuery): Pairing {
  const rows = dataset.select({ region: query.region, indicator: query.indicator });
  const actual = rows.find((r) => r.kind === 'actual' && r.year === query.year);
  const target = nearestRow(rows.filter((r) => r.kind === 'target'), query.year, true);
  const baseline = rows
    .filter((r) => r.kind === 'baseline' && r.year <= query.year)
    .sort((a, b) => b.year - a.year)[0];
  return { actual, target, baseline, targetYear: target?.year, ...assess(actual, target) };
}

/** Attainment and status of an actual against a target (a range target is met anywhere in its band or beyond). */
export function assess(
  actual: Pick<IndicatorRow, 'value'> | undefined,
  target: Pick<IndicatorRow, 'value' | 'valueMax' | 'direction'> | undefined,
): { attainment: number | undefined; status: Status } {
  if (!target) return { attainment: undefined, status: actual ? 'no-target' : 'no-actual' };
  if (!actual) return { attainment: undefined, status: 'no-actual' };
  const lower = target.direction === 'lower';
  // The bound to reach: a range's lower end when more is better, its upper end when less is.
  const bound = lower ? (target.valueMax ?? target.value) : target.value;
  const value = actual.value;
  const met = lower ? value <= bound : value >= bound;
  const attainment =
    lower ? (value === 0 ? (bound >= 0 ? 1 : 0) : bound / value)
    : bound === 0 ? (value >= 0 ? 1 : 0)
    : value / bound;
  if (met) return { attainment: Math.max(attainment, 1), status: 'met' };
  const gap = bound === 0 ? Infinity : Math.abs(value - bound) / Math.abs(bound);
  return { attainment, status: gap <= NEAR_MARGIN + 1e-9 ? 'near' : 'not-met' };
}
