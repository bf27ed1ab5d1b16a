import { expect } from '@open-wc/testing';
import { forgetDataset, loadDataset, type LoadProgress } from '../../src/data/index.js';

describe('loadDataset in the browser', () => {
  it('parses a large file in a Web Worker, reporting progress, with the same result', async () => {
    const url = '/test/fixtures/gbk.csv';
    forgetDataset(url);
    const progress: LoadProgress[] = [];
    const result = await loadDataset(url, { workerThreshold: 0, onProgress: (p) => progress.push(p) });
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    expect(result.encoding).to.equal('gb18030');
    expect(result.dataset.select({ region: '东丽区', kind: 'actual' })[0]!.value).to.equal(88.4);
    expect(progress.some((p) => p.phase === 'parse' && p.loaded === p.total)).to.equal(true);
    const workerScripts = performance.getEntriesByType('resource').filter((e) => e.name.includes('parse-worker'));
    expect(workerScripts.length).to.be.greaterThan(0);
  });

  it('reads a UTF-8 file in the worker as it downloads, to the result a parse in place gives', async () => {
    // UTF-8 past the bytes that tell the encoding: the worker reads its rows as they come.
    const url = '/data/indicators.csv?in-worker';
    forgetDataset(url);
    const inWorker = await loadDataset(url, { workerThreshold: 0 });
    forgetDataset(url);
    const inPlace = await loadDataset(url, { workerThreshold: Infinity });
    expect(inWorker.ok && inPlace.ok).to.equal(true);
    if (!inWorker.ok || !inPlace.ok) return;
    expect(inWorker.problems).to.deep.equal(inPlace.problems);
    expect(inWorker.dataset.data).to.deep.equal(inPlace.dataset.data);
    expect(inWorker.dataset.size).to.be.greaterThan(100);
  });

  /** Runs a load with every Worker replaced by one running the given script. */
  async function withWorkerScript(script: string, run: () => Promise<void>): Promise<void> {
    const RealWorker = globalThis.Worker;
    const url = URL.createObjectURL(new Blob([script], { type: 'text/javascript' }));
    globalThis.Worker = class extends RealWorker {
      constructor(_url: string | URL, options?: WorkerOptions) {
        super(url, options);
      }
    };
    try {
      await run();
    } finally {
      globalThis.Worker = RealWorker;
      URL.revokeObjectURL(url);
    }
  }

  it('parses in place when the worker starts but never answers', async () => {
    await withWorkerScript('', async () => {
      const url = '/test/fixtures/gbk.csv?silent-worker';
      forgetDataset(url);
      const result = await loadDataset(url, { workerThreshold: 0, timeoutMs: 2000 });
      expect(result.ok).to.equal(true);
    });
  });

  it('fetches again and parses in place when the worker takes the bytes and falls silent', async () => {
    await withWorkerScript("postMessage({ type: 'ready' });", async () => {
      const url = '/test/fixtures/gbk.csv?mute-worker';
      forgetDataset(url);
      const result = await loadDataset(url, { workerThreshold: 0, timeoutMs: 2000 });
      expect(result.ok).to.equal(true);
      if (result.ok) expect(result.dataset.size).to.equal(2);
    });
  });

  it('parses in place when the page refuses to start the worker', async () => {
    // As a page that enforces Trusted Types does: it takes no script URL but from a policy, and the library brings none.
    const RealWorker = globalThis.Worker;
    globalThis.Worker = function () {
      throw new TypeError("Failed to construct 'Worker': This document requires 'TrustedScriptURL' assignment.");
    } as unknown as typeof Worker;
    try {
      const url = '/test/fixtures/gbk.csv?refused-worker';
      forgetDataset(url);
      const result = await loadDataset(url, { workerThreshold: 0 });
      expect(result.ok).to.equal(true);
      if (result.ok) expect(result.dataset.size).to.equal(2);
    } finally {
      globalThis.Worker = RealWorker;
    }
  });

  it('loads the bundled dataset on the main thread', async () => {
    const result = await loadDataset('/data/indicators.csv');
    expect(result.ok).to.equal(true);
    if (result.ok) expect(result.dataset.regions.map((r) => r.name)).to.include('台儿庄区');
  });

  it('reports a missing file as a problem in both languages', async () => {
    const result = await loadDataset('/data/no-such-file.csv');
    expect(result.ok).to.equal(false);
    expect(result.problems[0]!.code).to.equal('http-error');
    expect(result.problems[0]!.message['zh-CN']).to.contain('HTTP 404');
    expect(result.problems[0]!.message.en).to.contain('HTTP 404');
  });
});
