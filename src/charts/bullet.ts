import { NEAR_MARGIN } from '../data/pairing.js';
import type { IndicatorRow } from '../data/schema.js';
import type { Locale } from '../i18n/locale.js';
import { TERMS } from '../i18n/terms.js';
import { baseOption } from './base-option.js';
import { valueText } from './format.js';
import { emptyOption, gaugeScale, gaugeSummary, rowPoint, targetBound } from './gauge-common.js';
import type { ChartFigure, ChartModel, ChartPoint } from './model.js';
import { indicatorName } from './names.js';
import { niceMax, type GaugeSlice } from './slices.js';
import { provenanceTable } from './table.js';
import { statusColor, type ChartTokens } from './tokens.js';

/** The bullet's scale: from 0 (or a round minimum below a negative value) to a round maximum above the actual and the target. */
export function bulletScale(unit: string, values: readonly number[]): { min: number; max: number } {
  const lowest = Math.min(0, ...values);
  return { min: lowest < 0 ? -niceMax(-lowest * 1.1) : 0, max: gaugeScale(unit, values) };
}

/**
 * The qualitative ranges behind the bar, as the status reads them: not met,
 * near (within NEAR_MARGIN of the target) and met. Lower-is-better puts met on
 * the left, so the ranges show which way is good before any word is read.
 */
export function bulletRanges(target: IndicatorRow, min: number, max: number): { from: number; to: number; status: 'met' | 'near' | 'not-met' }[] {
  const bound = targetBound(target);
  const margin = Math.abs(bound) * NEAR_MARGIN;
  const clamp = (value: number) => Math.min(Math.max(value, min), max);
  const ranges =
    target.direction === 'lower'
      ? [
          { from: min, to: bound, status: 'met' as const },
          { from: bound, to: bound + margin, status: 'near' as const },
          { from: bound + margin, to: max, status: 'not-met' as const },
        ]
      : [
          { from: min, to: bound - margin, status: 'not-met' as const },
          { from: bound - margin, to: bound, status: 'near' as const },
          { from: bound, to: max, status: 'met' as const },
        ];
  return ranges.map((r) => ({ ...r, from: clamp(r.from), to: clamp(r.to) })).filter((r) => r.to > r.from);
}

/**
 * Few's greys: each range a shade of the text colour, the most ink where the
 * target is furthest. Shades of the muted colour would be too faint to tell
 * three apart, and the text colour gives shades in the dark theme too.
 */
const RANGE_OPACITY = { 'not-met': 0.26, near: 0.16, met: 0.08 } as const;

/**
 * Stephen Few's bullet graph, for lists where fifty indicators are scanned:
 * one horizontal bar for the actual, coloured by status, a marker line at the
 * target (a band for a range), on a scale from 0 to a round maximum above both
 * (honest, for the target is real), over qualitative ranges that read
 * lower-is-better as such. Beside it the value, the target and the status in
 * words; the indicator's name is the label. Without a target, the figure
 * written out (value, year, "no target set") and no bar: a bar would need a
 * maximum of our own.
 *
 * The bar and marker are line series (a thick line with flat ends is a bar):
 * the bundle already carries ECharts' line chart, and its bar chart would add
 * several KiB to every page.
 */
export function buildBulletModel(slice: GaugeSlice, tokens: ChartTokens, locale: Locale): ChartModel {
  const t = TERMS[locale];
  const { actual, target, status } = slice.pairing;
  const label = indicatorName(slice.indicator, locale);
  const common = {
    summary: gaugeSummary(slice, locale),
    table: provenanceTable(slice.rows, locale, false),
    legend: [],
  };
  if (!target) {
    // gaugeSlice gives a year without a target only with an actual.
    if (!actual) throw new Error('buildBulletModel: a gauge slice without a target has an actual');
    const figure: ChartFigure = { label, value: valueText(actual, locale), year: t.year(actual.year), status, statusText: t.status[status] };
    return { ...common, option: emptyOption(tokens), points: [rowPoint(actual, 0, 0, locale)], figure };
  }

  const { min, max } = bulletScale(slice.indicator.unit, [actual?.value, target.value, target.valueMax].filter((v): v is number => v !== undefined));
  const size = tokens.fontSize;
  // Few's proportions: the bar a third of the ranges' height, the marker about three quarters.
  const rangeHeight = Math.round(size);
  const barHeight = Math.max(3, Math.round(size / 3));
  const markerHeight = Math.round(size * 0.8);
  const markerWidth = 3;
  /** A stretch of the scale drawn as a thick line with flat ends, at the bullet's middle. */
  const stretch = (from: number, to: number, color: string, width: number, opacity = 1) => ({
    type: 'line',
    silent: true,
    symbol: 'none',
    clip: false,
    animation: false,
    data: [
      [from, 0],
      [to, 0],
    ],
    lineStyle: { color, width, opacity, cap: 'butt' },
  });

  const series: object[] = [];
  const points: ChartPoint[] = [];
  if (actual) {
    const color = statusColor(status, tokens);
    points.push(rowPoint(actual, series.length, 0, locale));
    series.push({
      type: 'line',
      name: t.kind.actual,
      z: 3,
      clip: false,
      // From the value back to 0: the first point, at the bar's end, is the mark to hover and highlight.
      data: [
        { value: [actual.value, 0], symbol: 'rect', symbolSize: [markerWidth - 1, barHeight] },
        { value: [0, 0], symbol: 'none' },
      ],
      showSymbol: true,
      lineStyle: { color, width: barHeight, cap: 'butt' },
      itemStyle: { color },
      emphasis: { scale: 2, lineStyle: { width: barHeight } },
    });
  }
  points.push(rowPoint(target, series.length, 0, locale));
  series.push({
    type: 'line',
    name: t.kind.target,
    z: 4,
    clip: false,
    data: [[targetBound(target), 0]],
    showSymbol: true,
    symbol: 'rect',
    symbolSize: [markerWidth, markerHeight],
    itemStyle: { color: tokens.target },
    emphasis: { scale: 1.4 },
  });
  // Without an actual, one plain track: the darker "not met" range would read as a bar, a figure no report gives.
  const ranges = actual ? bulletRanges(target, min, max) : [{ from: min, to: max, status: 'met' as const }];
  for (const range of ranges) {
    series.push({ ...stretch(range.from, range.to, tokens.text, rangeHeight, RANGE_OPACITY[range.status]), z: 1 });
  }
  if (target.valueMax !== undefined) series.push({ ...stretch(target.value, target.valueMax, tokens.target, rangeHeight, 0.35), z: 2 });

  const figure: ChartFigure = actual
    ? { label, value: valueText(actual, locale), target: t.targetLabel(valueText(target, locale)), status, statusText: t.status[status] }
    : { label, value: t.targetLabel(valueText(target, locale)), year: t.year(target.year), status, statusText: t.status[status] };
  return {
    ...common,
    option: {
      ...baseOption(tokens),
      // Room for the marker's and the bar end's half widths at the scale's ends.
      grid: { left: markerWidth, right: markerWidth, top: 0, bottom: 0 },
      xAxis: { type: 'value', min, max, show: false },
      yAxis: { type: 'value', min: -1, max: 1, show: false },
      series,
    },
    points,
    figure,
  };
}
