/// <reference lib="webworker" />
// Parses a large dataset off the main thread and posts back transferable columns, and the problems
// found (their messages, in two languages, are written on the page: loader.ts).
import { transferables } from './columns.js';
import { StreamingDecoder } from './decode.js';
import { parseFindings } from './parse.js';
import { readJson } from './read-json.js';
import type { WorkerInput, WorkerMessage } from './worker-parse.js';

const scope = self as unknown as DedicatedWorkerGlobalScope;

const post = (message: WorkerMessage, transfer: Transferable[] = []) => scope.postMessage(message, transfer);

// The file's pieces as they download (decoded as they come, when UTF-8), then 'end'.
const decoder = new StreamingDecoder();
scope.onmessage = (event: MessageEvent<WorkerInput>) => {
  if (event.data !== 'end') {
    decoder.push(event.data);
    return;
  }
  const result = parseFindings(decoder.finish(), { onProgress: (done, total) => post({ type: 'progress', done, total }) }, readJson);
  post({ type: 'result', result }, result.ok ? transferables(result.data) : []);
};

// Running: the page may hand the bytes over now.
post({ type: 'ready' });
