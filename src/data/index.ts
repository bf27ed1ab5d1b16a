export * from './schema.js';
export type { Problem, ProblemCode, Severity } from './problems.js';
export { PROBLEM_LIST_LIMIT } from './problems.js';
export type { DatasetData, SourceFormat } from './columns.js';
export type { Encoding } from './decode.js';
export { Dataset, type RegionInfo, type IndicatorInfo, type RowFilter } from './dataset.js';
export { detectFormat, type ParseInput, type ParseOptions, type ParseResult } from './parse.js';
export { parseDataset, parseDatasetData } from './parse-dataset.js';
export { pairTarget, assess, NEAR_MARGIN, type Pairing, type PairingQuery, type Status } from './pairing.js';
export {
  assessTarget,
  targetOutcomes,
  reportedThrough,
  latestTargetYear,
  OUTCOMES,
  type Outcome,
  type OutcomeQuery,
  type TargetOutcome,
} from './outcomes.js';
export { relatedFigures, sameSubject } from './related.js';
export { loadDataset, forgetDataset, type LoadOptions, type LoadProgress, type LoadResult } from './loader.js';
export { parseThemes, themeName, loadThemes, type Theme } from './themes.js';
