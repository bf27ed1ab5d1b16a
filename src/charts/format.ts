import type { IndicatorRow } from '../data/schema.js';
import type { Locale } from '../i18n/locale.js';
import { rowUnit } from './names.js';

/**
 * One formatter per locale: toLocaleString with options builds a new
 * Intl.NumberFormat on every call, which was a fifth of the script time of a
 * page with 200 gauges (tables and labels format every value).
 */
const formatters = new Map<Locale, Intl.NumberFormat>();

function formatterFor(locale: Locale): Intl.NumberFormat {
  let formatter = formatters.get(locale);
  if (!formatter) formatters.set(locale, (formatter = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 })));
  return formatter;
}

/**
 * Makes the locale's formatter ahead of need. The page's first one loads the
 * browser's locale data, about 30 ms (seen in a profile of a 1M-row load): better
 * spent while a file downloads than in the task that shows the chart.
 */
export function prepareNumberFormat(locale: Locale): void {
  formatterFor(locale);
}

/** A number as the locale writes it, with at most two decimals (88.4, 1,350, 97.05). */
export function formatNumber(value: number, locale: Locale): string {
  return formatterFor(locale).format(value);
}

/** A value with its unit: "88.4%", "1,350 个" (Chinese units follow the number without a space in zh-CN). */
export function formatValue(value: number, unit: string, locale: Locale, valueMax?: number): string {
  const number = formatNumber(value, locale) + (valueMax === undefined ? '' : `–${formatNumber(valueMax, locale)}`);
  if (unit === '' || unit === '%') return number + unit;
  return locale === 'zh-CN' ? number + unit : `${number} ${unit}`;
}

/** A row's value with its unit (a range as such), in the reader's language: "88.4%", "1–2所", "990 places". */
export function valueText(row: IndicatorRow, locale: Locale): string {
  return formatValue(row.value, rowUnit(row, locale), locale, row.valueMax);
}

/** Between a label and its value: a full-width colon in Chinese, ": " in English. */
export function labelColon(locale: Locale): string {
  return locale === 'zh-CN' ? '：' : ': ';
}
