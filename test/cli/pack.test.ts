import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { tsvFormatRows } from 'd3-dsv';
import { checkPack } from '../../src/cli/pack-check.js';
import { cliTerms } from '../../src/cli/cli-terms.js';
import { writePack } from '../../src/cli/pack-writer.js';
import { parseDataset } from '../../src/data/parse-dataset.js';
import { rowCells } from '../../src/data/row-cells.js';
import { COLUMNS } from '../../src/data/schema.js';
import { readManifest, type PackManifestFile } from '../../src/data/pack-manifest.js';

const bundledPath = new URL('../../data/indicators.csv', import.meta.url).pathname;
const bundled = readFileSync(bundledPath);
const parsed = parseDataset(bundled);
if (!parsed.ok) throw new Error('the bundled dataset does not load');
const dataset = parsed.dataset;
const terms = cliTerms({ LANG: 'en_US.UTF-8' });
const root = mkdtempSync(join(tmpdir(), 'edu-progress-pack-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let n = 0;
const place = () => join(root, `case-${n++}`);

/** Every file of a pack folder, by relative path, as bytes. */
function files(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  const walk = (sub: string) => {
    for (const entry of readdirSync(join(dir, sub), { withFileTypes: true })) {
      const relative = sub ? `${sub}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(relative);
      else out.set(relative, readFileSync(join(dir, relative)));
    }
  };
  walk('');
  return out;
}

async function packOf(content: string | Buffer, segmentChars?: number, name = 'input.csv') {
  const input = join(place());
  mkdirSync(input);
  writeFileSync(join(input, name), content);
  const out = join(input, 'pack');
  const result = await writePack(join(input, name), out, { segmentChars });
  return { result, out };
}

// Each case packs the bundled dataset (or several ways of writing it) on disk: seconds, not milliseconds, on a busy machine.
vi.setConfig({ testTimeout: 60_000 });

describe('edu-progress pack', () => {
  it('writes a manifest and one CSV per region and per indicator, each holding exactly its rows', async () => {
    const { result, out } = await packOf(bundled);
    expect(result.ok).toBe(true);
    const file = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as PackManifestFile;
    // The key is the code: the file does not say it twice.
    expect(file.regions.find((r) => r.key === '120110')).toEqual({ key: '120110', name: '东丽区', nameEn: 'Dongli District', parents: ['天津市'], partition: expect.any(Object) });
    const manifest = readManifest(file);
    expect(manifest.rows).toBe(dataset.size);
    expect(manifest.regions.map((r) => r.name)).toEqual(dataset.regions.map((r) => r.name));
    expect(manifest.regions.find((r) => r.code === '120110')).toMatchObject({ name: '东丽区', nameEn: 'Dongli District', parents: ['天津市'] });
    expect(manifest.indicators).toHaveLength(dataset.indicators.length);
    for (const region of manifest.regions) {
      expect(region.partition.path).toMatch(/^regions\/[A-Za-z0-9_-]+\.csv$/);
      const part = parseDataset(readFileSync(join(out, region.partition.path)));
      if (!part.ok) throw new Error(region.partition.path);
      expect(part.dataset.size).toBe(region.partition.rows);
      expect([...part.dataset].map(rowCells)).toEqual(dataset.select({ region: region.key }).map(rowCells));
    }
    const indicator = manifest.indicators.find((i) => i.id === 'preschool_inclusive_rate')!;
    const part = parseDataset(readFileSync(join(out, indicator.partition.path)));
    if (!part.ok) throw new Error(indicator.partition.path);
    expect(part.dataset.size).toBe(dataset.select({ indicator: 'preschool_inclusive_rate' }).length);
    expect((await checkPack(out, terms)).faults).toEqual([]);
  });

  it('gives the same bytes for the same input, however the input is cut, encoded or formatted', async () => {
    const first = files((await packOf(bundled)).out);
    expect(files((await packOf(bundled)).out)).toEqual(first);
    // Pieces of about 3 KB: the file is checked in some twenty parts.
    expect(files((await packOf(bundled, 3000)).out)).toEqual(first);
    const tsv = tsvFormatRows([[...COLUMNS], ...[...dataset].map(rowCells)]);
    expect(files((await packOf(tsv, 2000, 'input.tsv')).out)).toEqual(first);
    const json = JSON.stringify([...dataset].map((row) => Object.fromEntries(COLUMNS.map((c, i) => [c, rowCells(row)[i]]))));
    expect(files((await packOf(json, 2000, 'input.json')).out)).toEqual(first);
  });

  it('reads a GBK file as its UTF-8 twin', async () => {
    const gbk = readFileSync(new URL('../fixtures/gbk.csv', import.meta.url));
    const utf8 = new TextDecoder('gb18030').decode(gbk);
    expect(Buffer.from(utf8).equals(gbk)).toBe(false);
    expect(files((await packOf(gbk, 200)).out)).toEqual(files((await packOf(utf8)).out));
  });

  it('writes nothing for a file with errors, and says where each is in the whole file', async () => {
    const lines = bundled.toString('utf8').trimEnd().split('\n');
    lines[150] = lines[150]!.replace(/,target,|,actual,|,baseline,/, ',goal,');
    const { result, out } = await packOf(`${lines.join('\n')}\n`, 3000);
    expect(result.ok).toBe(false);
    expect(result.problems.filter((p) => p.severity === 'error').map((p) => [p.code, p.line])).toEqual([['unknown-kind', 151]]);
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(join(out, '..'))).toEqual(['input.csv']);
  });

  it('finds a row repeated with another value far apart in the file, across the parts it is read in', async () => {
    const lines = bundled.toString('utf8').trimEnd().split('\n');
    const copy = lines[2]!.replace(/,(target|actual|baseline),([\d.]+),/, (_m, kind, value) => `,${kind},${Number(value) + 1},`);
    const { result } = await packOf(`${[...lines, copy].join('\n')}\n`, 3000);
    expect(result.ok).toBe(false);
    expect(result.problems.find((p) => p.code === 'conflicting-duplicate')?.line).toBe(lines.length + 1);
  });

  it('keeps the old pack when a new input has errors, and never replaces a folder that is not a pack', async () => {
    const { out } = await packOf(bundled);
    const before = files(out);
    const bad = join(out, '..', 'bad.csv');
    writeFileSync(bad, 'region,year,indicator,kind,value\n东丽区,2022,x,target,abc\n');
    expect((await writePack(bad, out)).ok).toBe(false);
    expect(files(out)).toEqual(before);
    const other = join(out, '..', 'photos');
    mkdirSync(other);
    writeFileSync(join(other, 'holiday.jpg'), 'not a pack');
    await expect(writePack(join(out, '..', 'input.csv'), other)).rejects.toThrow(/not a data pack/);
    expect(readdirSync(other)).toEqual(['holiday.jpg']);
  });
});

it('test/fixtures/pack, which the browser tests read, is what the writer makes of the bundled dataset today', async () => {
  const fixture = new URL('../fixtures/pack', import.meta.url).pathname;
  // If this fails after a change to the writer or the data: npm run pack:data -- data/indicators.csv test/fixtures/pack
  expect(files(fixture)).toEqual(files((await packOf(bundled)).out));
});

describe('edu-progress pack --check', () => {
  it('names a truncated partition, a hash that disagrees and a file the manifest does not list', async () => {
    const { out } = await packOf(bundled);
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as PackManifestFile;
    const region = manifest.regions[0]!.partition;
    const whole = readFileSync(join(out, region.path));
    writeFileSync(join(out, region.path), whole.subarray(0, whole.length - 200));
    const indicator = manifest.indicators[0]!.partition;
    const edited = { ...manifest, indicators: [{ ...manifest.indicators[0]!, partition: { ...indicator, hash: '0'.repeat(12) } }, ...manifest.indicators.slice(1)] };
    writeFileSync(join(out, 'manifest.json'), JSON.stringify(edited));
    writeFileSync(join(out, 'regions', 'extra.csv'), 'x');
    const { faults } = await checkPack(out, terms);
    expect(faults.find((f) => f.startsWith(region.path))).toMatch(/bytes, but manifest.json says/);
    expect(faults).toContain(`${indicator.path}: its SHA-256 does not match manifest.json (the file was changed).`);
    expect(faults).toContain('regions/extra.csv: not listed in manifest.json.');
  });

  it('refuses a folder without a manifest, or a manifest of another format', async () => {
    const dir = place();
    mkdirSync(dir);
    expect((await checkPack(dir, terms)).faults[0]).toMatch(/not a data pack folder/);
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ format: 'other', version: 1 }));
    expect((await checkPack(dir, terms)).faults[0]).toMatch(/format is not "edu-progress-pack"/);
  });
});
