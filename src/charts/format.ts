import type { IndicatorRow } from '../data/schema.js';
import type { Locale } from '../i18n/locale.js';
import { rowUnit } from './names.js';

/** For the numbers String writes with an exponent (below 10^-6, from 10^21), which no figure is. */
let exponentFormat: Intl.NumberFormat | undefined;

/**
 * A number as both our locales (zh-CN and en) write it with Intl.NumberFormat's defaults and at
 * most two decimals: "1,350", "88.4", "97.05", "-0.5". Written out, not asked of Intl: a page's
 * first Intl.NumberFormat loads the browser's locale data, 20–30 ms of the main thread before its
 * first chart can draw (Chromium here), for the same text. Like Intl (ICU), it rounds the shortest
 * decimal that reads back as the number, half away from zero: 1.005 is "1.01", where toFixed,
 * which rounds the binary value, says "1.00". test/charts/number-format.test.ts compares the two.
 */
export function formatNumber(value: number, locale: Locale): string {
  const written = String(Math.abs(value));
  if (!/^\d+(\.\d+)?$/.test(written)) return (exponentFormat ??= new Intl.NumberFormat(locale, { maximumFractionDigits: 2 })).format(value);
  const [whole, fraction = ''] = written.split('.');
  const hundredths = String(BigInt(whole! + fraction.padEnd(2, '0').slice(0, 2)) + (fraction.charCodeAt(2) >= 53 ? 1n : 0n)).padStart(3, '0');
  const decimals = hundredths.slice(-2).replace(/0+$/, '');
  const sign = value < 0 || Object.is(value, -0) ? '-' : '';
  return sign + hundredths.slice(0, -2).replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (decimals && `.${decimals}`);
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
