import type { IndicatorRow } from '../data/schema.js';
import type { Locale } from '../i18n/locale.js';
import { TERMS } from '../i18n/terms.js';
import { formatValue, labelColon, valueText } from './format.js';
import { rowRegion, rowSource, rowUnit } from './names.js';
import { provenance } from './table.js';

/**
 * A point's value: its row's, or the total of its rows when the indicator is
 * counted per theme (plan_items: one row a theme, the same region, year and kind).
 */
export function pointText(rows: readonly IndicatorRow[], locale: Locale): string {
  const first = rows[0]!;
  if (rows.length === 1) return valueText(first, locale);
  return formatValue(pointValue(rows), rowUnit(first, locale), locale);
}

export const pointValue = (rows: readonly IndicatorRow[]): number => rows.reduce((sum, row) => sum + row.value, 0);

/** Where a point comes from: its row's document, item and excerpt; the documents when it totals several rows. */
function pointSource(rows: readonly IndicatorRow[], locale: Locale): string {
  if (rows.length === 1) return provenance(rows[0]!, locale);
  return TERMS[locale].list([...new Set(rows.map((row) => rowSource(row, locale)).filter(Boolean))]);
}

/**
 * The tooltip of a point made of rows of one region, year and kind: when and
 * where, what, and the source. Plain text, one line a fact; the element shows
 * it as HTML text, so dataset markup stays text.
 */
export function rowsTooltip(rows: readonly IndicatorRow[], locale: Locale): string {
  const row = rows[0];
  if (!row) return '';
  const t = TERMS[locale];
  const colon = labelColon(locale);
  return [`${t.year(row.year)} · ${rowRegion(row, locale)}`, `${t.kind[row.kind]}${colon}${pointText(rows, locale)}`, `${t.sourceLabel}${colon}${pointSource(rows, locale)}`].join('\n');
}
