import { baseOption, labelStyle } from './base-option.js';
import type { Dataset, IndicatorInfo, RegionInfo } from '../data/dataset.js';
import { pairTarget } from '../data/pairing.js';
import type { IndicatorRow } from '../data/schema.js';
import type { Theme } from '../data/themes.js';
import type { Locale } from '../i18n/locale.js';
import { RADAR_TERMS } from '../i18n/radar-terms.js';
import { TERMS } from '../i18n/terms.js';
import { formatValue, labelColon } from './format.js';
import type { ChartModel, ChartPoint, ChartTable } from './model.js';
import { indicatorName, indicatorUnit, regionName } from './names.js';
import {
  inThemeOrder,
  isReason,
  niceMax,
  resolveIndicator,
  resolveRegions,
  type NotCompared,
  type RadarLack,
  type Selection,
  type SliceResult,
} from './slices.js';
import { canvasText, wrapLabel } from './text.js';
import type { ChartTokens } from './tokens.js';

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

/** Theme names wider than this (in CJK characters) take more lines, so a 360px screen shows them whole. */
const AXIS_NAME_WIDTH = 6;

/** The measure's display name and unit. */
export function radarMeasureLabel(slice: RadarSlice, locale: Locale): { name: string; unit: string } {
  const t = RADAR_TERMS[locale];
  switch (slice.measure.type) {
    case 'attainment':
      return { name: t.measureAttainment, unit: t.attainmentUnit };
    case 'targets':
      return { name: t.measureTargets, unit: t.targetsUnit };
    case 'indicator':
      return { name: indicatorName(slice.indicator!, locale), unit: indicatorUnit(slice.indicator!, locale) };
  }
}

/** Which regions the radar compares and on what; which regions asked for it leaves out, and why. */
export function radarSummary(slice: RadarSlice, locale: Locale): string {
  const t = TERMS[locale];
  return RADAR_TERMS[locale].radarSummary({
    regions: t.list(slice.regions.map((r) => regionName(r, locale))),
    when: new Set(slice.years).size === 1 ? t.year(slice.years[0]!) : RADAR_TERMS[locale].eachLatestYear,
    measure: radarMeasureLabel(slice, locale).name,
    axes: slice.axes.length,
    notCompared: slice.notCompared && RADAR_TERMS[locale].notCompared(slice.notCompared),
  });
}

/** One row a region and theme: the value the radar plots (— where there is none). */
function radarTable(slice: RadarSlice, locale: Locale): ChartTable {
  const t = TERMS[locale];
  const { name, unit } = radarMeasureLabel(slice, locale);
  return {
    columns: [t.columns.region, t.columns.year, t.columns.theme, name, t.columns.unit],
    rows: slice.regions.flatMap((region, r) =>
      slice.axes.map((axis, a) => {
        const value = slice.values[r]![a];
        return [regionName(region, locale), String(slice.years[r]), axis.name, value === undefined ? '—' : formatValue(value, '', locale), unit];
      }),
    ),
  };
}

/**
 * One axis a theme, one shape a region, every axis on the same scale so the
 * shapes compare fairly. A theme without a value is left out of a region's shape.
 */
export function buildRadarModel(slice: RadarSlice, tokens: ChartTokens, locale: Locale): ChartModel {
  const { name: measureName, unit } = radarMeasureLabel(slice, locale);
  const t = TERMS[locale];
  const labels = labelStyle(tokens);
  const format = (v: number | undefined) => (v === undefined ? '—' : formatValue(v, unit, locale));
  const colors = slice.regions.map((_, r) => (slice.regions.length > 1 ? tokens.series[r % tokens.series.length]! : tokens.actual));

  const points: ChartPoint[] = slice.regions.map((region, r) => ({
    seriesIndex: 0,
    dataIndex: r,
    label: t.pointLabel({
      series: regionName(region, locale),
      name: measureName,
      value: t.list(slice.axes.map((axis, a) => `${axis.name} ${format(slice.values[r]![a])}`)),
    }),
    tooltip: [
      `${regionName(region, locale)} · ${t.year(slice.years[r]!)} · ${measureName}`,
      ...slice.axes.map((axis, a) => `${axis.name}${labelColon(locale)}${format(slice.values[r]![a])}`),
    ].join('\n'),
    rows: slice.rows.filter((row) => row.regionKey === region.key),
  }));

  const summary = radarSummary(slice, locale);
  return {
    option: {
      ...baseOption(tokens),
      radar: {
        center: ['50%', '55%'],
        radius: '62%',
        shape: 'polygon',
        indicator: slice.axes.map((axis) => ({ name: canvasText(wrapLabel(axis.name, AXIS_NAME_WIDTH)), max: slice.max, min: 0 })),
        axisName: labels,
        splitNumber: 4,
        splitLine: { lineStyle: { color: tokens.muted } },
        splitArea: { show: false },
        axisLine: { lineStyle: { color: tokens.muted } },
      },
      series: [
        {
          type: 'radar',
          name: canvasText(measureName),
          symbolSize: 6,
          emphasis: { focus: 'self', lineStyle: { width: 4 } },
          data: slice.regions.map((region, r) => ({
            name: canvasText(regionName(region, locale)),
            // '-' leaves a theme without a value out of the shape rather than drawing a false zero.
            value: slice.values[r]!.map((v) => (v === undefined ? '-' : v)),
            lineStyle: { color: colors[r], width: 2 },
            itemStyle: { color: colors[r] },
            areaStyle: { color: colors[r], opacity: 0.12 },
          })),
        },
      ],
    },
    summary,
    points,
    table: radarTable(slice, locale),
    legend:
      slice.regions.length > 1
        ? slice.regions.map((region, r) => ({ label: regionName(region, locale), color: colors[r]!, line: 'solid' as const, seriesIndex: 0, dataIndex: r }))
        : [],
  };
}
