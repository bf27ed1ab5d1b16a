/// <reference lib="webworker" />
// Parses a large dataset off the main thread and posts back transferable columns, and the problems
// found (their messages, in two languages, are written on the page: loader.ts).
import { transferables } from './columns.js';
import { StreamingDecoder } from './decode.js';
import { parseFindings } from './parse.js';
import { readJson } from './read-json.js';
import { StreamingParse } from './streaming-parse.js';
import type { WorkerInput, WorkerMessage } from './worker-parse.js';

const scope = self as unknown as DedicatedWorkerGlobalScope;

const post = (message: WorkerMessage, transfer: Transferable[] = []) => scope.postMessage(message, transfer);

const options = { onProgress: (done: number, total: number) => post({ type: 'progress', done, total }) };
// The file's pieces as they download, then 'end'. UTF-8 (the decoder says so by streaming) is read
// as it comes, its complete rows as they arrive; anything else is decoded and parsed whole at the end.
const parse = new StreamingParse(options, readJson, 'utf-8');
const decoder = new StreamingDecoder((text) => parse.push(text));
scope.onmessage = (event: MessageEvent<WorkerInput>) => {
  if (event.data !== 'end') {
    decoder.push(event.data);
    return;
  }
  const decoded = decoder.finish();
  // Decoded whole at the end (not UTF-8 after all, or another encoding): what was read as it came is dropped.
  const result = decoded ? parseFindings(decoded, options, readJson) : parse.finish();
  post({ type: 'result', result }, result.ok ? transferables(result.data) : []);
};

// Running: the page may hand the bytes over now.
post({ type: 'ready' });
