import type { ValidRow } from './columns.js';
import { COLUMNS, type IndicatorRow } from './schema.js';

/** A row's cells in the dataset format's column order (COLUMNS), as a file writes them. */
export function rowCells(row: IndicatorRow): string[] {
  const values: Record<(typeof COLUMNS)[number], string> = {
    region_code: row.regionCode,
    region: row.region,
    parent: row.parent,
    year: String(row.year),
    theme: row.theme,
    indicator_id: row.indicatorId,
    indicator: row.indicator,
    unit: row.unit,
    kind: row.kind,
    value: String(row.value),
    value_max: row.valueMax === undefined ? '' : String(row.valueMax),
    direction: row.direction,
    source: row.source,
    source_item: row.sourceItem,
    excerpt: row.excerpt,
    region_en: row.regionEn,
    indicator_en: row.indicatorEn,
    unit_en: row.unitEn,
    source_en: row.sourceEn,
  };
  return COLUMNS.map((column) => values[column]);
}

/** A dataset's row as ColumnsBuilder takes it, at the line given (its line in the file it first came from). */
export function validRow(row: IndicatorRow, line = row.line): ValidRow {
  return { ...row, valueMax: row.valueMax ?? NaN, line };
}
