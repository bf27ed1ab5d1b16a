import type { IndicatorRow } from '../data/schema.js';
import type { Locale } from '../i18n/locale.js';
import { TERMS } from '../i18n/terms.js';
import { baseOption } from './base-option.js';
import { valueText } from './format.js';
import type { ChartPoint } from './model.js';
import { indicatorName, regionName, rowSource } from './names.js';
import { niceMax, type GaugeSlice } from './slices.js';
import type { ChartTokens } from './tokens.js';
import { rowsTooltip } from './tooltip.js';

/** What the three views of <edu-gauge> (dial, figure, bullet) share: colours, scale, values in words, the summary. */

/**
 * 0-100 for percentages that fit; else a round maximum above every value shown.
 * Only for a scale that holds a real target: without one, a maximum would be
 * invented, and an arc or bar short of it would read as a shortfall.
 */
export function gaugeScale(unit: string, values: readonly number[]): number {
  const highest = Math.max(0, ...values);
  if (unit === '%' && highest <= 100) return 100;
  return niceMax(highest * 1.1 || 1);
}

/** Where a target is reached: a range's lower end when more is better, its upper end when less is (as assess() reads it). */
export const targetBound = (target: IndicatorRow): number =>
  target.direction === 'lower' && target.valueMax !== undefined ? target.valueMax : target.value;

/** A row's value with its unit, in the reader's language: "88.4%", "1–2所", "990 个". */
/** The gauge's summary sentence, also its accessible name; with the change since the previous year where the view shows it. */
export function gaugeSummary(slice: GaugeSlice, locale: Locale, change?: string): string {
  const t = TERMS[locale];
  const { actual, target } = slice.pairing;
  return t.gaugeSummary({
    region: regionName(slice.region, locale),
    year: slice.year,
    indicator: indicatorName(slice.indicator, locale),
    actual: actual && valueText(actual, locale),
    change,
    target: target && valueText(target, locale),
    targetFrom: target && target.year !== slice.year ? t.targetFrom(target.year, rowSource(target, locale)) : undefined,
    status: t.status[slice.pairing.status],
  });
}

/** An option with nothing to draw: the figure written out is all the view shows, and the element keeps one ECharts instance in every view. */
export const emptyOption = (tokens: ChartTokens) => ({ ...baseOption(tokens), series: [] });

/** A row as a point the keyboard reaches: announced with its kind, year and value; its tooltip names the source. */
export function rowPoint(row: IndicatorRow, seriesIndex: number, dataIndex: number, locale: Locale): ChartPoint {
  const t = TERMS[locale];
  return {
    seriesIndex,
    dataIndex,
    label: t.pointLabel({ series: t.kind[row.kind], name: t.year(row.year), value: valueText(row, locale) }),
    tooltip: rowsTooltip([row], locale),
    rows: [row],
  };
}
