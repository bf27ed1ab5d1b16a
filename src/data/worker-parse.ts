import { withDataset, type DataParseResult, type ParseResult } from './parse.js';
import type { Finding } from './problems.js';

/** Messages the parse worker posts. */
export type WorkerMessage =
  | { readonly type: 'ready' }
  | { readonly type: 'progress'; readonly done: number; readonly total: number }
  | { readonly type: 'result'; readonly result: DataParseResult<Finding> };

/** What the page posts to the parse worker: the file's pieces as they download, then 'end'. */
export type WorkerInput = Uint8Array | 'end';

/** A worker that took bytes and then failed or sent nothing for too long. */
export class WorkerSilence extends Error {}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * The parse worker, or undefined when the page refuses to create it: one that
 * enforces Trusted Types takes a worker's URL only from a policy (a TrustedScriptURL),
 * and the library brings none; and no browser runs a worker from another origin's
 * script (the ES module loaded from a CDN). A CSP that forbids the worker lets it be
 * created and fails it later, through onerror.
 */
function startWorker(): Worker | undefined {
  try {
    // `Worker` is named so that the bundlers still find the worker file by its
    // `new Worker(new URL(…, import.meta.url))` and bundle or inline it.
    const Worker = sameOriginWorker();
    return new Worker(new URL('./parse-worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return undefined;
  }
}

/**
 * The page's Worker, refusing another origin's script before the browser does: Chromium
 * throws then too, but Firefox creates the worker, logs a security error on the host
 * page ("Content at … may not load data from …") and fails it only later.
 */
function sameOriginWorker(): typeof globalThis.Worker {
  return class extends globalThis.Worker {
    constructor(url: string | URL, options?: WorkerOptions) {
      const script = new URL(url, location.href);
      // Only http(s) scripts: a blob: URL (the classic script's worker) is the page's own.
      if (/^https?:$/.test(script.protocol) && script.origin !== location.origin) {
        throw new DOMException("A worker from another origin than the page's does not run.", 'SecurityError');
      }
      super(url, options);
    }
  };
}

/**
 * A parse in a module worker, fed the file's pieces as they download, so that
 * the worker starts up and decodes while the rest arrives. Pieces are handed
 * over (transferred, not copied) only once the worker says it is running: when
 * it cannot start (a strict CSP, say) or the page refuses to create it (Trusted
 * Types) the caller still has every piece, and `result` rejects with a plain
 * Error. Once it has pieces, a failure or silenceMs without a word after the
 * last piece rejects with WorkerSilence.
 */
export class WorkerParse {
  readonly result: Promise<ParseResult<Finding>>;
  /** Whether any piece went to the worker (and is gone from the caller's hands). */
  handedOver = false;
  /** Undefined when the page refused to create it: the parse has failed then, and nothing is posted. */
  private readonly worker: Worker | undefined;
  private readonly held: Uint8Array[] = [];
  private running = false;
  private ended = false;
  private settled = false;
  private watchdog: ReturnType<typeof setTimeout> | undefined;
  private resolve!: (result: ParseResult<Finding>) => void;
  private reject!: (error: Error) => void;

  constructor(
    private readonly onProgress: (done: number, total: number) => void,
    private readonly signal: AbortSignal,
    private readonly silenceMs: number,
  ) {
    this.result = new Promise((resolve, reject) => {
      this.resolve = resolve;
      this.reject = reject;
    });
    // The caller awaits the result once the download ends; a failure before then (a worker a CSP
    // blocks) waits for it there rather than surfacing as an unhandled rejection.
    this.result.catch(() => undefined);
    this.worker = startWorker();
    if (!this.worker) {
      this.fail(new Error('The page refused to create the parse worker.'));
      return;
    }
    this.worker.onmessage = (event: MessageEvent<WorkerMessage>) => this.onMessage(event.data);
    this.worker.onerror = (event) => {
      event.preventDefault();
      this.fail(this.handedOver ? new WorkerSilence('The parse worker failed.') : new Error('The parse worker failed to start.'));
    };
    signal.addEventListener('abort', this.onAbort, { once: true });
    // Waiting for the worker to say it runs.
    this.watch();
  }

  /** One more piece of the file. */
  push(piece: Uint8Array): void {
    if (this.settled) return;
    if (this.running) this.send(piece);
    else this.held.push(piece);
  }

  /** The last piece is in: the worker may parse. */
  end(): void {
    this.ended = true;
    if (this.running && !this.settled) this.finish();
  }

  /** Stops the worker (the download failed, or the caller parses elsewhere). */
  cancel(): void {
    this.settle();
  }

  private send(piece: Uint8Array): void {
    this.handedOver = true;
    this.worker?.postMessage(piece satisfies WorkerInput, [piece.buffer as ArrayBuffer]);
  }

  private finish(): void {
    this.worker?.postMessage('end' satisfies WorkerInput);
    this.watch();
  }

  private onMessage(message: WorkerMessage): void {
    if (this.settled) return;
    if (message.type === 'ready') {
      this.running = true;
      clearTimeout(this.watchdog);
      for (const piece of this.held.splice(0)) this.send(piece);
      if (this.ended) this.finish();
    } else if (message.type === 'progress') {
      this.watch();
      this.onProgress(message.done, message.total);
    } else {
      this.settle();
      // Building the Dataset and the charts' update that resolving starts take tens of milliseconds
      // each on a 1M-row file: tasks of their own after this one (which read the message), so the
      // page can respond in between.
      void nextTask()
        .then(() => withDataset(message.result))
        .then(async (result) => {
          await nextTask();
          this.resolve(result);
        });
    }
  }

  private watch(): void {
    clearTimeout(this.watchdog);
    this.watchdog = setTimeout(
      () => this.fail(this.handedOver ? new WorkerSilence('The parse worker fell silent.') : new Error('The parse worker did not start.')),
      this.silenceMs,
    );
  }

  private readonly onAbort = () => this.fail(new DOMException('The dataset load was aborted.', 'AbortError'));

  private fail(error: Error): void {
    if (this.settled) return;
    this.settle();
    this.reject(error);
  }

  private settle(): void {
    this.settled = true;
    clearTimeout(this.watchdog);
    this.signal.removeEventListener('abort', this.onAbort);
    this.worker?.terminate();
  }
}
