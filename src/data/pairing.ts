import type { Dataset } from './dataset.js';
import { relatedFigures } from './related.js';
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
function nearestRow(rows: readonly IndicatorRow[], year: number, orEarlier: boolean): IndicatorRow | undefined {
  const same = rows.find((r) => r.year === year);
  if (same) return same;
  const later = rows.filter((r) => r.year > year).sort((a, b) => a.year - b.year)[0];
  if (later || !orEarlier) return later;
  return latestBefore(rows, year);
}

const latestBefore = (rows: readonly IndicatorRow[], year: number): IndicatorRow | undefined =>
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

// ---------------------------------------------------------------- seen from the target

/** What became of a target: in this order on every scorecard. */
export const OUTCOMES = ['met', 'near', 'not-met', 'in-progress', 'not-reported'] as const;
export type Outcome = (typeof OUTCOMES)[number];

export interface TargetOutcome {
  readonly target: IndicatorRow;
  /**
   * The actual it is held against: of the target's year, else the nearest later
   * one (a later report on it). For a target still in progress, the latest
   * earlier actual, if any.
   */
  readonly actual: IndicatorRow | undefined;
  readonly attainment: number | undefined;
  readonly outcome: Outcome;
  /**
   * For a target with no actual of its own: what the later reports give on the
   * same subject in other terms (417 teachers rotated, against a rotation rate).
   */
  readonly related: readonly IndicatorRow[];
}

/**
 * The last year a region's data reports on: its latest actual, else (a plan
 * with no report at all) its latest row of any kind.
 */
export function reportedThrough(dataset: Dataset, region: string): number | undefined {
  const rows = dataset.select({ region });
  let latest: number | undefined;
  let latestActual: number | undefined;
  for (const row of rows) {
    latest = Math.max(latest ?? row.year, row.year);
    if (row.kind === 'actual') latestActual = Math.max(latestActual ?? row.year, row.year);
  }
  return latestActual ?? latest;
}

/**
 * One target's outcome. met, near or not met against the actual the pairing
 * rule gives; in progress when the target's year lies after the last year the
 * region's data reports on (held against the latest actual so far); else
 * not reported: the reports that came after it are silent on it.
 */
export function assessTarget(dataset: Dataset, target: IndicatorRow, through = reportedThrough(dataset, target.regionKey)): TargetOutcome {
  const actuals = dataset.select({ region: target.regionKey, indicator: target.indicatorKey, kind: 'actual' });
  const actual = nearestRow(actuals, target.year, false);
  if (actual) {
    const { attainment, status } = assess(actual, target);
    return { target, actual, attainment, outcome: status as Outcome, related: [] };
  }
  if (through !== undefined && target.year > through) {
    const latest = latestBefore(actuals, target.year);
    const related = relatedFigures(dataset, target);
    return { target, actual: latest, attainment: assess(latest, target).attainment, outcome: 'in-progress', related };
  }
  return { target, actual: undefined, attainment: undefined, outcome: 'not-reported', related: relatedFigures(dataset, target) };
}

export interface OutcomeQuery {
  readonly region: string;
  /** The targets' year; without it, the region's latest year with targets. */
  readonly year?: number;
  /** Only the targets of this theme. */
  readonly theme?: string;
}

/** The latest year in which a region has targets. */
export function latestTargetYear(dataset: Dataset, region: string): number | undefined {
  const years = dataset.select({ region, kind: 'target' }).map((r) => r.year);
  return years.length ? Math.max(...years) : undefined;
}

/**
 * Every target of a region and year (one per indicator: a target counted per
 * theme counts once), in file order, each with its outcome.
 */
export function targetOutcomes(dataset: Dataset, query: OutcomeQuery): TargetOutcome[] {
  const year = query.year ?? latestTargetYear(dataset, query.region);
  if (year === undefined) return [];
  const through = reportedThrough(dataset, query.region);
  const seen = new Set<string>();
  const out: TargetOutcome[] = [];
  for (const target of dataset.select({ region: query.region, year, kind: 'target', ...(query.theme ? { theme: query.theme } : {}) })) {
    if (seen.has(target.indicatorKey)) continue;
    seen.add(target.indicatorKey);
    out.push(assessTarget(dataset, target, through));
  }
  return out;
}
