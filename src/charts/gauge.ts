import { baseOption } from './base-option.js';
import type { Status } from '../data/pairing.js';
import type { IndicatorRow } from '../data/schema.js';
import type { Locale } from '../i18n/locale.js';
import { TERMS } from '../i18n/terms.js';
import { formatValue } from './format.js';
import type { ChartModel, ChartPoint } from './model.js';
import { niceMax, type GaugeSlice } from './slices.js';
import { provenanceTable } from './table.js';
import { canvasText } from './text.js';
import type { ChartTokens } from './tokens.js';
import { rowsTooltip } from './tooltip.js';

export function statusColor(status: Status, tokens: ChartTokens): string {
  switch (status) {
    case 'met':
      return tokens.met;
    case 'near':
      return tokens.near;
    case 'not-met':
      return tokens.notMet;
    case 'no-target':
      return tokens.actual;
    case 'no-actual':
      return tokens.muted;
  }
}

/** 0-100 for percentages that fit; else a round maximum above every value shown. */
export function gaugeScale(unit: string, values: readonly number[]): number {
  const highest = Math.max(0, ...values);
  if (unit === '%' && highest <= 100) return 100;
  return niceMax(highest * 1.1 || 1);
}

const rowValue = (row: IndicatorRow, locale: Locale) => formatValue(row.value, row.unit, locale, row.valueMax);

/** The gauge's summary sentence, also its accessible name. */
export function gaugeSummary(slice: GaugeSlice, locale: Locale): string {
  const t = TERMS[locale];
  const { actual, target } = slice.pairing;
  return t.gaugeSummary({
    region: slice.region.name,
    year: slice.year,
    indicator: slice.indicator.name,
    actual: actual && rowValue(actual, locale),
    target: target && rowValue(target, locale),
    targetFrom: target && target.year !== slice.year ? t.targetFrom(target.year, target.source) : undefined,
    status: t.status[slice.pairing.status],
  });
}

/**
 * Achieved against target on one dial: the actual as the progress arc coloured
 * by status, the target as a marker on the rim (a band for a range target),
 * the value and the target in the centre.
 */
export function buildGaugeModel(slice: GaugeSlice, tokens: ChartTokens, locale: Locale): ChartModel {
  const t = TERMS[locale];
  const { actual, target, status } = slice.pairing;
  const unit = slice.indicator.unit;
  const shown = [actual?.value, target?.value, target?.valueMax].filter((v): v is number => v !== undefined);
  const max = gaugeScale(unit, shown);
  const color = statusColor(status, tokens);
  const size = tokens.fontSize;
  const centre = canvasText(actual ? rowValue(actual, locale) : '—');
  const below = canvasText(target ? t.targetLabel(rowValue(target, locale)) : t.noTarget);

  // The track, with a range target's band drawn on it.
  const band = target?.valueMax !== undefined ? [target.value / max, target.valueMax / max] : undefined;
  const track: [number, string][] =
    band ? [[band[0]!, tokens.muted], [band[1]!, tokens.target], [1, tokens.muted]] : [[1, tokens.muted]];

  const common = {
    type: 'gauge',
    min: 0,
    max,
    startAngle: 215,
    endAngle: -35,
    radius: '88%',
    center: ['50%', '56%'],
    splitNumber: 4,
  };
  const series: object[] = [
    {
      ...common,
      name: t.kind.actual,
      // Always shown (an empty arc at 0 without an actual): ECharts' gauge view throws when a
      // re-render turns the progress on after a render without it (pointer hidden too).
      progress: { show: true, width: 18, roundCap: false, itemStyle: { color } },
      axisLine: { lineStyle: { width: 18, color: track } },
      pointer: { show: false },
      anchor: { show: false },
      axisTick: { show: false },
      splitLine: { length: 6, distance: 4, lineStyle: { color: tokens.muted, width: 1 } },
      axisLabel: {
        distance: 26,
        color: tokens.text,
        fontSize: size * 0.75,
        fontFamily: tokens.fontFamily,
        formatter: (value: number) => (value === 0 || value === max ? formatValue(value, '', locale) : ''),
      },
      title: { show: false },
      detail: {
        valueAnimation: tokens.animation,
        // Above the scale's end labels, which sit low beside the arc's ends.
        offsetCenter: [0, '-8%'],
        formatter: () => `{value|${centre}}\n{target|${below}}`,
        rich: {
          value: { fontSize: size * 2, fontWeight: 'bold', color: actual ? color : tokens.text, fontFamily: tokens.fontFamily, lineHeight: size * 2.6 },
          target: { fontSize: size, color: tokens.text, fontFamily: tokens.fontFamily, lineHeight: size * 1.5 },
        },
      },
      data: [{ value: actual?.value ?? 0, name: t.kind.actual }],
    },
  ];
  if (target) {
    // The marker: a needle-shaped tick at the target (the lower end of a range), on the rim.
    series.push({
      ...common,
      name: t.kind.target,
      axisLine: { show: false },
      progress: { show: false },
      axisTick: { show: false },
      splitLine: { show: false },
      axisLabel: { show: false },
      anchor: { show: false },
      title: { show: false },
      detail: { show: false },
      pointer: { show: true, icon: 'rect', length: 30, width: 5, offsetCenter: [0, '-62%'], itemStyle: { color: tokens.target } },
      data: [{ value: Math.min(target.direction === 'lower' && target.valueMax !== undefined ? target.valueMax : target.value, max), name: t.kind.target }],
    });
  }

  const summary = gaugeSummary(slice, locale);
  const points: ChartPoint[] = [];
  const point = (row: IndicatorRow, seriesIndex: number): ChartPoint => ({
    seriesIndex,
    dataIndex: 0,
    label: t.pointLabel({ series: t.kind[row.kind], name: t.year(row.year), value: rowValue(row, locale) }),
    tooltip: rowsTooltip([row], locale),
    rows: [row],
  });
  if (actual) points.push(point(actual, 0));
  if (target) points.push(point(target, 1));
  return {
    option: {
      ...baseOption(tokens),
      series,
    },
    summary,
    points,
    table: provenanceTable(slice.rows, locale, false),
    legend: [],
  };
}
