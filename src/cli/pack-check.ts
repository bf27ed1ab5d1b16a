import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { HASH_DIGITS, MANIFEST_NAME, manifestFault, readManifest, type PackManifest, type PackManifestFile, type Partition } from '../data/pack-manifest.js';
import { parseDataset } from '../data/parse-dataset.js';
import type { CliTerms } from './cli-terms.js';

export interface PackCheck {
  /** What is wrong, one sentence each, in the reader's language; empty when the pack is sound. */
  readonly faults: readonly string[];
  readonly manifest: PackManifest | undefined;
  /** Files checked, manifest included. */
  readonly files: number;
}

/**
 * Verifies a pack as `edu-progress pack` wrote it: the manifest's format, every partition's
 * size, hash and rows against the manifest, every row in the right file, and no file the
 * manifest does not list.
 */
export async function checkPack(dir: string, terms: CliTerms): Promise<PackCheck> {
  const faults: string[] = [];
  const manifestPath = join(dir, MANIFEST_NAME);
  if (!existsSync(manifestPath)) return { faults: [terms.noManifest(manifestPath)], manifest: undefined, files: 0 };
  let json: unknown;
  try {
    json = JSON.parse(await readFile(manifestPath, 'utf8'));
  } catch (error) {
    return { faults: [terms.badManifest(String(error))], manifest: undefined, files: 1 };
  }
  const fault = manifestFault(json);
  if (fault) return { faults: [terms.badManifest(fault)], manifest: undefined, files: 1 };
  const manifest = readManifest(json as PackManifestFile);
  let files = 1;
  const check = async (partition: Partition, owner: (row: { regionKey: string; indicatorKey: string }) => boolean) => {
    files++;
    const path = join(dir, partition.path);
    if (!existsSync(path)) return faults.push(terms.missingFile(partition.path));
    const bytes = await readFile(path);
    if (bytes.length !== partition.bytes) faults.push(terms.wrongSize(partition.path, bytes.length, partition.bytes));
    const hash = createHash('sha256').update(bytes).digest('hex').slice(0, HASH_DIGITS);
    if (hash !== partition.hash) faults.push(terms.wrongHash(partition.path));
    const parsed = parseDataset(bytes);
    if (!parsed.ok) return faults.push(terms.unreadable(partition.path, parsed.problems[0]?.message[terms.locale] ?? ''));
    if (parsed.dataset.size !== partition.rows) faults.push(terms.wrongRows(partition.path, parsed.dataset.size, partition.rows));
    const stray = [...parsed.dataset].find((row) => !owner(row));
    if (stray) faults.push(terms.strayRow(partition.path, stray.line));
    return undefined;
  };
  for (const region of manifest.regions) await check(region.partition, (row) => row.regionKey === region.key);
  for (const indicator of manifest.indicators) await check(indicator.partition, (row) => row.indicatorKey === indicator.key);
  const sum = (list: readonly { partition: Partition }[]) => list.reduce((n, e) => n + e.partition.rows, 0);
  if (sum(manifest.regions) !== manifest.rows || sum(manifest.indicators) !== manifest.rows) {
    faults.push(terms.wrongTotal(manifest.rows, sum(manifest.regions), sum(manifest.indicators)));
  }
  const listed = new Set([...manifest.regions, ...manifest.indicators].map((e) => e.partition.path));
  for (const folder of ['regions', 'indicators']) {
    if (!existsSync(join(dir, folder))) continue;
    for (const name of await readdir(join(dir, folder))) {
      if (!listed.has(`${folder}/${name}`)) faults.push(terms.unlistedFile(`${folder}/${name}`));
    }
  }
  return { faults, manifest, files };
}
