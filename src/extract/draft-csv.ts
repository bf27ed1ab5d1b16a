/**
 * The draft as a CSV file in the dataset format: the dataset's columns, then confidence and reason
 * for the reviewer. UTF-8 with a byte order mark, as the pack's partitions, so that Excel opens the
 * Chinese text as such; the dataset parser ignores the extra columns once the reviewer is done.
 */
import { csvFormatRow } from 'd3-dsv';
import type { Locale } from '../i18n/locale.js';
import { COLUMNS } from '../data/schema.js';
import type { ExtractResult } from './types.js';

const BOM = '\ufeff';

/** The draft's CSV text; reasons in the given language (Chinese by default), joined by "; ". */
export function draftCsv(result: ExtractResult, locale: Locale = 'zh-CN'): string {
  const header = csvFormatRow([...COLUMNS, 'confidence', 'reason']);
  const lines = result.rows.map((row) =>
    csvFormatRow([...COLUMNS.map((column) => row.cells[column]), row.confidence.toFixed(2), row.reasons.map((r) => r.message[locale]).join('; ')]),
  );
  return `${BOM}${[header, ...lines].join('\n')}\n`;
}
