import { createHash } from 'node:crypto';
import { createReadStream, existsSync } from 'node:fs';
import { appendFile, mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { csvFormatRow, csvParseRows, dsvFormat } from 'd3-dsv';
import type { ValidRow } from '../data/columns.js';
import { Dataset } from '../data/dataset.js';
import { sniffEncoding, type Encoding } from '../data/decode.js';
import { JsonRecordSplitter } from '../data/json-records.js';
import {
  HASH_DIGITS,
  MANIFEST_NAME,
  manifestFile,
  PACK_FORMAT,
  PACK_VERSION,
  PLAIN_KEY,
  type PackIndicator,
  type PackManifest,
  type PackRegion,
  type Partition,
} from '../data/pack-manifest.js';
import { parseDatasetData } from '../data/parse-dataset.js';
import { DELIMITERS, detectFormat, withDataset } from '../data/parse.js';
import { problem, ProblemCollector, type Problem, type ProblemPlace } from '../data/problems.js';
import { writeProblem } from '../i18n/problem-messages.js';
import { rebuildDataset } from '../data/rebuild.js';
import { completeRowsEnd } from '../data/row-boundary.js';
import { rowCells } from '../data/row-cells.js';
import { COLUMNS, type Column, type Direction, type Kind } from '../data/schema.js';
import { HEADER_SEARCH_ROWS, namesRequiredColumns, readHeader, type ColumnIndex } from '../data/validate.js';
import type { SourceFormat } from '../data/columns.js';

export interface PackProgress {
  /** read: the input, streamed and checked; write: the partitions, region by region. */
  readonly phase: 'read' | 'write';
  /** Bytes of the input read, or regions written. */
  readonly done: number;
  /** The input's size, or the number of regions. */
  readonly total: number;
  /** Data rows read so far. */
  readonly rows: number;
}

export interface PackOptions {
  readonly onProgress?: (progress: PackProgress) => void;
  /** How much text is checked at once (characters): the memory a pack needs grows with it, not with the file. */
  readonly segmentChars?: number;
}

export type PackResult =
  | { readonly ok: true; readonly manifest: PackManifest; readonly problems: readonly Problem[]; readonly problemCount: number }
  | { readonly ok: false; readonly problems: readonly Problem[]; readonly problemCount: number };

const DEFAULT_SEGMENT_CHARS = 8 * 1024 * 1024;
/**
 * Rows wait in memory, then go to their files together once this many characters wait in
 * all: thousands of files written a few rows at a time cost an open and a close each (a
 * 20 MB input spent most of its time there). About 64 MB of Chinese text.
 */
const PENDING_CHARS = 32 * 1024 * 1024;
const HEADER = COLUMNS.join(',');
/** Excel opens a CSV without it as the system's code page (GBK on a Chinese Windows); every reader here skips it. */
const BOM = '\ufeff';

/** Problems of every part of the file, errors first, the first PROBLEM_LIST_LIMIT listed and all counted; each said once. */
class Problems {
  private readonly collector = new ProblemCollector<Problem>();
  private readonly seen = new Set<string>();
  private unlisted = 0;

  add(list: readonly Problem[], count = list.length): void {
    this.unlisted += count - list.length;
    for (const p of list) {
      const key = `${p.code}:${p.line}:${p.column}:${p.field}`;
      if (this.seen.has(key)) continue;
      this.seen.add(key);
      this.collector.add(p);
    }
  }

  get hasErrors(): boolean {
    return this.collector.hasErrors;
  }

  list(): Problem[] {
    return this.collector.list();
  }

  get count(): number {
    return this.collector.count + this.unlisted;
  }
}

/**
 * The header's line among the first HEADER_SEARCH_ROWS, as the browser's reading finds it
 * (title rows above it are read with the first part); the first line when none names the
 * required columns (the first part's reading then says what is missing). Undefined while the
 * text holds too few lines to tell.
 */
function findHeaderLine(text: string, delimiter: string): { text: string; cells: string[] } | undefined {
  const lines: string[] = [];
  let at = 0;
  while (lines.length < HEADER_SEARCH_ROWS) {
    const end = text.slice(at).search(/\r\n|\n|\r/);
    if (end === -1) return undefined;
    const line = text.slice(at, at + end);
    const cells = dsvFormat(delimiter).parseRows(line)[0] ?? [];
    if (namesRequiredColumns(cells)) return { text: line, cells };
    lines.push(line);
    at += end + (text.startsWith('\r\n', at + end) ? 2 : 1);
  }
  return { text: lines[0]!, cells: dsvFormat(delimiter).parseRows(lines[0]!)[0] ?? [] };
}

/** Line breaks in text as the tokenizer counts lines: LF, CR and CRLF. */
function lineBreaks(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) n++;
  }
  return n;
}

/**
 * Decoded text of a file as it streams: the encoding decodeBytes would choose. UTF-8 is
 * decoded strictly; a byte that is not UTF-8 throws NotUtf8, and the caller starts again in GB18030.
 */
class NotUtf8 extends Error {}

async function* decodedPieces(path: string, encoding: Encoding | 'utf-8-strict', onBytes: (n: number) => void): AsyncGenerator<string> {
  const decoder = encoding === 'utf-8-strict' ? new TextDecoder('utf-8', { fatal: true }) : new TextDecoder(encoding);
  for await (const chunk of createReadStream(path, { highWaterMark: 1024 * 1024 })) {
    onBytes((chunk as Buffer).length);
    try {
      yield decoder.decode(chunk as Buffer, { stream: true });
    } catch {
      throw new NotUtf8();
    }
  }
  try {
    yield decoder.decode();
  } catch {
    throw new NotUtf8();
  }
}

interface RegionEntry {
  readonly key: string;
  readonly code: string;
  readonly name: string;
  readonly nameEn: string;
  readonly parent: string;
  file: string;
  rows: number;
}

interface IndicatorEntry extends Omit<PackIndicator, 'partition'> {
  file: string;
  /** The line of its first row, for a later part's different unit. */
  readonly line: number;
}

/** A file a partition's rows are appended to, a buffer at a time, its hash and size kept as it grows. */
class PartitionFile {
  private pending: string[] = [];
  private pendingChars = 0;
  private readonly hash = createHash('sha256');
  private writing: Promise<void> = Promise.resolve();
  bytes = 0;
  rows = 0;

  constructor(readonly path: string, readonly relative: string, header: string) {
    this.push(header);
  }

  push(text: string): void {
    this.pending.push(text);
    this.pendingChars += text.length;
  }

  get waiting(): number {
    return this.pendingChars;
  }

  /** Hands the waiting rows to the file; writes go one after another, so rows keep their order. */
  flush(): Promise<void> {
    if (this.pending.length > 0) {
      const bytes = Buffer.from(this.pending.join(''), 'utf8');
      this.pending = [];
      this.pendingChars = 0;
      this.hash.update(bytes);
      this.bytes += bytes.length;
      this.writing = this.writing.then(() => appendFile(this.path, bytes));
    }
    return this.writing;
  }

  /** Writes what waits in every file, when that is too much to keep. */
  static async settle(files: Iterable<PartitionFile>, always = false): Promise<void> {
    const list = [...files];
    if (always || list.reduce((sum, file) => sum + file.waiting, 0) >= PENDING_CHARS) await Promise.all(list.map((file) => file.flush()));
  }

  async close(): Promise<Partition> {
    await this.flush();
    return { path: this.relative, rows: this.rows, bytes: this.bytes, hash: this.hash.digest('hex').slice(0, HASH_DIGITS) };
  }
}

/** ASCII file names for keys, unique even where a host's file system ignores case. */
function fileNames(keys: readonly string[], prefix: string): string[] {
  const taken = new Set<string>();
  return keys.map((key) => {
    const plain = PLAIN_KEY.test(key) ? key : '';
    let name = plain && !taken.has(plain.toLowerCase()) ? plain : `${prefix}-${createHash('sha256').update(key).digest('hex').slice(0, 16)}`;
    for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${plain || prefix}-${n}`;
    taken.add(name.toLowerCase());
    return name;
  });
}

/** A row of a working file (its line in the input first, then the dataset's columns) as ColumnsBuilder takes it. */
const CELL_OF = Object.fromEntries(COLUMNS.map((column, i) => [column, 1 + i])) as Record<Column, number>;

function workingRow(cells: readonly string[]): ValidRow {
  const c = (column: Column) => cells[CELL_OF[column]] ?? '';
  const max = c('value_max');
  return {
    regionCode: c('region_code'),
    region: c('region'),
    parent: c('parent'),
    year: Number(c('year')),
    theme: c('theme'),
    indicatorId: c('indicator_id'),
    indicator: c('indicator'),
    unit: c('unit'),
    kind: c('kind') as Kind,
    value: Number(c('value')),
    valueMax: max === '' ? NaN : Number(max),
    direction: c('direction') as Direction,
    source: c('source'),
    sourceItem: c('source_item'),
    excerpt: c('excerpt'),
    regionEn: c('region_en'),
    indicatorEn: c('indicator_en'),
    unitEn: c('unit_en'),
    sourceEn: c('source_en'),
    line: Number(cells[0]),
  };
}

/**
 * Packs a dataset file for static hosting: reads it as a stream (CSV, TSV or JSON; UTF-8,
 * UTF-16 or GB18030), checks it with the browser's rules, and writes `manifest.json`, one CSV
 * per region and one per indicator. Nothing is written when the file has an error; the pack
 * is built in a folder beside `outDir` and renamed into place only when complete. The same
 * input always gives the same bytes.
 */
export async function writePack(input: string, outDir: string, options: PackOptions = {}): Promise<PackResult> {
  const work = join(dirname(outDir), `.${basename(outDir)}.packing-${process.pid}-${Date.now()}`);
  try {
    const result = await packInto(input, work, options);
    if (result.ok) await replace(work, outDir);
    return result;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/** Puts the finished pack where the old one was (if any); a folder that is not a pack is never replaced. */
async function replace(work: string, outDir: string): Promise<void> {
  if (existsSync(outDir)) {
    const entries = await readdir(outDir);
    if (entries.length > 0 && !entries.includes(MANIFEST_NAME)) {
      throw new Error(`${outDir} exists and is not a data pack (it has no ${MANIFEST_NAME}); choose an empty or new folder`);
    }
    const old = `${work}.old`;
    await rename(outDir, old);
    await rename(work, outDir);
    await rm(old, { recursive: true, force: true });
  } else {
    await mkdir(dirname(outDir), { recursive: true });
    await rename(work, outDir);
  }
}

async function packInto(input: string, work: string, options: PackOptions): Promise<PackResult> {
  const head = new Uint8Array(4096);
  const { size } = await stat(input);
  const read = await (await import('node:fs/promises')).open(input, 'r');
  const { bytesRead } = await read.read(head, 0, head.length, 0);
  await read.close();
  const sniffed = sniffEncoding(head.subarray(0, bytesRead));
  try {
    return await packWithEncoding(input, size, sniffed?.encoding ?? 'utf-8-strict', work, options);
  } catch (error) {
    if (!(error instanceof NotUtf8)) throw error;
    // A byte that is not UTF-8: GB18030 (GBK), as decodeBytes chooses. Start again with nothing kept.
    await rm(work, { recursive: true, force: true });
    return packWithEncoding(input, size, 'gb18030', work, options);
  }
}

async function packWithEncoding(
  input: string,
  size: number,
  decoding: Encoding | 'utf-8-strict',
  work: string,
  options: PackOptions,
): Promise<PackResult> {
  const encoding: Encoding = decoding === 'utf-8-strict' ? 'utf-8' : decoding;
  const segmentChars = options.segmentChars ?? DEFAULT_SEGMENT_CHARS;
  const problems = new Problems();
  const rawDir = join(work, 'working');
  await mkdir(rawDir, { recursive: true });

  let format: SourceFormat | undefined;
  let headerLine = '';
  let index: ColumnIndex | undefined;
  let nextLine = 0;
  let rows = 0;
  let bytes = 0;
  const regions = new Map<string, RegionEntry>();
  const indicators = new Map<string, IndicatorEntry>();
  const years = new Set<number>();
  const themes: string[] = [];
  const working = new Map<string, PartitionFile>();

  /**
   * Checks one part of the file and files its rows by region. The first part of a delimited
   * file is read from line 1, title rows and header included; a later one behind a copy of the header.
   */
  const checkPart = async (body: string, firstDataLine: number | undefined) => {
    if (body.trim() === '') return;
    const text = format === 'json' || firstDataLine === undefined ? body : `${headerLine}\n${body}`;
    const result = parseDatasetData(text, { firstDataLine });
    // The header's own problems (an unknown column, say) come with the first part only.
    const first = firstDataLine === undefined || (format === 'json' && firstDataLine === 1);
    const own = first ? result.problems : result.problems.filter((p) => p.line !== 1 && p.code !== 'no-rows');
    problems.add(own, result.problemCount - (result.problems.length - own.length));
    if (!result.ok || problems.hasErrors) return;
    const parsed = withDataset(result);
    if (!parsed.ok) return;
    await fileRows(parsed.dataset);
  };

  const fileRows = async (dataset: Dataset) => {
    for (const year of dataset.years) years.add(year);
    for (const theme of dataset.themes) if (!themes.includes(theme)) themes.push(theme);
    for (const r of dataset.regions) if (!regions.has(r.key)) regions.set(r.key, { ...r, file: '', rows: 0 });
    for (const i of dataset.indicators) {
      const known = indicators.get(i.key);
      const line = dataset.data.line[dataset.selectIndices({ indicator: i.key })[0]!]!;
      if (!known) indicators.set(i.key, { ...i, file: '', line });
      else if (known.unit !== i.unit) {
        problems.add([writeProblem(problem('warning', 'mixed-units', place(line, 'unit'), { value: known.name, detail: `${known.unit || '—'} / ${i.unit || '—'}` }))]);
      }
    }
    for (const row of dataset) {
      let file = working.get(row.regionKey);
      if (!file) {
        file = new PartitionFile(join(rawDir, `${working.size}.csv`), '', '');
        working.set(row.regionKey, file);
      }
      file.rows++;
      file.push(`${csvFormatRow([String(row.line), ...rowCells(row)])}\n`);
      rows++;
    }
    await PartitionFile.settle(working.values());
  };

  const place = (line: number, field: Column): ProblemPlace =>
    format === 'json' || !index ? { line, field } : { line, column: index[field] + 1, field };

  const report = () => options.onProgress?.({ phase: 'read', done: bytes, total: size, rows });
  let text = '';
  const splitter = new JsonRecordSplitter();
  let records: string[] = [];
  let recordChars = 0;
  let firstRecord = 1;
  for await (const piece of decodedPieces(input, decoding, (n) => (bytes += n))) {
    text += piece;
    if (format === undefined) {
      const start = text.replace(/^\ufeff/, '');
      if (start.trim() === '') continue;
      format = detectFormat(start);
      text = start;
    }
    if (format !== 'json' && headerLine === '') {
      const header = findHeaderLine(text, DELIMITERS[format]);
      if (!header) continue;
      headerLine = header.text;
      nextLine = 1;
      index = readHeader(header.cells, new ProblemCollector(), 1);
    }
    if (format === 'json') {
      for (const record of splitter.push(text)) {
        records.push(record);
        recordChars += record.length;
      }
      text = '';
      if (recordChars >= segmentChars) {
        await checkPart(`[${records.join(',')}]`, firstRecord);
        firstRecord += records.length;
        records = [];
        recordChars = 0;
        report();
      }
      continue;
    }
    if (text.length < segmentChars) continue;
    const cut = completeRowsEnd(text, DELIMITERS[format]);
    if (cut === 0) continue;
    const part = text.slice(0, cut);
    text = text.slice(cut);
    await checkPart(part, nextLine === 1 ? undefined : nextLine);
    nextLine += lineBreaks(part);
    report();
  }
  if (format === undefined || (format !== 'json' && headerLine === '' && text.trim() !== '')) {
    // Empty, or too few lines to say where a header is: the browser's reading says what is wrong.
    const whole = parseDatasetData(format === undefined ? '' : text);
    problems.add(whole.problems, whole.problemCount);
  } else if (format === 'json') {
    if (!splitter.complete || firstRecord + records.length === 1) {
      // No records' array, or one that never closes: JSON.parse says where the file goes wrong.
      const whole = parseDatasetData(size <= 256 * 1024 * 1024 ? await readFile(input) : '[');
      problems.add(whole.problems, whole.problemCount);
    } else await checkPart(`[${records.join(',')}]`, firstRecord);
  } else if (text !== '' || rows === 0) {
    await checkPart(text === '' ? '\n' : text, nextLine === 1 ? undefined : nextLine);
  }
  report();
  if (!problems.hasErrors && rows === 0) problems.add([writeProblem(problem('error', 'no-rows'))]);
  if (problems.hasErrors) return { ok: false, problems: problems.list(), problemCount: problems.count };
  await PartitionFile.settle(working.values(), true);

  // Second pass, one region at a time: the checks that need all of a region's rows (a row
  // repeated in two parts of the file), then the region's file and its rows' indicator files.
  const regionList = [...regions.values()];
  const indicatorList = [...indicators.values()];
  const regionNames = fileNames(regionList.map((r) => r.key), 'r');
  const indicatorNames = fileNames(indicatorList.map((i) => i.key), 'i');
  await mkdir(join(work, 'regions'));
  await mkdir(join(work, 'indicators'));
  const indicatorFiles = new Map<string, PartitionFile>();
  indicatorList.forEach((indicator, n) => {
    const relative = `indicators/${indicatorNames[n]}.csv`;
    indicatorFiles.set(indicator.key, new PartitionFile(join(work, relative), relative, `${BOM}${HEADER}\n`));
  });
  const regionPartitions = new Map<string, Promise<Partition>>();
  let written = 0;
  // The next region's working file is read while this one is checked, and each region's file is
  // written while the next is read: one at a time, the disk's latency would add up 2,851 times.
  const readWorking = (n: number) => (n < regionList.length ? readFile(working.get(regionList[n]!.key)!.path, 'utf8') : Promise.resolve(''));
  let next = readWorking(0);
  for (const [n, region] of regionList.entries()) {
    const text = await next;
    next = readWorking(n + 1);
    const rebuilt = rebuildDataset(csvParseRows(text).map(workingRow), 'csv', encoding, place);
    problems.add(rebuilt.problems.map(writeProblem), rebuilt.problemCount);
    if (!rebuilt.data) continue;
    const dataset = new Dataset(rebuilt.data);
    const relative = `regions/${regionNames[n]}.csv`;
    const out = new PartitionFile(join(work, relative), relative, `${BOM}${HEADER}\n`);
    for (const row of dataset) {
      const line = `${csvFormatRow(rowCells(row))}\n`;
      out.push(line);
      out.rows++;
      const byIndicator = indicatorFiles.get(row.indicatorKey)!;
      byIndicator.rows++;
      byIndicator.push(line);
    }
    await PartitionFile.settle(indicatorFiles.values());
    regionPartitions.set(region.key, out.close());
    // A bounded number of region files in flight.
    if (n % 64 === 63) await Promise.all(regionPartitions.values());
    written += dataset.size;
    options.onProgress?.({ phase: 'write', done: n + 1, total: regionList.length, rows });
  }
  await rm(rawDir, { recursive: true, force: true });
  if (problems.hasErrors) return { ok: false, problems: problems.list(), problemCount: problems.count };

  const partitionOf = new Map(await Promise.all([...regionPartitions].map(async ([key, partition]) => [key, await partition] as const)));
  const byName = new Map(regionList.map((r) => [r.name, r]));
  const parents = (region: RegionEntry): string[] => {
    const chain: string[] = [];
    for (let parent = region.parent; parent && !chain.includes(parent); parent = byName.get(parent)?.parent ?? '') chain.push(parent);
    return chain;
  };
  const manifest: PackManifest = {
    format: PACK_FORMAT,
    version: PACK_VERSION,
    rows: written,
    years: [...years].sort((a, b) => a - b),
    themes,
    regions: regionList.map(
      (r): PackRegion => ({ key: r.key, code: r.code, name: r.name, nameEn: r.nameEn, parents: parents(r), partition: partitionOf.get(r.key)! }),
    ),
    indicators: await Promise.all(
      indicatorList.map(async ({ file: _file, line: _line, ...i }): Promise<PackIndicator> => ({ ...i, partition: await indicatorFiles.get(i.key)!.close() })),
    ),
  };
  // Without indentation: at national scale the manifest is a large part of what a first chart fetches.
  await writeFile(join(work, MANIFEST_NAME), `${JSON.stringify(manifestFile(manifest))}\n`);
  return { ok: true, manifest, problems: problems.list(), problemCount: problems.count };
}
