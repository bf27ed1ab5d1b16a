import { ColumnsBuilder, type DatasetData, type SourceFormat, type ValidRow } from './columns.js';
import { Dataset } from './dataset.js';
import { ProblemCollector, type Finding, type ProblemPlace } from './problems.js';
import { validRow } from './row-cells.js';
import type { Column } from './schema.js';

export interface Rebuilt {
  readonly data: DatasetData | undefined;
  /** What only all the rows together show: repeated rows, an indicator's several units, English given on some rows only (their messages not written). */
  readonly problems: readonly Finding[];
  readonly problemCount: number;
}

/**
 * Indexes rows that were each read and checked already (parts of one file, read apart) as one
 * dataset, with the checks that need every row. `place` says where a row's field is in the
 * file the rows came from. No data when those checks find an error (a conflicting duplicate).
 */
export function rebuildDataset(
  rows: Iterable<ValidRow>,
  format: SourceFormat,
  encoding: string,
  place: (line: number, field: Column) => ProblemPlace = (line, field) => ({ line, field }),
): Rebuilt {
  const builder = new ColumnsBuilder();
  for (const row of rows) builder.add(row);
  const problems = new ProblemCollector();
  const data = builder.finish(format, encoding, problems, place);
  return { data: problems.hasErrors ? undefined : data, problems: problems.list(), problemCount: problems.count };
}

/**
 * Several datasets as one (a pack's partitions a chart needs together), rows in the order given.
 * Partitions of one pack share no row, so nothing is dropped.
 */
export function mergeDatasets(datasets: readonly Dataset[]): Dataset {
  if (datasets.length === 1) return datasets[0]!;
  function* rows() {
    for (const dataset of datasets) for (const row of dataset) yield validRow(row);
  }
  const first = datasets[0]!;
  const { data } = rebuildDataset(rows(), first.format, first.encoding);
  // Rows of different partitions never repeat one another; should they, the first dataset stands.
  return data ? new Dataset(data) : first;
}
