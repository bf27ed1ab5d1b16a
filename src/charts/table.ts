import type { IndicatorRow } from '../data/schema.js';
import type { Locale } from '../i18n/locale.js';
import { TERMS } from '../i18n/terms.js';
import { formatNumber, labelColon } from './format.js';
import type { ChartTable } from './model.js';
import { rowRegion, rowSource, rowUnit } from './names.js';

/** Where a figure comes from, in one line: document, item and excerpt (the excerpt in the document's language). */
export function provenance(row: IndicatorRow, locale: Locale): string {
  const where = [rowSource(row, locale), row.sourceItem].filter(Boolean).join(' ');
  return row.excerpt ? `${where}${where ? labelColon(locale) : ''}“${row.excerpt}”` : where;
}

/** Rows as the table shows them: year, kind, value, unit and source (and region when several are compared). */
export function provenanceTable(rows: readonly IndicatorRow[], locale: Locale, withRegion: boolean): ChartTable {
  const t = TERMS[locale];
  const c = t.columns;
  return {
    columns: [...(withRegion ? [c.region] : []), c.year, c.kind, c.value, c.unit, c.source],
    rows: rows.map((row) => [
      ...(withRegion ? [rowRegion(row, locale)] : []),
      String(row.year),
      t.kind[row.kind],
      formatNumber(row.value, locale) + (row.valueMax === undefined ? '' : `–${formatNumber(row.valueMax, locale)}`),
      rowUnit(row, locale),
      provenance(row, locale),
    ]),
  };
}
