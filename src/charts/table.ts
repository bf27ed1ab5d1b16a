import type { IndicatorRow } from '../data/schema.js';
import type { Locale } from '../i18n/locale.js';
import { TERMS } from '../i18n/terms.js';
import { formatNumber } from './format.js';
import type { ChartTable } from './model.js';

/** Where a figure comes from, in one line: document, item and excerpt. */
export function provenance(row: IndicatorRow): string {
  const where = [row.source, row.sourceItem].filter(Boolean).join(' ');
  return row.excerpt ? `${where}${where ? '：' : ''}“${row.excerpt}”` : where;
}

/** Rows as the table shows them: year, kind, value, unit and source (and region when several are compared). */
export function provenanceTable(rows: readonly IndicatorRow[], locale: Locale, withRegion: boolean): ChartTable {
  const t = TERMS[locale];
  const c = t.columns;
  return {
    columns: [...(withRegion ? [c.region] : []), c.year, c.kind, c.value, c.unit, c.source],
    rows: rows.map((row) => [
      ...(withRegion ? [row.region] : []),
      String(row.year),
      t.kind[row.kind],
      formatNumber(row.value, locale) + (row.valueMax === undefined ? '' : `–${formatNumber(row.valueMax, locale)}`),
      row.unit,
      provenance(row),
    ]),
  };
}
