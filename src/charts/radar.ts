import { baseOption, labelStyle } from './base-option.js';
import type { Locale } from '../i18n/locale.js';
import { TERMS } from '../i18n/terms.js';
import { formatValue, labelColon } from './format.js';
import type { ChartModel, ChartPoint, ChartTable } from './model.js';
import { indicatorName, indicatorUnit, regionName } from './names.js';
import type { RadarSlice } from './slices.js';
import { canvasText, wrapLabel } from './text.js';
import type { ChartTokens } from './tokens.js';

/** Theme names wider than this (in CJK characters) take more lines, so a 360px screen shows them whole. */
const AXIS_NAME_WIDTH = 6;

/** The measure's display name and unit. */
export function radarMeasureLabel(slice: RadarSlice, locale: Locale): { name: string; unit: string } {
  const t = TERMS[locale];
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
  return t.radarSummary({
    regions: t.list(slice.regions.map((r) => regionName(r, locale))),
    when: new Set(slice.years).size === 1 ? t.year(slice.years[0]!) : t.eachLatestYear,
    measure: radarMeasureLabel(slice, locale).name,
    axes: slice.axes.length,
    notCompared: slice.notCompared && t.notCompared(slice.notCompared),
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
