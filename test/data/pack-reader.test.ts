import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

vi.setConfig({ testTimeout: 30_000, hookTimeout: 60_000 });
import { writePack } from '../../src/cli/pack-writer.js';
import { loadPack } from '../../src/data/pack.js';
import { manifestFile, type PackManifest } from '../../src/data/pack-manifest.js';
import { parseDataset } from '../../src/data/parse-dataset.js';
import { rowCells } from '../../src/data/row-cells.js';

const bundled = parseDataset(readFileSync(new URL('../../data/indicators.csv', import.meta.url)));
if (!bundled.ok) throw new Error('the bundled dataset does not load');
const dataset = bundled.dataset;

let server: Server;
let base: string;
let dir: string;
const hits = new Map<string, number>();
/** What the server saw and did, in order: "ask <path>" when a request came, "answer <path>" when it replied. */
const events: string[] = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'edu-progress-pack-reader-'));
  const result = await writePack(new URL('../../data/indicators.csv', import.meta.url).pathname, join(dir, 'good'));
  if (!result.ok) throw new Error('pack failed');
  // Copies to break: a truncated region file, a manifest whose hash disagrees, one with a file gone.
  for (const name of ['truncated', 'rehashed', 'gone', 'slow']) await writePack(new URL('../../data/indicators.csv', import.meta.url).pathname, join(dir, name));
  // Regions with English names a reader may ask by: 'Dongli' is a plain word, but not the key its file is named after.
  writeFileSync(
    join(dir, 'named.csv'),
    'region_code,region,region_en,year,indicator_id,indicator,unit,kind,value\n' +
      '120110,东丽区,Dongli,2022,fitness,体质达标率,%,target,90\n120110,东丽区,Dongli,2022,fitness,体质达标率,%,actual,92\n' +
      '350502,鲤城区,Licheng,2022,fitness,体质达标率,%,actual,88\n',
  );
  if (!(await writePack(join(dir, 'named.csv'), join(dir, 'named'))).ok) throw new Error('pack failed');
  const manifest = result.manifest;
  const first = manifest.regions[0]!.partition.path;
  const whole = readFileSync(join(dir, 'truncated', first));
  writeFileSync(join(dir, 'truncated', first), whole.subarray(0, whole.length - 100));
  const edited: PackManifest = { ...manifest, regions: manifest.regions.map((r, i) => (i === 0 ? { ...r, partition: { ...r.partition, hash: 'f'.repeat(12) } } : r)) };
  writeFileSync(join(dir, 'rehashed', 'manifest.json'), JSON.stringify(manifestFile(edited)));
  rmSync(join(dir, 'gone', manifest.regions[1]!.partition.path));
  server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    hits.set(path, (hits.get(path) ?? 0) + 1);
    events.push(`ask ${path}`);
    // The slow pack's manifest comes once its region's file has been asked for (or after 3 s, when nothing asks).
    for (let waited = 0; path === '/slow/manifest.json' && !hits.has('/slow/regions/120110.csv') && waited < 3000; waited += 10) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    events.push(`answer ${path}`);
    let body: Buffer;
    try {
      body = readFileSync(join(dir, path));
    } catch {
      response.writeHead(404).end('not found');
      return;
    }
    response.writeHead(200).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('loadPack', () => {
  it("fetches the manifest and only the region's file, once however many charts ask", async () => {
    const [a, b] = await Promise.all([loadPack(`${base}/good/manifest.json`, { regions: ['东丽区'] }), loadPack(`${base}/good/manifest.json`, { regions: ['120110'] })]);
    if (!a.ok || !b.ok) throw new Error('not loaded');
    expect([...a.dataset].map(rowCells)).toEqual(dataset.select({ region: '120110' }).map(rowCells));
    expect(b.dataset).toBe(a.dataset);
    expect([...hits.keys()].filter((k) => k.startsWith('/good/')).sort()).toEqual(['/good/manifest.json', '/good/regions/120110.csv']);
    expect(hits.get('/good/regions/120110.csv')).toBe(1);
  });

  it("joins several regions' files, and takes one indicator's file for every region", async () => {
    const two = await loadPack(`${base}/good/manifest.json`, { regions: ['120110', '350502'] });
    if (!two.ok) throw new Error('not loaded');
    expect(two.dataset.regions.map((r) => r.name)).toEqual(['东丽区', '鲤城区']);
    expect(two.dataset.size).toBe(dataset.select({ region: ['120110', '350502'] }).length);
    const one = await loadPack(`${base}/good/manifest.json`, { indicator: 'preschool_inclusive_rate' });
    if (!one.ok) throw new Error('not loaded');
    expect(one.dataset.size).toBe(dataset.select({ indicator: 'preschool_inclusive_rate' }).length);
  });

  it('refuses a truncated file, a file whose hash disagrees and a missing file, each for the charts that need it only', async () => {
    const truncated = await loadPack(`${base}/truncated/manifest.json`, { regions: ['120110'] });
    expect(truncated.ok).toBe(false);
    expect(truncated.problems[0]).toMatchObject({ code: 'partition-mismatch' });
    expect(truncated.problems[0]!.message.en).toMatch(/bytes ≠/);
    const rehashed = await loadPack(`${base}/rehashed/manifest.json`, { regions: ['120110'] });
    expect(rehashed.problems[0]).toMatchObject({ code: 'partition-mismatch' });
    expect(rehashed.problems[0]!.message.en).toMatch(/SHA-256/);
    const gone = await loadPack(`${base}/gone/manifest.json`, { regions: ['350502'] });
    expect(gone.problems[0]).toMatchObject({ code: 'http-error' });
    expect((await loadPack(`${base}/gone/manifest.json`, { regions: ['120110'] })).ok).toBe(true);
  });

  it("asks for a region's file by its code while the manifest is still on its way", async () => {
    const result = await loadPack(`${base}/slow/manifest.json`, { regions: ['120110'] });
    if (!result.ok) throw new Error('not loaded');
    expect(result.dataset.size).toBe(dataset.select({ region: '120110' }).length);
    expect(events.indexOf('ask /slow/regions/120110.csv')).toBeGreaterThan(-1);
    expect(events.indexOf('ask /slow/regions/120110.csv')).toBeLessThan(events.indexOf('answer /slow/manifest.json'));
    expect(hits.get('/slow/regions/120110.csv')).toBe(1);
  });

  it('loads the right file when a region asked by a plain word is not the key its file is named after', async () => {
    const result = await loadPack(`${base}/named/manifest.json`, { regions: ['Dongli'] });
    if (!result.ok) throw new Error('not loaded');
    expect(result.dataset.regions.map((r) => r.name)).toEqual(['东丽区']);
    expect(result.dataset.size).toBe(2);
    // The guess (a file named Dongli) costs one request that finds nothing.
    expect(hits.get('/named/regions/Dongli.csv')).toBe(1);
    expect(hits.get('/named/regions/120110.csv')).toBe(1);
  });

  it('says which region a pack lacks, and what is wrong with a manifest', async () => {
    const absent = await loadPack(`${base}/good/manifest.json`, { regions: ['西青区'] });
    expect(absent.problems[0]!.message['zh-CN']).toContain('数据包中没有地区“西青区”');
    const none = await loadPack(`${base}/nowhere/manifest.json`, { regions: ['120110'] });
    expect(none.problems[0]).toMatchObject({ code: 'http-error' });
  });
});
