// The JSON reader of parse.ts (parseFindings), apart so that it loads only for a
// JSON file (loader.ts): the bundled datasets and most others are CSV.
import type { ColumnsBuilder, SourceFormat } from './columns.js';
import { jsonErrorPlace } from './json-error.js';
import { PROGRESS_EVERY_ROWS, type ParseOptions } from './parse.js';
import { problem, type ProblemCollector } from './problems.js';
import { columnForHeader } from './schema.js';
import { readHeader, RowValidator } from './validate.js';

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** Reads JSON text (an array of records, or an object with a rows array): parse.ts's FormatReader for JSON. */
export function readJson(
  text: string,
  _format: SourceFormat,
  builder: ColumnsBuilder,
  problems: ProblemCollector,
  { onProgress, firstDataLine = 1 }: ParseOptions,
): RowValidator | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    problems.add(problem('error', 'bad-json', jsonErrorPlace(text), { detail }));
    return undefined;
  }
  const records =
    Array.isArray(parsed) ? parsed
    : parsed && typeof parsed === 'object' && Array.isArray((parsed as { rows?: unknown }).rows) ?
      ((parsed as { rows: unknown[] }).rows)
    : undefined;
  if (!records) {
    problems.add(problem('error', 'json-shape'));
    return undefined;
  }
  if (records.length === 0) {
    problems.add(problem('error', 'no-rows'));
    return undefined;
  }
  const keys: string[] = [];
  const known = new Set<string>();
  records.forEach((record, i) => {
    if (!record || typeof record !== 'object' || Array.isArray(record)) {
      problems.add(problem('error', 'json-shape', { line: i + firstDataLine }));
      return;
    }
    for (const key in record) {
      if (!known.has(key)) {
        known.add(key);
        keys.push(key);
      }
    }
  });
  if (problems.hasErrors) return undefined;
  const index = readHeader(keys, problems, undefined);
  if (!index) return undefined;
  // JSON text holds no raw control character; a string may still spell one as an escape.
  const checkControls = /\\u00(?:0[0-8bcef]|1[0-9a-f]|7f)/i.test(text);
  const validator = new RowValidator(index, keys.length, builder, problems, false, checkControls);
  records.forEach((record, i) => {
    for (const key of keys) {
      const value = (record as Record<string, unknown>)[key];
      const field = columnForHeader(key);
      if (field && value && typeof value === 'object') {
        problems.add(problem('error', 'nested-value', { line: i + firstDataLine, field }, { column: key, value: JSON.stringify(value) }));
      }
    }
    const cells = keys.map((key) => cellText((record as Record<string, unknown>)[key]));
    validator.read(cells, i + firstDataLine);
    if (onProgress && i % PROGRESS_EVERY_ROWS === 0) onProgress(i, records.length);
  });
  onProgress?.(records.length, records.length);
  return validator;
}
