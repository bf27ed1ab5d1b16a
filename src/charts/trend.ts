import { baseOption, labelStyle } from './base-option.js';
import type { Dataset, IndicatorInfo, RegionInfo } from '../data/dataset.js';
import { KINDS, type IndicatorRow, type Kind } from '../data/schema.js';
import type { Locale } from '../i18n/locale.js';
import { TERMS } from '../i18n/terms.js';
import { TREND_TERMS } from '../i18n/trend-terms.js';
import { formatValue } from './format.js';
import type { ChartModel, ChartPoint, LegendEntry } from './model.js';
import { indicatorName, indicatorUnit, regionName } from './names.js';
import { isReason, resolveIndicator, resolveRegions, type Selection, type SliceResult } from './slices.js';
import { provenanceTable } from './table.js';
import { canvasText } from './text.js';
import type { ChartTokens } from './tokens.js';
import { pointText, pointValue, rowsTooltip } from './tooltip.js';

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

const LINE_TYPE: Readonly<Record<Kind, 'solid' | 'dashed' | 'dotted'>> = { actual: 'solid', target: 'dashed', baseline: 'dotted' };
const SYMBOL: Readonly<Record<Kind, string>> = { actual: 'circle', target: 'diamond', baseline: 'emptyCircle' };

/** What the trend shows; within one year there is no change to show, and the sentence says so. */
export function trendSummary(slice: TrendSlice, points: readonly ChartPoint[], locale: Locale): string {
  const t = TERMS[locale];
  const regions = t.list(slice.regions.map((r) => regionName(r, locale)));
  const indicator = indicatorName(slice.indicator, locale);
  const first = slice.years[0]!;
  const last = slice.years[slice.years.length - 1]!;
  if (first !== last) return TREND_TERMS[locale].trendSummary({ regions, indicator, first, last, points: points.length });
  const only = points.length === 1 ? points[0]!.rows : undefined;
  return TREND_TERMS[locale].trendOneYear({
    regions,
    indicator,
    year: first,
    points: points.length,
    only: only && { kind: t.kind[only[0]!.kind], value: pointText(only, locale) },
  });
}

/**
 * Years across, one line a region and kind: actual solid, target dashed with
 * markers, baseline dotted. One colour a kind for one region, one colour a
 * region when several are compared. A year without a value is a gap. A single
 * point stands in the middle with its value written beside it, so the chart
 * is not an empty axis with a dot at its edge.
 */
export function buildTrendModel(slice: TrendSlice, tokens: ChartTokens, locale: Locale): ChartModel {
  const t = TERMS[locale];
  const several = slice.regions.length > 1;
  const size = tokens.fontSize;
  const kindColor: Readonly<Record<Kind, string>> = { actual: tokens.actual, target: tokens.target, baseline: tokens.baseline };
  const series: object[] = [];
  const points: ChartPoint[] = [];
  const legend: LegendEntry[] = [];
  const labels = labelStyle(tokens);

  // One pass over the rows, so many regions and years stay linear.
  const cells = new Map<string, IndicatorRow[]>();
  for (const row of slice.rows) {
    const key = `${row.regionKey}\u0000${row.kind}\u0000${row.year}`;
    const cell = cells.get(key);
    if (cell) cell.push(row);
    else cells.set(key, [row]);
  }
  // A cell is a point; the only one gets its value written beside it.
  const onlyPoint = cells.size === 1 ? [...cells.values()][0] : undefined;
  slice.regions.forEach((region, r) => {
    for (const kind of KINDS) {
      const rows = slice.years.map((year) => cells.get(`${region.key}\u0000${kind}\u0000${year}`) ?? []);
      if (rows.every((group) => group.length === 0)) continue;
      const seriesIndex = series.length;
      const color = several ? tokens.series[r % tokens.series.length]! : kindColor[kind];
      const label = several ? `${regionName(region, locale)} · ${t.kind[kind]}` : t.kind[kind];
      legend.push({ label, color, line: LINE_TYPE[kind], seriesIndex });
      series.push({
        type: 'line',
        name: canvasText(label),
        connectNulls: false,
        symbol: SYMBOL[kind],
        symbolSize: kind === 'target' ? 11 : 8,
        showSymbol: true,
        lineStyle: { type: LINE_TYPE[kind], width: kind === 'actual' ? 3 : 2, color },
        itemStyle: { color },
        emphasis: { focus: 'series', scale: 1.6 },
        // A missing year is '-', which ECharts leaves as a gap.
        data: rows.map((group) => (group.length ? pointValue(group) : '-')),
        ...(onlyPoint && {
          label: { ...labels, show: true, position: 'right', distance: 8, fontSize: size, fontWeight: 'bold', formatter: canvasText(pointText(onlyPoint, locale)) },
        }),
      });
      rows.forEach((group, dataIndex) => {
        if (group.length === 0) return;
        points.push({
          seriesIndex,
          dataIndex,
          label: t.pointLabel({ series: several ? `${regionName(region, locale)} ${t.kind[kind]}` : t.kind[kind], name: t.year(slice.years[dataIndex]!), value: pointText(group, locale) }),
          tooltip: rowsTooltip(group, locale),
          rows: group,
        });
      });
    }
  });

  const summary = trendSummary(slice, points, locale);
  return {
    option: {
      ...baseOption(tokens),
      // Axis labels inside the grid's box (ECharts 6's form of the legacy containLabel, which
      // needs a part the elements do not register and warns without it).
      grid: { left: 8, right: 16, top: 16 + size * 1.2, bottom: 8, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
      xAxis: {
        type: 'category',
        // One year: its points in the middle of the axis, not on its left edge.
        boundaryGap: slice.years.length === 1,
        data: slice.years.map(String),
        axisLabel: labels,
        axisLine: { lineStyle: { color: tokens.muted } },
      },
      yAxis: {
        type: 'value',
        name: canvasText(indicatorUnit(slice.indicator, locale)),
        nameTextStyle: labels,
        axisLabel: { ...labels, formatter: (v: number) => formatValue(v, '', locale) },
        splitLine: { lineStyle: { color: tokens.muted } },
        scale: false,
      },
      series,
    },
    summary,
    points,
    table: provenanceTable(slice.rows, locale, true),
    legend: legend.length > 1 ? legend : [],
  };
}
