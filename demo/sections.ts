// What the demo page lists for a region, theme by theme: the targets of one
// plan year, each with what became of it, and the figures the reports give
// that no target of that plan asks for. Pure: no DOM, no Lit.
import { radarSlice, type RadarMeasure } from '../src/charts/radar.js';
import { inThemeOrder } from '../src/charts/slices.js';
import type { Dataset, IndicatorInfo } from '../src/data/dataset.js';
import { latestTargetYear, OUTCOMES, reportedThrough, targetOutcomes, type Outcome, type TargetOutcome } from '../src/data/outcomes.js';
import type { IndicatorRow } from '../src/data/schema.js';
import type { Theme } from '../src/data/themes.js';
import type { Locale } from '../src/i18n/locale.js';

export type OutcomeCounts = Readonly<Record<Outcome, number>>;

/** One theme of a region's story. */
export interface ThemeSection {
  /** The theme as rows carry it ('' for rows without one). */
  readonly theme: string;
  /** The plan year's targets of this theme, in file order, each with its outcome. */
  readonly targets: readonly TargetOutcome[];
  /** The latest reported figure of each indicator of this theme that no target of the plan year covers, in file order. */
  readonly figures: readonly IndicatorRow[];
  /** The targets by outcome. */
  readonly counts: OutcomeCounts;
}

/** A region's targets and figures, as the page lists them. */
export interface RegionStory {
  /** The plan year: the targets listed are this year's. */
  readonly year: number | undefined;
  /** The figures listed are the actuals reported from the plan year through this year (the region's last report). */
  readonly through: number | undefined;
  /** One section a theme, in the theme table's order, then themes the table lacks in the dataset's order. */
  readonly sections: readonly ThemeSection[];
}

/** One year a region's data covers, with how many targets its plan of that year sets. */
export interface PlanYear {
  readonly year: number;
  readonly targets: number;
}

/** Every year with a row for the region, ascending, with the count of that year's targets (one per indicator). */
export function planYears(dataset: Dataset, region: string): PlanYear[] {
  const targets = new Map<number, Set<string>>();
  for (const row of dataset.select({ region })) {
    const set = targets.get(row.year) ?? new Set<string>();
    if (row.kind === 'target') set.add(row.indicatorKey);
    targets.set(row.year, set);
  }
  return [...targets].sort(([a], [b]) => a - b).map(([year, set]) => ({ year, targets: set.size }));
}

/**
 * The plan year to show: the one asked for when the region has data that year;
 * else its latest year with targets; else its latest year with any data.
 */
export function resolvePlanYear(dataset: Dataset, region: string, asked: number | undefined): number | undefined {
  const years = planYears(dataset, region);
  if (asked !== undefined && years.some((y) => y.year === asked)) return asked;
  return latestTargetYear(dataset, region) ?? years.at(-1)?.year;
}

/**
 * Indicators a region reports several times in one year (a count given per
 * theme, such as the plan's work items): they belong to the theme comparison,
 * not to a figure tile.
 */
export function perThemeIndicators(dataset: Dataset, region: string): Set<string> {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const row of dataset.select({ region, kind: 'actual' })) {
    const key = `${row.indicatorKey}\u0000${row.year}`;
    if (seen.has(key)) repeated.add(row.indicatorKey);
    seen.add(key);
  }
  return repeated;
}

const noCounts = (): Record<Outcome, number> => Object.fromEntries(OUTCOMES.map((o) => [o, 0])) as Record<Outcome, number>;

/**
 * A region's story for a plan year: its targets of that year (with outcomes, by
 * targetOutcomes), and the figures reported from that year on that no target of
 * the year covers, by theme. Every theme of the dataset gets a section, even an
 * empty one: a theme the plan and the reports are silent on says so.
 */
export function regionStory(dataset: Dataset, region: string, year: number | undefined, themes: readonly Theme[]): RegionStory {
  const through = reportedThrough(dataset, region);
  const outcomes = year === undefined ? [] : targetOutcomes(dataset, { region, year });
  const targeted = new Set(outcomes.map((o) => o.target.indicatorKey));
  const perTheme = perThemeIndicators(dataset, region);
  // The latest actual of each indicator from the plan year on, in the file order of its first.
  const latest = new Map<string, IndicatorRow>();
  if (year !== undefined) {
    for (const row of dataset.select({ region, kind: 'actual' })) {
      if (row.year < year || targeted.has(row.indicatorKey) || perTheme.has(row.indicatorKey)) continue;
      const before = latest.get(row.indicatorKey);
      // Map.set keeps a key's first place.
      if (!before || row.year > before.year) latest.set(row.indicatorKey, row);
    }
  }
  const figures = [...latest.values()];
  const present = [...dataset.themes];
  if ([...outcomes.map((o) => o.target), ...figures].some((row) => row.theme === '')) present.push('');
  const sections = inThemeOrder(present, themes).map((theme): ThemeSection => {
    const targets = outcomes.filter((o) => o.target.theme === theme);
    const counts = noCounts();
    for (const o of targets) counts[o.outcome]++;
    return { theme, targets, figures: figures.filter((row) => row.theme === theme), counts };
  });
  return { year, through: year === undefined ? undefined : Math.max(year, through ?? year), sections };
}

/** How many sections the page opens by default, and how many items (bullets and tiles) they may hold between them. */
export const DEFAULT_OPEN = { sections: 2, items: 16 } as const;

/**
 * The sections open when the page opens: the first with targets (the reader's
 * question is about targets), and the next ones with targets while they stay
 * within `limit` (so that the page stays short: every other section is one
 * click away). When no section has targets, the first with figures.
 */
export function defaultOpen(sections: readonly ThemeSection[], limit: { sections: number; items: number } = DEFAULT_OPEN): Set<string> {
  const size = (s: ThemeSection) => s.targets.length + s.figures.length;
  const open: ThemeSection[] = [];
  let items = 0;
  for (const section of sections.filter((s) => s.targets.length > 0)) {
    if (open.length >= limit.sections || (open.length > 0 && items + size(section) > limit.items)) break;
    open.push(section);
    items += size(section);
  }
  if (open.length === 0) open.push(...sections.filter((s) => s.figures.length > 0).slice(0, 1));
  return new Set(open.map((s) => s.theme));
}

/** The year a target's bullet shows: the year of the actual it is held against, else the target's own. */
export function bulletYear(outcome: TargetOutcome): number {
  return outcome.actual?.year ?? outcome.target.year;
}

/** The year a chart of this indicator should show in the story (its bullet's or its figure's), if it is listed. */
export function storyYear(story: RegionStory, indicatorKey: string): number | undefined {
  for (const section of story.sections) {
    const target = section.targets.find((o) => o.target.indicatorKey === indicatorKey);
    if (target) return bulletYear(target);
    const figure = section.figures.find((row) => row.indicatorKey === indicatorKey);
    if (figure) return figure.year;
  }
  return undefined;
}

/**
 * The indicator the trend shows: the one asked for; else the story's first
 * target that has an actual (a trend with both lines), else its first target,
 * else its first figure, else the dataset's first indicator.
 */
export function trendIndicator(dataset: Dataset, story: RegionStory, asked: string | undefined): IndicatorInfo | undefined {
  const found = asked ? dataset.indicator(asked) : undefined;
  if (found) return found;
  const targets = story.sections.flatMap((s) => s.targets);
  const first = (targets.find((o) => o.actual) ?? targets[0])?.target ?? story.sections.flatMap((s) => s.figures)[0];
  return (first && dataset.indicator(first.indicatorKey)) || dataset.indicators[0];
}

/** The regions with a value for a theme radar's measure (each in its own latest year), in the dataset's order. */
export function comparableRegions(dataset: Dataset, measure: RadarMeasure): string[] {
  return dataset.regions.filter((r) => radarSlice(dataset, { regions: [r.key], indicator: undefined, year: undefined }, measure, [], 'zh-CN').ok).map((r) => r.key);
}

/**
 * The regions a theme radar is asked to compare: the picked one first (so
 * that it keeps the first colour), then every comparable one. The picked one is
 * asked for even when it has no value for the measure: the radar then says
 * that it leaves it out, and why. `comparable` lists those it will draw.
 */
export function radarRegions(comparable: readonly string[], region: string): { readonly regions: readonly string[]; readonly comparable: readonly string[] } {
  return { regions: [region, ...comparable.filter((r) => r !== region)], comparable: comparable.includes(region) ? [region, ...comparable.filter((r) => r !== region)] : comparable };
}

/**
 * The dataset's source documents as the footer lists them, in the reader's
 * language where the dataset names them in English; `zh` marks a Chinese name
 * shown to an English reader (for its lang attribute).
 */
export function sourceList(dataset: Dataset, locale: Locale): { readonly name: string; readonly zh: boolean }[] {
  return dataset.sources.map((zh, i) => {
    const en = dataset.sourcesEn[i];
    return locale === 'en' && en ? { name: en, zh: false } : { name: zh, zh: locale === 'en' };
  });
}
