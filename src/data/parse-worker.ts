/// <reference lib="webworker" />
// Parses a large dataset off the main thread and posts back transferable columns.
import { transferables } from './columns.js';
import { joinChunks } from './typed-arrays.js';
import type { WorkerMessage } from './loader.js';
import { parseDatasetData } from './parse.js';

const scope = self as unknown as DedicatedWorkerGlobalScope;

const post = (message: WorkerMessage, transfer: Transferable[] = []) => scope.postMessage(message, transfer);

// The file's pieces, as downloaded: joined here, off the main thread.
scope.onmessage = (event: MessageEvent<Uint8Array[]>) => {
  const result = parseDatasetData(joinChunks(event.data), {
    onProgress: (done, total) => post({ type: 'progress', done, total }),
  });
  post({ type: 'result', result }, result.ok ? transferables(result.data) : []);
};

// Running: the page may hand the bytes over now.
post({ type: 'ready' });
