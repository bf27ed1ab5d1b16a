import type { Dataset, RegionInfo } from '../data/dataset.js';
import { latestTargetYear, OUTCOMES, targetOutcomes, type Outcome, type TargetOutcome } from '../data/outcomes.js';
import type { IndicatorRow } from '../data/schema.js';
import { themeName, type Theme } from '../data/themes.js';
import type { Locale } from '../i18n/locale.js';
import { SCORECARD_TERMS } from '../i18n/scorecard-terms.js';
import { TERMS } from '../i18n/terms.js';
import { baseOption, labelStyle } from './base-option.js';
import { labelColon, valueText } from './format.js';
import type { ChartModel, ChartPoint, ChartTable, LegendEntry, Pattern } from './model.js';
import { regionName, rowIndicator } from './names.js';
import { inThemeOrder, isReason, resolveRegions, type EmptyReason, type Selection, type SliceResult } from './slices.js';
import { provenance } from './table.js';
import { canvasText, wrapLabel } from './text.js';
import { contrastRatio, statusColor, type ChartTokens } from './tokens.js';

// The scorecard's slice and builder: loaded with the bar chart, on demand, by
// the pages that show one (src/elements/shared/echarts-bar.ts).

// ---------------------------------------------------------------- slice

/** A theme as rows carry it, with its name in the reader's language. */
export interface NamedTheme {
  readonly theme: string;
  readonly name: string;
}

export interface ScorecardRegion {
  readonly region: RegionInfo;
  /** Its name in the reader's language. */
  readonly name: string;
  /** The targets' year: the one asked for, else the region's latest with targets; undefined when it has none. */
  readonly year: number | undefined;
  /** Its targets (of the theme asked for, if one was), in file order, each with what became of it. */
  readonly outcomes: readonly TargetOutcome[];
}

export interface ScorecardBar {
  /** Index into ScorecardSlice.regions. */
  readonly region: number;
  readonly theme: NamedTheme;
  /** The targets the bar counts, in file order. */
  readonly outcomes: readonly TargetOutcome[];
}

export interface ScorecardSlice {
  /** The regions asked for (each, even one without targets), else every region with targets that year. */
  readonly regions: readonly ScorecardRegion[];
  /** The theme the scorecard is limited to, if any. */
  readonly theme: NamedTheme | undefined;
  /** One bar per theme and region with targets: themes in the theme table's order, then regions in the order above. */
  readonly bars: readonly ScorecardBar[];
}

/** A theme filter, by id as rows carry it, or by its name (Chinese or English) or id in the theme table. */
function resolveTheme(dataset: Dataset, themes: readonly Theme[], query: string): string | EmptyReason {
  const asked = query.trim();
  if (dataset.themes.includes(asked)) return asked;
  const lower = asked.toLowerCase();
  const listed = themes.find((t) => t.id === asked || t.name['zh-CN'] === asked || t.name.en.toLowerCase() === lower);
  return listed?.id ?? { reason: 'unknown-theme', query: asked };
}

/**
 * What became of each region's targets, theme by theme. Without a region:
 * every region that has targets; without a year: each region's latest year
 * with targets (targetOutcomes). A region asked for that has no targets stays
 * in the slice, so that the scorecard can say so; only when none has any is
 * there nothing to draw.
 */
export function scorecardSlice(
  dataset: Dataset,
  selection: Selection,
  themeFilter: string | undefined,
  themes: readonly Theme[],
  locale: Locale,
): SliceResult<ScorecardSlice> {
  const asked = resolveRegions(dataset, selection.regions);
  if (isReason(asked)) return { ok: false, ...asked };
  const filter = themeFilter?.trim() ? resolveTheme(dataset, themes, themeFilter) : undefined;
  if (isReason(filter)) return { ok: false, ...filter };
  const named = (id: string): NamedTheme => ({ theme: id, name: id === '' ? SCORECARD_TERMS[locale].noTheme : themeName(themes, id, locale) });
  const theme = filter === undefined ? undefined : named(filter);
  const yearOf = (region: RegionInfo) => selection.year ?? latestTargetYear(dataset, region.key);
  const planned = (region: RegionInfo) => {
    const year = yearOf(region);
    return year !== undefined && dataset.select({ region: region.key, year, kind: 'target' }).length > 0;
  };
  // Unasked, a region without a plan that year is left out; one whose plan says nothing on the theme is not.
  const regions = (asked.length ? asked : dataset.regions.filter(planned)).map((region) => {
    const year = yearOf(region);
    const outcomes = year === undefined ? [] : targetOutcomes(dataset, { region: region.key, year, ...(filter === undefined ? {} : { theme: filter }) });
    return { region, name: regionName(region, locale), year, outcomes };
  });
  if (regions.every((entry) => entry.outcomes.length === 0)) {
    const names = TERMS[locale].list(regions.map((entry) => entry.name));
    return { ok: false, reason: 'no-targets', region: names || undefined, year: selection.year, theme: theme?.name };
  }
  const byTheme = (outcomes: readonly TargetOutcome[], id: string) => outcomes.filter((o) => o.target.theme === id);
  const present = [...new Set(regions.flatMap((entry) => entry.outcomes.map((o) => o.target.theme)))];
  const bars = inThemeOrder(present, themes).flatMap((id) =>
    regions
      .map((entry, region) => ({ region, theme: named(id), outcomes: byTheme(entry.outcomes, id) }))
      .filter((bar) => bar.outcomes.length > 0),
  );
  return { ok: true, regions, theme, bars };
}

// ---------------------------------------------------------------- model

export interface ScorecardModel extends ChartModel {
  /** The chart area's height, in px, that shows every bar and its label unsquashed (the element sets it). */
  readonly height: number;
}

/** A tooltip lists this many of a segment's targets, then says how many more there are. */
const TOOLTIP_TARGETS = 8;
/** Bar labels wider than this (in CJK character widths) take more lines: a 360px screen shows them whole. */
const LABEL_WIDTH = 26;
/**
 * The narrowest plot the count labels are laid out for (a 320px screen). The
 * option is built before the chart has a size, and ECharts does not hide a
 * label wider than its bar (its label-layout part, 4 KiB gzipped, hides only
 * labels that overlap each other): a count is shown where its segment is wide
 * enough at this width.
 */
const NARROWEST_PLOT = 280;

/** One pattern per status, for readers who cannot tell the colours apart (decals). */
const PATTERNS: Readonly<Record<Outcome, Pattern>> = {
  met: 'dots',
  near: 'diagonal',
  'not-met': 'checks',
  'in-progress': 'stripes',
  'not-reported': 'triangles',
};

/** Each pattern as an ECharts decal; the legend draws the same tiles in SVG (src/elements/shared/legend-swatch.ts). */
const DECALS: Readonly<Record<Pattern, object>> = {
  dots: { symbol: 'circle', symbolSize: 0.5, dashArrayX: [[6, 6], [0, 6, 6, 0]], dashArrayY: [6, 0], rotation: 0 },
  diagonal: { symbol: 'rect', symbolSize: 1, dashArrayX: [1, 0], dashArrayY: [2, 4], rotation: Math.PI / 4 },
  checks: { symbol: 'rect', symbolSize: 1, dashArrayX: [[5, 5], [0, 5, 5, 0]], dashArrayY: [5, 0], rotation: 0 },
  stripes: { symbol: 'rect', symbolSize: 1, dashArrayX: [1, 0], dashArrayY: [2, 4], rotation: 0 },
  triangles: { symbol: 'triangle', symbolSize: 0.8, dashArrayX: [[8, 8], [0, 8, 8, 0]], dashArrayY: [8, 0], rotation: 0 },
};

const HEX = /^#[0-9a-f]{6}$/i;

/** Of the chart's text and background colours, the one that reads better on a fill (the background when one is not #rrggbb). */
function textOn(fill: string, tokens: ChartTokens): string {
  if (![fill, tokens.text, tokens.background].every((colour) => HEX.test(colour))) return tokens.background;
  return contrastRatio(tokens.text, fill) >= contrastRatio(tokens.background, fill) ? tokens.text : tokens.background;
}

/** A target with its range and direction: "≥ 80%", "1–2所", "≤ 0起（越低越好）". */
function targetText(target: IndicatorRow, locale: Locale): string {
  return SCORECARD_TERMS[locale].targetValue({ value: valueText(target, locale), range: target.valueMax !== undefined, lower: target.direction === 'lower' });
}

/**
 * What became of a target, in words: the actual and its year; for a target in
 * progress, the latest actual so far; for one no report speaks of, the figures
 * the reports give on the same subject in other terms. Undefined when there is
 * nothing at all.
 */
function outcomeText(outcome: TargetOutcome, locale: Locale): string | undefined {
  const t = SCORECARD_TERMS[locale];
  const figure = (row: IndicatorRow) => t.valueInYear(valueText(row, locale), row.year);
  const related = outcome.related.length ? t.relatedFigures(outcome.related.map((row) => `${rowIndicator(row, locale)} ${figure(row)}`)) : undefined;
  if (outcome.outcome === 'in-progress') {
    const progress = t.inProgress(outcome.actual && { value: valueText(outcome.actual, locale), year: outcome.actual.year });
    return related ? t.clauses([progress, related]) : progress;
  }
  if (outcome.outcome === 'not-reported') return related;
  return outcome.actual && figure(outcome.actual);
}

/** The rows that tell what became of a target: its actual, else the related figures. */
const outcomeRows = (outcome: TargetOutcome): readonly IndicatorRow[] => (outcome.actual ? [outcome.actual, ...outcome.related] : outcome.related);

/** The headline: one sentence a region, with every count that occurs (or that it has no targets). Also the accessible name. */
function scorecardSummary(slice: ScorecardSlice, locale: Locale): string {
  const t = SCORECARD_TERMS[locale];
  const theme = slice.theme?.name;
  return t.sentences(
    slice.regions.map(({ name, year, outcomes }) => {
      if (year === undefined || outcomes.length === 0) return t.noTargets({ region: name, year, theme });
      const counts = OUTCOMES.map((outcome) => [outcome, outcomes.filter((o) => o.outcome === outcome).length] as const).filter(([, n]) => n > 0);
      return t.headline({ region: name, year, theme, counts });
    }),
  );
}

/** Every target: indicator, theme, year, target, what became of it, its status in words, and the sources of both. */
function scorecardTable(slice: ScorecardSlice, locale: Locale): ChartTable {
  const t = SCORECARD_TERMS[locale];
  const c = { ...TERMS[locale].columns, ...t.columns };
  const several = slice.regions.length > 1;
  return {
    columns: [...(several ? [c.region] : []), c.indicator, c.theme, c.year, c.target, c.outcome, c.status, c.targetSource, c.outcomeSource],
    rows: slice.bars.flatMap((bar) =>
      bar.outcomes.map((outcome) => [
        ...(several ? [slice.regions[bar.region]!.name] : []),
        rowIndicator(outcome.target, locale),
        bar.theme.name,
        String(outcome.target.year),
        targetText(outcome.target, locale),
        outcomeText(outcome, locale) ?? '—',
        t.outcome[outcome.outcome],
        provenance(outcome.target, locale),
        t.clauses(outcomeRows(outcome).map((row) => provenance(row, locale))),
      ]),
    ),
  };
}

/** What a bar counts: its theme, its region, or both, as the scorecard compares. */
function barName(bar: ScorecardBar, slice: ScorecardSlice): string {
  const region = slice.regions[bar.region]!.name;
  if (slice.regions.length === 1) return bar.theme.name;
  return slice.theme ? region : `${bar.theme.name} · ${region}`;
}

const byOutcome = (bar: ScorecardBar, outcome: Outcome) => bar.outcomes.filter((o) => o.outcome === outcome);

/**
 * One horizontal bar per theme (themes in the theme table's order), or per
 * theme and region, or per region for one theme; each bar's segments count
 * its targets by outcome, in OUTCOMES order, labelled with their counts where
 * they fit. Every bar's label sits above it, full width, so that long theme
 * names and the bars both have a phone's whole width.
 */
export function buildScorecardModel(slice: ScorecardSlice, tokens: ChartTokens, locale: Locale): ScorecardModel {
  const t = SCORECARD_TERMS[locale];
  const colon = labelColon(locale);
  const labels = labelStyle(tokens);
  const names = slice.bars.map((bar) => t.barLabel(barName(bar, slice), bar.outcomes.length));
  const wrapped = names.map((name) => canvasText(wrapLabel(name, LABEL_WIDTH)));
  const most = Math.max(...slice.bars.map((bar) => bar.outcomes.length));

  // A bar's label above it and as much room below, so that each label sits by its own bar.
  const lineHeight = Math.round(labels.fontSize * 1.35);
  const labelHeight = lineHeight * Math.max(...wrapped.map((name) => name.split('\n').length));
  const barHeight = Math.round(tokens.fontSize * 1.5);
  const band = barHeight + 2 * (labelHeight + 3);
  const height = slice.bars.length * band + 8;
  const digitWidth = labels.fontSize * 0.62;
  const fits = (n: number) => (n / most) * NARROWEST_PLOT >= String(n).length * digitWidth + 6;

  const present = OUTCOMES.filter((outcome) => slice.bars.some((bar) => byOutcome(bar, outcome).length > 0));
  const series = OUTCOMES.map((outcome, s) => {
    const color = statusColor(outcome, tokens);
    return {
      type: 'bar',
      name: canvasText(t.outcome[outcome]),
      stack: 'targets',
      barWidth: barHeight,
      // The first series draws each bar's track: the full width is the most targets of any bar.
      ...(s === 0 ? { showBackground: true, backgroundStyle: { color: tokens.muted, opacity: 0.35 } } : {}),
      itemStyle: { color, ...(tokens.decals ? { decal: { ...DECALS[PATTERNS[outcome]], color: tokens.background } } : {}) },
      emphasis: { itemStyle: { borderColor: tokens.text, borderWidth: 2 } },
      label: {
        show: true,
        position: 'inside',
        color: textOn(color, tokens),
        fontSize: labels.fontSize,
        fontFamily: tokens.fontFamily,
        fontWeight: 'bold',
        // On a chip of the plain colour: legible over a decal pattern too.
        backgroundColor: color,
        padding: [1, 3],
        borderRadius: 2,
      },
      data: slice.bars.map((bar) => {
        const n = byOutcome(bar, outcome).length;
        return { value: n, label: { show: n > 0 && fits(n) } };
      }),
    };
  });

  const points: ChartPoint[] = slice.bars.flatMap((bar, dataIndex) =>
    OUTCOMES.flatMap((outcome, seriesIndex) => {
      const targets = byOutcome(bar, outcome);
      if (targets.length === 0) return [];
      const count = t.targetCount(targets.length);
      const lines = targets.slice(0, TOOLTIP_TARGETS).map((o) =>
        t.targetLine({ indicator: rowIndicator(o.target, locale), target: targetText(o.target, locale), outcome: outcomeText(o, locale) }),
      );
      if (targets.length > TOOLTIP_TARGETS) lines.push(t.andMore(targets.length - TOOLTIP_TARGETS));
      // Once each: two targets may share a related figure (a row's line is its place in the file).
      const rows = [...new Map([...targets.map((o) => o.target), ...targets.flatMap(outcomeRows)].map((row) => [row.line, row])).values()];
      return [
        {
          seriesIndex,
          dataIndex,
          label: TERMS[locale].pointLabel({ series: barName(bar, slice), name: t.outcome[outcome], value: count }),
          tooltip: [barName(bar, slice), `${t.outcome[outcome]}${colon}${count}`, ...lines].join('\n'),
          rows,
          targets,
        },
      ];
    }),
  );

  const legend: LegendEntry[] = present.map((outcome) => ({
    label: t.outcome[outcome],
    color: statusColor(outcome, tokens),
    line: 'solid',
    swatch: 'block',
    ...(tokens.decals ? { pattern: PATTERNS[outcome] } : {}),
    seriesIndex: OUTCOMES.indexOf(outcome),
  }));

  return {
    option: {
      ...baseOption(tokens),
      grid: { left: 2, right: 2, top: 4, bottom: 4 },
      xAxis: { type: 'value', show: false, min: 0, max: most },
      yAxis: {
        type: 'category',
        inverse: true,
        data: wrapped,
        axisLine: { show: false },
        axisTick: { show: false },
        axisLabel: {
          ...labels,
          inside: true,
          interval: 0,
          margin: 0,
          align: 'left',
          // Above the bar: the label's bottom at the category's middle, lifted by half a bar.
          verticalAlign: 'bottom',
          lineHeight,
          padding: [0, 0, barHeight / 2 + 3, 0],
        },
      },
      series,
    },
    summary: scorecardSummary(slice, locale),
    points,
    table: scorecardTable(slice, locale),
    legend,
    height,
  };
}
