// Reviewed rows join the current dataset as an upload would: read and checked by the
// library's parseDataset (a CSV of the dataset's columns), then indexed with the current
// rows, with the checks only all rows together allow (a row repeated, one indicator in
// two units).
import { writeProblem } from '../src/i18n/problem-messages.js';
import { Dataset } from '../src/data/dataset.js';
import { parseDataset } from '../src/data/parse-dataset.js';
import type { ParseResult } from '../src/data/parse.js';
import { rebuildDataset } from '../src/data/rebuild.js';
import { validRow } from '../src/data/row-cells.js';

/**
 * The CSV's rows joined after `current`'s (its rows first, unchanged). A problem about an added
 * row names it by `lineOf` its line in the CSV (the header is line 1); one about the current
 * rows alone names no line, one that cites a current row (a duplicate of it) cites its line.
 */
export function joinRows(current: Dataset | undefined, csv: string, lineOf: (line: number) => number = (line) => line): ParseResult {
  const parsed = parseDataset(csv);
  const added: ParseResult = { ...parsed, problems: parsed.problems.map((p) => (p.line === undefined ? p : { ...p, line: lineOf(p.line) })) };
  if (!added.ok || !current) return added;
  // The added rows stand after the current ones, as if appended to their file.
  let base = 0;
  for (const row of current) base = Math.max(base, row.line);
  function* rows() {
    for (const row of current!) yield validRow(row);
    for (const row of added.ok ? added.dataset : []) yield validRow(row, base + row.line - 1);
  }
  const place = (line: number) => lineOf(line - base + 1);
  const joined = rebuildDataset(rows(), current.format, current.encoding, (line, field) => (line > base ? { line: place(line), field } : { field }));
  const cited = joined.problems.map(({ params, ...finding }) => {
    const other = params.otherLine;
    return { ...finding, params: other !== undefined && other > base ? { ...params, otherLine: place(other) } : params };
  });
  const problems = [...added.problems, ...cited.map(writeProblem)];
  const outcome = { problems, problemCount: added.problemCount + joined.problemCount, format: added.format, encoding: added.encoding };
  return joined.data ? { ...outcome, ok: true, dataset: new Dataset(joined.data) } : { ...outcome, ok: false };
}
