/// <reference lib="webworker" />
// Parses a large dataset off the main thread and posts back transferable columns.
import { transferables } from './columns.js';
import type { WorkerMessage } from './loader.js';
import { parseDatasetData } from './parse.js';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<ArrayBuffer>) => {
  const post = (message: WorkerMessage, transfer: Transferable[] = []) => scope.postMessage(message, transfer);
  const result = parseDatasetData(new Uint8Array(event.data), {
    onProgress: (done, total) => post({ type: 'progress', done, total }),
  });
  post({ type: 'result', result }, result.ok ? transferables(result.data) : []);
};
