import type { Locale } from '../i18n/locale.js';
import { TERMS } from '../i18n/terms.js';
import { baseOption } from './base-option.js';
import { formatValue, valueText } from './format.js';
import { gaugeScale, gaugeSummary, rowPoint, targetBound } from './gauge-common.js';
import type { ChartModel } from './model.js';
import type { GaugeSlice } from './slices.js';
import { provenanceTable } from './table.js';
import { canvasText } from './text.js';
import { statusColor, type ChartTokens } from './tokens.js';

/** Whether the gauge draws a dial for a slice: only for an actual held against a target. */
export function hasDial(slice: GaugeSlice): boolean {
  return slice.pairing.actual !== undefined && slice.pairing.target !== undefined;
}

/**
 * Achieved against target on one dial: the actual as the progress arc coloured
 * by status, the target as a marker on the rim (a band for a range target),
 * the value and the target in the centre.
 */
export function buildDialModel(slice: GaugeSlice, tokens: ChartTokens, locale: Locale): ChartModel {
  const t = TERMS[locale];
  const { actual, target, status } = slice.pairing;
  if (!actual || !target) throw new Error('buildDialModel: a dial needs an actual and a target (hasDial)');
  const shown = [actual.value, target.value, target.valueMax].filter((v): v is number => v !== undefined);
  const max = gaugeScale(slice.indicator.unit, shown);
  const color = statusColor(status, tokens);
  const size = tokens.fontSize;
  const centre = canvasText(valueText(actual, locale));
  const below = canvasText(t.targetLabel(valueText(target, locale)));

  // The track, with a range target's band drawn on it.
  const band = target.valueMax !== undefined ? [target.value / max, target.valueMax / max] : undefined;
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
  const series = [
    {
      ...common,
      name: t.kind.actual,
      // Shown in every dial: ECharts' gauge view throws when a re-render turns the progress
      // on after a render without it (pointer hidden too).
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
          value: { fontSize: size * 2, fontWeight: 'bold', color, fontFamily: tokens.fontFamily, lineHeight: size * 2.6 },
          target: { fontSize: size, color: tokens.text, fontFamily: tokens.fontFamily, lineHeight: size * 1.5 },
        },
      },
      data: [{ value: actual.value, name: t.kind.actual }],
    },
    {
      // The marker: a needle-shaped tick at the target (the lower end of a range), on the rim.
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
      data: [{ value: Math.min(targetBound(target), max), name: t.kind.target }],
    },
  ];
  return {
    option: {
      ...baseOption(tokens),
      series,
    },
    summary: gaugeSummary(slice, locale),
    points: [rowPoint(actual, 0, 0, locale), rowPoint(target, 1, 0, locale)],
    table: provenanceTable(slice.rows, locale, false),
    legend: [],
  };
}
