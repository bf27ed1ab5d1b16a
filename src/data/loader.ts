import { decodeBytes, type DecodedText } from './decode.js';
import type { Partition } from './pack-manifest.js';
import { detectFormat, parseFindings, withDataset, type FormatReader, type ParseOptions, type ParseResult } from './parse.js';
import { problem, type Finding, type Problem } from './problems.js';
import { joinChunks } from './typed-arrays.js';
import type { WorkerParse } from './worker-parse.js';

export interface LoadProgress {
  readonly phase: 'download' | 'parse';
  /** Bytes downloaded, or characters parsed. */
  readonly loaded: number;
  /** Undefined while a download's size is unknown. */
  readonly total: number | undefined;
}

export interface LoadOptions {
  /** Aborting stops this caller's wait; the request itself stops when every caller has aborted. */
  readonly signal?: AbortSignal;
  readonly onProgress?: (progress: LoadProgress) => void;
  /** Give up when the server sends nothing for this long. */
  readonly timeoutMs?: number;
  /** Files at least this large are parsed in a Web Worker, off the main thread. */
  readonly workerThreshold?: number;
  /**
   * A pack's file: its size, SHA-256 (where the browser can hash: secure contexts) and rows must be these.
   * A promise when the file is asked for before the manifest has come (pack.ts): undefined from it
   * means the manifest has no such file, and the load fails.
   */
  readonly expect?: Partition | Promise<Partition | undefined>;
}

export type LoadResult = ParseResult & { readonly url: string };

/** A load's result with its problems as found, their messages not yet written. */
type Found = ParseResult<Finding> & { readonly url: string };

export const DEFAULT_TIMEOUT_MS = 30_000;
export const DEFAULT_WORKER_THRESHOLD = 2 * 1024 * 1024;

/**
 * Progress goes to the callers at most this often (and always at a phase's
 * end): a fast download arrives in hundreds of chunks, and each report
 * re-renders every chart waiting. Per chunk, a 19 MB file's download was one
 * 73 ms task on the main thread.
 */
export const PROGRESS_INTERVAL_MS = 50;

/** One fetch and parse, and the callers waiting for it. */
class SharedLoad {
  readonly controller = new AbortController();
  readonly listeners = new Set<(progress: LoadProgress) => void>();
  readonly result: Promise<LoadResult>;
  waiting = 0;
  settled = false;
  lastProgress: LoadProgress | undefined;
  private reportedAt = -Infinity;
  private reportedPhase: LoadProgress['phase'] | undefined;

  constructor(href: string, options: LoadOptions) {
    this.result = fetchAndParse(href, this.controller, (p) => this.report(p), options)
      .then(async (loaded) => {
        const expect = await options.expect;
        return expect && loaded.ok && loaded.dataset.size !== expect.rows ?
            failure(href, mismatch(href, `${loaded.dataset.size} rows ≠ ${expect.rows}`))
          : loaded;
      })
      .then(written)
      .then((result) => {
        this.settled = true;
        if (!result.ok && loads.get(href) === this) loads.delete(href);
        return result;
      });
  }

  private report(progress: LoadProgress): void {
    this.lastProgress = progress;
    const now = performance.now();
    const ended = progress.total !== undefined && progress.loaded >= progress.total;
    if (!ended && progress.phase === this.reportedPhase && now - this.reportedAt < PROGRESS_INTERVAL_MS) return;
    this.reportedAt = now;
    this.reportedPhase = progress.phase;
    for (const listener of this.listeners) listener(progress);
  }
}

/**
 * Problems as found, their messages written: the messages' text, in two
 * languages (problem-messages.ts), loads with the first file that has problems.
 * Where it cannot be loaded (offline, a blocked script), a message is its code.
 */
export async function writeFindings(findings: readonly Finding[]): Promise<Problem[]> {
  if (findings.length === 0) return [];
  const write = await import('../i18n/problem-messages.js').then(
    (messages) => messages.writeProblem,
    () =>
      ({ params, ...found }: Finding): Problem => ({ ...found, message: { 'zh-CN': found.code, en: found.code } }),
  );
  return findings.map(write);
}

/** The result with its problems' messages written (writeFindings). */
async function written(result: Found): Promise<LoadResult> {
  return { ...result, problems: await writeFindings(result.problems) };
}

/** The JSON reader (read-json.ts), loaded with the first JSON file: most datasets are CSV. */
let jsonReader: Promise<FormatReader | undefined> | undefined;
const loadJsonReader = () =>
  (jsonReader ??= import('./read-json.js').then(
    (module) => module.readJson,
    () => (jsonReader = undefined),
  ));

/** The page's side of the parse worker (worker-parse.ts), loaded with the first file of 2 MB or more: smaller files never need it. */
let workerParse: Promise<typeof import('./worker-parse.js') | undefined> | undefined;
const loadWorkerParse = () => (workerParse ??= import('./worker-parse.js').catch(() => (workerParse = undefined)));

/** One load per absolute URL, shared by every chart that asks for it. Failures are not kept, so a retry fetches again. */
const loads = new Map<string, SharedLoad>();

/** Resolves a dataset URL against the page (or worker) it is used from. */
export function absoluteUrl(url: string): string {
  return new URL(url, globalThis.location?.href).href;
}

/** Drops a loaded dataset from the shared cache, so the next load fetches it again. */
export function forgetDataset(url: string): void {
  loads.delete(absoluteUrl(url));
}

function abortError(): DOMException {
  return new DOMException('The dataset load was aborted.', 'AbortError');
}

/**
 * Fetches and parses a dataset; calls for one URL share a single request
 * (its timeout and worker threshold are the first caller's). Resolves with the dataset or its problems
 * (HTTP errors, network failures and time-outs are problems too); rejects only
 * with an AbortError when options.signal aborts.
 */
export function loadDataset(url: string, options: LoadOptions = {}): Promise<LoadResult> {
  const { signal, onProgress } = options;
  if (signal?.aborted) return Promise.reject(abortError());
  let href: string;
  try {
    href = absoluteUrl(url);
  } catch {
    return written(failure(url, problem('error', 'network-error', {}, { url })));
  }
  let existing = loads.get(href);
  if (!existing) loads.set(href, (existing = new SharedLoad(href, options)));
  const load = existing;
  load.waiting++;
  if (onProgress) {
    load.listeners.add(onProgress);
    if (load.lastProgress) onProgress(load.lastProgress);
  }
  return new Promise<LoadResult>((resolve, reject) => {
    const leave = () => {
      if (onProgress) load.listeners.delete(onProgress);
      signal?.removeEventListener('abort', onAbort);
    };
    const onAbort = () => {
      leave();
      load.waiting--;
      if (load.waiting === 0 && !load.settled) {
        load.controller.abort();
        if (loads.get(href) === load) loads.delete(href);
      }
      reject(abortError());
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    load.result.then((result) => {
      if (signal?.aborted) return;
      leave();
      load.waiting--;
      resolve(result);
    });
  });
}

function mismatch(url: string, detail: string): Finding {
  return problem('error', 'partition-mismatch', {}, { url, detail });
}

/** Why a pack's file as downloaded differs from its manifest entry, or undefined. */
async function partitionFault(chunks: readonly Uint8Array[], expect: Partition): Promise<string | undefined> {
  const bytes = chunks.reduce((sum, chunk) => sum + chunk.length, 0);
  if (bytes !== expect.bytes) return `${bytes} bytes ≠ ${expect.bytes}`;
  // crypto.subtle exists only in secure contexts (https, localhost); elsewhere size and rows are checked.
  if (!globalThis.crypto?.subtle) return undefined;
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', joinChunks(chunks as Uint8Array[]) as Uint8Array<ArrayBuffer>));
  const hex = Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
  return hex.startsWith(expect.hash) ? undefined : 'SHA-256';
}

function failure(url: string, p: Finding): Found {
  return { ok: false, url, problems: [p], problemCount: 1, format: undefined, encoding: undefined };
}

async function fetchAndParse(
  url: string,
  controller: AbortController,
  report: (progress: LoadProgress) => void,
  options: LoadOptions,
): Promise<Found> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  let timedOut = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const restartTimer = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeoutMs);
  };
  const threshold = options.workerThreshold ?? DEFAULT_WORKER_THRESHOLD;
  const canUseWorker = typeof Worker !== 'undefined';
  const onProgress = (done: number, total: number) => report({ phase: 'parse', loaded: done, total });
  // The pieces so far; the worker, once its code has come, takes them and then each as it arrives.
  const chunks: Uint8Array[] = [];
  // A pack's file is hashed once whole: the worker gets copies, since what it gets is moved there.
  const handOver = (piece: Uint8Array) => (options.expect ? piece.slice() : piece);
  let parse: WorkerParse | undefined;
  let stopped = false;
  let starting: ReturnType<typeof loadWorkerParse> | undefined;
  const startWorker = () =>
    (starting ??= loadWorkerParse().then((module) => {
      if (module && !stopped) {
        parse = new module.WorkerParse(onProgress, controller.signal, timeoutMs);
        for (const chunk of chunks) parse.push(handOver(chunk));
      }
      return module;
    }));
  try {
    restartTimer();
    const response = await fetch(url, { signal: controller.signal });
    if (!response.ok) {
      return failure(url, problem('error', 'http-error', {}, { url, status: response.status }));
    }
    // A body declared large: the worker starts now and takes the pieces as they come.
    if (canUseWorker && declaredLength(response) >= threshold) void startWorker();
    await readBody(
      response,
      (loaded, total) => {
        restartTimer();
        report({ phase: 'download', loaded, total });
      },
      (piece) => {
        chunks.push(piece);
        parse?.push(handOver(piece));
      },
    );
  } catch {
    stopped = true;
    parse?.cancel();
    if (timedOut) return failure(url, problem('error', 'timeout', {}, { url, seconds: Math.round(timeoutMs / 1000) }));
    return failure(url, problem('error', 'network-error', {}, { url }));
  } finally {
    clearTimeout(timer);
  }
  const expect = await options.expect;
  const fault = options.expect && (expect ? await partitionFault(chunks, expect) : 'not in the pack');
  if (fault) {
    stopped = true;
    parse?.cancel();
    return failure(url, mismatch(url, fault));
  }
  if (!starting) {
    const size = chunks.reduce((sum, chunk) => sum + chunk.length, 0);
    if (size < threshold || !canUseWorker) return { ...(await parseInPlace(joinChunks(chunks), { onProgress })), url };
    // Large without saying so: the worker takes the pieces now.
    void startWorker();
  }
  const module = await starting;
  if (controller.signal.aborted) {
    parse?.cancel();
    return failure(url, problem('error', 'network-error', {}, { url }));
  }
  // The worker's code could not be loaded (offline, a blocked script): parse in place.
  if (!module || !parse) return { ...(await parseInPlace(joinChunks(chunks), { onProgress })), url };
  parse.end();
  try {
    return { ...(await parse.result), url };
  } catch (error) {
    // Aborted: nobody waits for the result any more.
    if (controller.signal.aborted) return failure(url, problem('error', 'network-error', {}, { url }));
    // The worker could not start (a strict CSP, say): the pieces are all still here, parse them in place.
    if (!(error instanceof module.WorkerSilence) && !parse.handedOver) return { ...(await parseInPlace(joinChunks(chunks), { onProgress })), url };
    // It took pieces and failed or fell silent: fetch them again (the HTTP cache usually answers) and parse here.
    try {
      const again = await fetch(url, { signal: controller.signal });
      return { ...(await parseInPlace(new Uint8Array(await again.arrayBuffer()), { onProgress })), url };
    } catch {
      return failure(url, problem('error', 'network-error', {}, { url }));
    }
  }
}

/**
 * Parses on the main thread, its problems' messages left to `written`; a JSON
 * file once its reader has loaded (where it cannot, the file is unreadable).
 */
async function parseInPlace(bytes: Uint8Array, options: ParseOptions): Promise<ParseResult<Finding>> {
  let decoded: DecodedText | undefined;
  try {
    decoded = decodeBytes(bytes);
  } catch {
    // Undecodable: parseFindings says so.
  }
  const readJson = decoded && detectFormat(decoded.text) === 'json' ? await loadJsonReader() : undefined;
  return withDataset(parseFindings(decoded ?? bytes, options, readJson));
}

/** The body's length as the response declares it (0 when it does not). */
function declaredLength(response: Response): number {
  const declared = Number(response.headers.get('content-length'));
  return Number.isFinite(declared) && declared > 0 ? declared : 0;
}

/** Reads the body, giving each piece as it arrives: joining a large file is the worker's job, off the main thread. */
async function readBody(
  response: Response,
  onChunk: (loaded: number, total: number | undefined) => void,
  onPiece: (piece: Uint8Array) => void,
): Promise<void> {
  const total = declaredLength(response) || undefined;
  if (!response.body) {
    onPiece(new Uint8Array(await response.arrayBuffer()));
    return;
  }
  const reader = response.body.getReader();
  let loaded = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    loaded += value.length;
    onPiece(value);
    // A compressed response declares its encoded length; past it, the size is unknown.
    onChunk(loaded, total !== undefined && loaded <= total ? total : undefined);
  }
}
