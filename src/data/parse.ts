import { ColumnsBuilder, type DatasetData, type SourceFormat } from './columns.js';
import { Dataset } from './dataset.js';
import { DelimitedRowReader } from './delimited-rows.js';
import { decodeBytes, looksBinary, looksLikeHtml, type DecodedText, type Encoding } from './decode.js';
import { problem, ProblemCollector, type Finding, type Problem } from './problems.js';
import { HEADER_SEARCH_ROWS, knownColumnCount, namesRequiredColumns, readHeader, RowValidator } from './validate.js';
import { RowCells, tokenize } from './tokenizer.js';

/** A file's bytes, its text, or its text already decoded from bytes (a StreamingDecoder's result, with its encoding). */
export type ParseInput = string | ArrayBuffer | Uint8Array | DecodedText;

export interface ParseOptions {
  /** Called now and then with how much of the text has been read (characters of total). */
  readonly onProgress?: (done: number, total: number) => void;
  /**
   * The line (CSV/TSV) or record number (JSON) of the first data row: a part of a larger file,
   * read on its own behind a copy of its header (the pack writer does that), says where in
   * that file each problem is. 2 (the line below the header) or 1 (the first record) by default.
   */
  readonly firstDataLine?: number;
}

/** P: the problems as they are given out (Problem), or as found, their messages not yet written (Finding). */
interface Outcome<P extends Finding | Problem> {
  /** The first problems (errors first), at most PROBLEM_LIST_LIMIT. */
  readonly problems: readonly P[];
  /** How many problems there were in all, listed or not. */
  readonly problemCount: number;
  readonly format: SourceFormat | undefined;
  readonly encoding: Encoding | undefined;
}

/** The outcome as plain columns: what a worker posts back. */
export type DataParseResult<P extends Finding | Problem = Problem> = Outcome<P> & ({ readonly ok: true; readonly data: DatasetData } | { readonly ok: false });

/** The outcome with a ready Dataset, or only problems when the file has any error. */
export type ParseResult<P extends Finding | Problem = Problem> = Outcome<P> & ({ readonly ok: true; readonly dataset: Dataset } | { readonly ok: false });

/** How often (in rows) a reader reports its progress. */
export const PROGRESS_EVERY_ROWS = 20_000;

/**
 * Reads a file's text of one format into the builder, adding the problems it
 * finds; undefined where one of them stops it. readDelimited here, readJson
 * in read-json.ts, which loads only for a JSON file (loader.ts).
 */
export type FormatReader = (
  text: string,
  format: SourceFormat,
  builder: ColumnsBuilder,
  problems: ProblemCollector,
  options: ParseOptions,
) => RowValidator | undefined;

export function withDataset<P extends Finding | Problem>(result: DataParseResult<P>): ParseResult<P> {
  if (!result.ok) return result;
  const { data, ...outcome } = result;
  return { ...outcome, ok: true, dataset: new Dataset(data) };
}

/**
 * Rows of a download that its reader (streaming-parse.ts) read as the text came, into a builder and
 * problems of its own: parseFindings, given the text's start for its whole-file checks, uses them
 * and has `rest` read what is left.
 */
export interface ReadSoFar {
  readonly problems: ProblemCollector;
  readonly builder: ColumnsBuilder;
  /** Reads the rest of the text: the validator, or undefined where a problem stops the file. */
  readonly rest: () => RowValidator | undefined;
}

/**
 * Parses and validates into transferable columns, the problems found but their
 * messages not yet written: for the loader and the parse worker, which load the
 * messages only for a file that has problems; parseDataset and parseDatasetData
 * (parse-dataset.ts) write them at once. JSON text needs readJson (read-json.ts).
 * Given `soFar` (a download's rows read as they came: streaming-parse.ts), `input`
 * is only the text's start, for the whole-file checks. Never throws.
 */
export function parseFindings(input: ParseInput, options: ParseOptions = {}, readJson?: FormatReader, soFar?: ReadSoFar): DataParseResult<Finding> {
  const problems = soFar?.problems ?? new ProblemCollector();
  let format: SourceFormat | undefined;
  let encoding: Encoding | undefined;
  const fail = (): DataParseResult<Finding> => ({ ok: false, problems: problems.list(), problemCount: problems.count, format, encoding });
  try {
    let text: string;
    if (typeof input === 'string') {
      text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
    } else {
      const decoded = 'encoding' in input ? input : decodeBytes(input instanceof Uint8Array ? input : new Uint8Array(input));
      text = decoded.text;
      encoding = decoded.encoding;
    }
    const fault = textFault(text);
    if (fault) {
      problems.add(problem('error', fault));
      return fail();
    }
    format = detectFormat(text);
    // A JSON record of this format takes about 120 characters or more; the columns grow if not.
    const builder = soFar?.builder ?? new ColumnsBuilder(format === 'json' ? Math.ceil(text.length / 120) : lineBreaks(text));
    const read = format === 'json' ? readJson : readDelimited;
    if (!read) throw new Error('JSON text, and no JSON reader to read it');
    const validator = soFar ? soFar.rest() : read(text, format, builder, problems, options);
    if (validator?.rows === 0) problems.add(problem('error', 'no-rows'));
    if (!validator || problems.hasErrors) return fail();
    const data = builder.finish(format, encoding ?? 'utf-8', problems, (line, field) => validator.place(line, field));
    if (problems.hasErrors) return fail();
    return { ok: true, data, problems: problems.list(), problemCount: problems.count, format, encoding };
  } catch (error) {
    // A parser bug must still reach the analyst as a problem, never as an exception.
    problems.add(problem('error', 'unreadable', {}, { detail: String(error) }));
    return fail();
  }
}

/**
 * What makes a text no table before its rows are read. It depends only on the text's start:
 * its first SAMPLE_CHARS (decode.ts), and whether anything but white space comes at all.
 */
export function textFault(text: string): 'empty-file' | 'binary-file' | 'html-file' | undefined {
  return text.trim() === '' ? 'empty-file'
    : looksBinary(text) ? 'binary-file'
    : looksLikeHtml(text) ? 'html-file'
    : undefined;
}

export const DELIMITERS: Readonly<Record<Exclude<SourceFormat, 'json'>, string>> = { csv: ',', tsv: '\t', semicolon: ';' };

/** JSON by its first character; otherwise the delimiter the header line (outside quotes) uses most. */
export function detectFormat(text: string): SourceFormat {
  const start = text.trimStart()[0];
  if (start === '[' || start === '{') return 'json';
  const end = text.search(/\r|\n/);
  const header = (end === -1 ? text : text.slice(0, end)).replace(/"[^"]*"/g, '');
  const count = (c: string) => header.split(c).length - 1;
  const counts = { csv: count(','), tsv: count('\t'), semicolon: count(';') };
  if (counts.tsv > counts.csv && counts.tsv >= counts.semicolon) return 'tsv';
  if (counts.semicolon > counts.csv) return 'semicolon';
  return 'csv';
}

/**
 * How many line feeds the text holds: below a header line, at least as many as
 * there are data rows (a quoted line break only makes fewer), so columns of that
 * size need no growing and, for a plain file, no trimming.
 */
export function lineBreaks(text: string): number {
  let count = 0;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) count++;
  return count;
}

/**
 * One idle reader with its row, validator, builder and problems, made with the first file read and
 * kept for the page's life. V8 compiles the parse's hot code against the hidden classes of these
 * per-parse objects, and a class's hidden classes live only while some instance does: once a
 * parse's objects are collected, that code is thrown away ("weak objects" in node --trace-deopt)
 * and the next file is read unoptimised again. Holding one small instance of each keeps the
 * compiled code for every later file: an upload after the bundled file, the pack writer's parts.
 */
let idleReader: readonly object[] | undefined;

function keepHiddenClasses(): readonly object[] {
  const problems = new ProblemCollector();
  const index = readHeader(['region', 'year', 'indicator', 'kind', 'value'], problems, 1)!;
  const validator = new RowValidator(index, 5, new ColumnsBuilder(0), problems, true);
  return [new RowCells(''), new DelimitedRowReader(validator, index, 5, problems)];
}

/** parse.ts's FormatReader for delimited text: the text read whole, as its one and last part. */
function readDelimited(text: string, format: SourceFormat, builder: ColumnsBuilder, problems: ProblemCollector, options: ParseOptions): RowValidator | undefined {
  return delimitedReader(format, builder, problems, options)(text, true);
}

/**
 * A reader of delimited text into the builder, fed the text whole (readDelimited) or in parts as it
 * downloads (streaming-parse.ts). Every part but the last must end just after a complete row
 * (completeRowsEnd in row-boundary.ts): then each part's rows, and the lines they are on, are the
 * whole text's, and d3-dsv's end-of-text rules (tokenizer.ts) apply only to the last part, as to
 * the whole. An unclosed quote takes the rest of the text, so it is always in the last part.
 * The last part's call returns the validator; undefined where a problem stops the file.
 * Progress is told per part, in the part's characters.
 */
export function delimitedReader(
  format: SourceFormat,
  builder: ColumnsBuilder,
  problems: ProblemCollector,
  { onProgress, firstDataLine }: ParseOptions,
): (text: string, last: boolean) => RowValidator | undefined {
  const delimiter = DELIMITERS[format as Exclude<SourceFormat, 'json'>];
  idleReader ??= keepHiddenClasses();
  let validator: RowValidator | undefined;
  let reader: DelimitedRowReader | undefined;
  let stopped = false;
  /** Line 1's cells, and the first row that names three or more columns: where to say what a header lacks. */
  let firstRow: { cells: string[]; line: number } | undefined;
  let likelyHeader: { cells: string[]; line: number } | undefined;
  let line = 1;
  /** Rows read, in this part and the ones before. */
  let rows = 0;
  return (text, last) => {
    tokenize(text, delimiter, (row) => {
      const i = rows++;
      const rowLine = line;
      // Only a quoted cell can hold a line break.
      line = i === 0 && firstDataLine !== undefined ? firstDataLine : line + 1 + row.lineFeeds;
      if (row.unclosed) problems.add(unclosedQuote(row, rowLine));
      if (reader) {
        reader.read(row, rowLine);
        if (onProgress && i % PROGRESS_EVERY_ROWS === 0) onProgress(row.read, text.length);
        return;
      }
      if (stopped) return;
      if (i >= HEADER_SEARCH_ROWS) {
        stopped = true;
        return;
      }
      const cells = row.values();
      if (i === 0) {
        const other = cells.length === 1 ? otherDelimiter(cells[0]!) : undefined;
        if (other) {
          problems.add(problem('error', 'unsupported-delimiter', { line: 1 }, { value: other }));
          stopped = true;
          return;
        }
        firstRow = { cells, line: rowLine };
      }
      if (!namesRequiredColumns(cells)) {
        if (!likelyHeader && knownColumnCount(cells) >= 3) likelyHeader = { cells, line: rowLine };
        return;
      }
      // A spreadsheet's title rows above the header are skipped, and said so.
      // The message names the lines, so the warning itself has no place (a reader would print "line 1: lines 1–2 …").
      if (i > 0) problems.add(problem('warning', 'header-not-first', {}, { otherLine: rowLine }));
      const index = readHeader(cells, problems, rowLine)!;
      // Rows with a control character (tokenize notes them) go to RowValidator.read, which says where.
      validator = new RowValidator(index, cells.length, builder, problems, true, true, format !== 'semicolon');
      reader = new DelimitedRowReader(validator, index, cells.length, problems);
    });
    onProgress?.(text.length, text.length);
    if (!last) return;
    if (!validator && !problems.hasErrors) {
      // No header in reach: what the likeliest row lacks, where it is.
      const { cells, line: at } = likelyHeader ?? firstRow ?? { cells: [], line: 1 };
      readHeader(cells, problems, at);
    }
    return validator;
  };
}

/** Delimiters people use that we do not read: a pipe, and the full-width comma and semicolon of a Chinese IME. */
const OTHER_DELIMITERS = ['|', '\uff0c', '\uff1b', '\u3001'];

/** The delimiter a one-cell header uses instead of ours, when splitting on it names at least two known columns. */
function otherDelimiter(header: string): string | undefined {
  return OTHER_DELIMITERS.find((d) => knownColumnCount(header.split(d)) >= 2);
}

/**
 * Where the row's last cell, a quote never closed, opens: d3-dsv and tokenize read the rest of the
 * text as that one cell and say nothing, so we say it. The line breaks in the row before it are in
 * its quoted cells before it.
 */
function unclosedQuote({ text, start, count }: RowCells, rowLine: number): Finding {
  const at = start[count - 1]! - 1;
  const line = rowLine + text.slice(start[0], at).split('\n').length - 1;
  return problem('error', 'unterminated-quote', { line, column: count }, { value: text.slice(at, at + 20).split(/\r|\n/)[0]! });
}
