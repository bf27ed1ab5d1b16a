// What became of a plan's targets: the pairing rule of pairing.ts seen from the
// target's side (the scorecard's view), with the figures related to a target
// that no report gives. Apart from pairing.ts so that a chart that pairs from
// the actual's side (the gauge, the radar) does not load it.
import type { Dataset } from './dataset.js';
import { assess, latestBefore, nearestRow } from './pairing.js';
import { relatedFigures } from './related.js';
import type { IndicatorRow } from './schema.js';

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
