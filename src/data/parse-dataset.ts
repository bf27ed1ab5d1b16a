// The data layer's parse as it is given out: parse.ts's, with the problems'
// messages written. Here, not in parse.ts, so that the elements, which parse
// through the loader, never load the messages for a file without problems.
import { writeProblem } from '../i18n/problem-messages.js';
import { parseFindings, withDataset, type DataParseResult, type ParseInput, type ParseOptions, type ParseResult } from './parse.js';
import { readJson } from './read-json.js';

/** Parses and validates a dataset file into a Dataset. Never throws. */
export function parseDataset(input: ParseInput, options: ParseOptions = {}): ParseResult {
  return withDataset(parseDatasetData(input, options));
}

/** Parses and validates into transferable columns (what a worker can post back). Never throws. */
export function parseDatasetData(input: ParseInput, options: ParseOptions = {}): DataParseResult {
  const found = parseFindings(input, options, readJson);
  return { ...found, problems: found.problems.map(writeProblem) };
}
