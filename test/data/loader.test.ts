import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { forgetDataset, loadDataset, type LoadProgress } from '../../src/data/index.js';
import { PROGRESS_INTERVAL_MS } from '../../src/data/loader.js';

const CSV = 'region,year,indicator,kind,value\n东丽区,2022,普惠率,target,80\n东丽区,2023,普惠率,actual,88.4\n';

let server: Server;
let base: string;
const hits = new Map<string, number>();

beforeAll(async () => {
  server = createServer((request, response) => {
    const path = request.url ?? '/';
    hits.set(path, (hits.get(path) ?? 0) + 1);
    if (path.startsWith('/ok')) {
      response.writeHead(200, { 'content-type': 'text/csv', 'content-length': Buffer.byteLength(CSV) });
      // Two chunks with a pause, so progress and sharing are observable.
      const bytes = Buffer.from(CSV);
      response.write(bytes.subarray(0, 40));
      setTimeout(() => response.end(bytes.subarray(40)), 30);
    } else if (path.startsWith('/missing')) {
      response.writeHead(404).end('not found');
    } else if (path.startsWith('/broken')) {
      response.writeHead(500).end('oops');
    } else if (path.startsWith('/bad')) {
      response.writeHead(200).end('region,year\n东丽区,2022');
    } else if (path.startsWith('/json')) {
      response.writeHead(200).end(JSON.stringify([{ region: '东丽区', year: 2023, indicator: '普惠率', kind: 'actual', value: 88.4 }]));
    } else if (path.startsWith('/silent')) {
      // Never answers: the loader must give up by itself.
    } else if (path.startsWith('/chunky')) {
      // Many small chunks as fast as the socket takes them: a fast download of a large file.
      const row = Buffer.from('东丽区,2023,普惠率,actual,88.4\n');
      response.writeHead(200, { 'content-type': 'text/csv', 'content-length': 25 + row.length * 2000 });
      response.write('region,year,indicator,kind,value\n'.slice(0, 25));
      let sent = 0;
      const next = () => {
        for (let i = 0; i < 20 && sent < 2000; i++, sent++) response.write(row);
        if (sent < 2000) setImmediate(next);
        else response.end();
      };
      next();
    } else if (path.startsWith('/slow')) {
      setTimeout(() => response.writeHead(200).end(CSV), 300);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => {
  server.closeAllConnections();
  server.close();
});

beforeEach(() => hits.clear());

describe('loadDataset', () => {
  it('fetches and parses a dataset, reporting download and parse progress', async () => {
    const progress: LoadProgress[] = [];
    const result = await loadDataset(`${base}/ok-1.csv`, { onProgress: (p) => progress.push(p) });
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.dataset.select({ kind: 'actual' })[0]!.value).toBe(88.4);
    expect(result.url).toBe(`${base}/ok-1.csv`);
    const downloads = progress.filter((p) => p.phase === 'download');
    expect(downloads.length).toBeGreaterThanOrEqual(2);
    expect(downloads.at(-1)).toEqual({ phase: 'download', loaded: Buffer.byteLength(CSV), total: Buffer.byteLength(CSV) });
    expect(progress.at(-1)?.phase).toBe('parse');
  });

  it('reports a fast download of many chunks at most once each 50 ms, and always its end', async () => {
    const progress: LoadProgress[] = [];
    const started = performance.now();
    await loadDataset(`${base}/chunky.csv`, { onProgress: (p) => progress.push(p) });
    const elapsed = performance.now() - started;
    const downloads = progress.filter((p) => p.phase === 'download');
    expect(downloads.at(-1)!.loaded).toBe(downloads.at(-1)!.total);
    expect(downloads.length).toBeLessThanOrEqual(Math.ceil(elapsed / PROGRESS_INTERVAL_MS) + 2);
    expect(hits.get('/chunky.csv')).toBe(1);
  });

  it('makes one request for many charts asking for the same URL, and keeps it', async () => {
    const url = `${base}/ok-shared.csv`;
    const results = await Promise.all([loadDataset(url), loadDataset(url), loadDataset(url)]);
    expect(results.every((r) => r.ok)).toBe(true);
    expect(new Set(results.map((r) => (r.ok ? r.dataset : undefined))).size).toBe(1);
    await loadDataset(url);
    expect(hits.get('/ok-shared.csv')).toBe(1);
    forgetDataset(url);
    await loadDataset(url);
    expect(hits.get('/ok-shared.csv')).toBe(2);
  });

  it('turns HTTP errors into problems, and fetches again on retry', async () => {
    const missing = await loadDataset(`${base}/missing.csv`);
    expect(missing.ok).toBe(false);
    expect(missing.problems[0]).toMatchObject({ code: 'http-error', severity: 'error' });
    expect(missing.problems[0]!.message['zh-CN']).toContain('HTTP 404');
    const broken = await loadDataset(`${base}/broken.csv`);
    expect(broken.problems[0]!.message.en).toContain('HTTP 500');
    await loadDataset(`${base}/missing.csv`);
    expect(hits.get('/missing.csv')).toBe(2);
  });

  it('reports a file with errors through its problems', async () => {
    const result = await loadDataset(`${base}/bad.csv`);
    expect(result.ok).toBe(false);
    expect(result.problems.map((p) => p.code)).toEqual(['missing-column', 'missing-column', 'missing-column']);
  });

  it('reads a JSON dataset, its reader loaded for it', async () => {
    const result = await loadDataset(`${base}/json`);
    expect(result.ok && result.dataset.select({}).map((r) => [r.region, r.value])).toEqual([['东丽区', 88.4]]);
    expect(result.format).toBe('json');
  });

  it('turns a network failure into a problem', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const result = await loadDataset(`http://127.0.0.1:${port}/x.csv`);
    expect(result.problems[0]!.code).toBe('network-error');
  });

  it('gives up on a server that never answers', async () => {
    const result = await loadDataset(`${base}/silent.csv`, { timeoutMs: 200 });
    expect(result.ok).toBe(false);
    expect(result.problems[0]!.code).toBe('timeout');
  });

  it('rejects with AbortError for a caller that aborts, while others still get the data', async () => {
    const url = `${base}/slow-1.csv`;
    const controller = new AbortController();
    const aborted = loadDataset(url, { signal: controller.signal });
    const kept = loadDataset(url);
    controller.abort();
    await expect(aborted).rejects.toMatchObject({ name: 'AbortError' });
    expect((await kept).ok).toBe(true);
    expect(hits.get('/slow-1.csv')).toBe(1);
  });

  it('cancels the request when every caller has aborted, and starts afresh after', async () => {
    const url = `${base}/slow-2.csv`;
    const controller = new AbortController();
    const aborted = loadDataset(url, { signal: controller.signal });
    await new Promise((r) => setTimeout(r, 20));
    controller.abort();
    await expect(aborted).rejects.toMatchObject({ name: 'AbortError' });
    const fresh = await loadDataset(url);
    expect(fresh.ok).toBe(true);
    expect(hits.get('/slow-2.csv')).toBe(2);
  });

  it('rejects at once for a signal already aborted', async () => {
    await expect(loadDataset(`${base}/ok-2.csv`, { signal: AbortSignal.abort() })).rejects.toMatchObject({ name: 'AbortError' });
    expect(hits.get('/ok-2.csv')).toBeUndefined();
  });
});
