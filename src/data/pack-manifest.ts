import type { IndicatorInfo, RegionInfo } from './dataset.js';

/**
 * A data pack: a dataset split for static hosting (`edu-progress pack`), one CSV file per region
 * and one per indicator, described by manifest.json. The format is a public promise (README,
 * "Data packs"): readers check `format` and `version` and refuse what they do not know.
 */
export const PACK_FORMAT = 'edu-progress-pack';
export const PACK_VERSION = 1;
export const MANIFEST_NAME = 'manifest.json';

/** One file of the pack, as the manifest describes it. */
export interface Partition {
  /** Relative to the manifest, ASCII only: `regions/120110.csv`, `indicators/preschool_inclusive_rate.csv`. */
  readonly path: string;
  /** Data rows (the header not counted). */
  readonly rows: number;
  readonly bytes: number;
  /**
   * The first HASH_DIGITS hex digits (48 bits) of the SHA-256 of the file's bytes: enough to
   * tell a changed or broken file, and at 2,851 regions a full hash would be most of the manifest.
   */
  readonly hash: string;
}

/** A region as a Dataset describes it, with its parent chain and its file. */
export interface PackRegion extends Omit<RegionInfo, 'parent'> {
  /** The parent chain, nearest first: the region's parent, that parent's parent where the pack has it as a region, … */
  readonly parents: readonly string[];
  readonly partition: Partition;
}

/** An indicator as a Dataset describes it, with its file. */
export interface PackIndicator extends IndicatorInfo {
  readonly partition: Partition;
}

/**
 * The manifest as the file holds it: a region's code and an indicator's id are not written,
 * since the key is the code (the id) wherever there is one, and the name where there is none.
 */
export interface PackManifestFile extends Omit<PackManifest, 'regions' | 'indicators'> {
  readonly regions: readonly Omit<PackRegion, 'code'>[];
  readonly indicators: readonly Omit<PackIndicator, 'id'>[];
}

/** The manifest file's entries with their codes and ids (see PackManifestFile). */
export function readManifest(file: PackManifestFile): PackManifest {
  return {
    ...file,
    regions: file.regions.map((r) => ({ ...r, code: r.key === r.name ? '' : r.key })),
    indicators: file.indicators.map((i) => ({ ...i, id: i.key === i.name ? '' : i.key })),
  };
}

/** The manifest as written (see PackManifestFile). */
export function manifestFile(manifest: PackManifest): PackManifestFile {
  return {
    ...manifest,
    regions: manifest.regions.map(({ code: _code, ...r }) => r),
    indicators: manifest.indicators.map(({ id: _id, ...i }) => i),
  };
}

export interface PackManifest {
  readonly format: typeof PACK_FORMAT;
  readonly version: typeof PACK_VERSION;
  /** Data rows in all (each row is in one region file and in one indicator file). */
  readonly rows: number;
  readonly years: readonly number[];
  readonly themes: readonly string[];
  readonly regions: readonly PackRegion[];
  readonly indicators: readonly PackIndicator[];
}

/** What a chart draws from a pack: the regions (by key, code or name) and indicators it needs. */
export interface PackNeed {
  readonly regions?: readonly string[];
  /** One indicator's rows across every region: asked only when no region is (a trend of many regions). */
  readonly indicator?: string;
}

const SAFE_PATH = /^(?:regions|indicators)\/[A-Za-z0-9_.-]+\.csv$/;

/**
 * A key the pack writer uses as its file's name as it is (`regions/120110.csv`); other keys
 * (a Chinese name, say) get a name made from their hash. A reader can ask for a plain key's
 * file before the manifest has come (pack.ts), and the manifest then says whether it guessed right.
 */
export const PLAIN_KEY = /^[A-Za-z0-9_-]{1,80}$/;
export const HASH_DIGITS = 12;
const HASH = new RegExp(`^[0-9a-f]{${HASH_DIGITS}}$`);

/** Why a manifest cannot be used, in words for the analyst; undefined when it can. */
export function manifestFault(json: unknown): string | undefined {
  if (!json || typeof json !== 'object') return 'not a JSON object';
  const m = json as Record<string, unknown>;
  if (m.format !== PACK_FORMAT) return `format is not "${PACK_FORMAT}"`;
  if (m.version !== PACK_VERSION) return `version ${String(m.version)} is not ${PACK_VERSION}`;
  if (!Array.isArray(m.regions) || !Array.isArray(m.indicators) || !Array.isArray(m.years) || !Array.isArray(m.themes)) {
    return 'regions, indicators, years or themes is missing';
  }
  for (const [list, name] of [[m.regions, 'regions'], [m.indicators, 'indicators']] as const) {
    for (const [i, entry] of (list as unknown[]).entries()) {
      const e = entry as Record<string, unknown> | null;
      const p = e?.partition as Record<string, unknown> | undefined;
      if (!e || typeof e.key !== 'string' || typeof e.name !== 'string') return `${name}[${i}] has no key or name`;
      if (!p || typeof p.path !== 'string' || !SAFE_PATH.test(p.path)) return `${name}[${i}] has no usable partition path`;
      if (!Number.isInteger(p.rows) || !Number.isInteger(p.bytes) || typeof p.hash !== 'string' || !HASH.test(p.hash)) {
        return `${name}[${i}] partition lacks rows, bytes or hash`;
      }
    }
  }
  return undefined;
}

/** An entry by key, then code or id or name, then English name (as Dataset.region and Dataset.indicator find one). */
function find<T extends { key: string; name: string; nameEn: string }>(list: readonly T[], query: string, code: (entry: T) => string): T | undefined {
  const q = query.trim();
  return (
    list.find((e) => e.key === q) ??
    list.find((e) => code(e) === q || e.name === q) ??
    list.find((e) => e.nameEn !== '' && e.nameEn.toLowerCase() === q.toLowerCase())
  );
}

export const packRegion = (manifest: PackManifest, query: string) => find(manifest.regions, query, (r) => r.code);
export const packIndicator = (manifest: PackManifest, query: string) => find(manifest.indicators, query, (i) => i.id);

export type PartitionChoice =
  | { readonly ok: true; readonly partitions: readonly Partition[] }
  | { readonly ok: false; readonly column: 'region' | 'indicator'; readonly value: string };

/**
 * The files a chart needs: its regions' files; with no region, the indicator's file (every
 * region's rows of it); with neither, the pack's first region, which a chart shows by default.
 */
export function partitionsFor(manifest: PackManifest, need: PackNeed): PartitionChoice {
  const regions = need.regions ?? [];
  if (regions.length > 0) {
    const partitions: Partition[] = [];
    for (const query of regions) {
      const region = packRegion(manifest, query);
      if (!region) return { ok: false, column: 'region', value: query };
      if (!partitions.includes(region.partition)) partitions.push(region.partition);
    }
    return { ok: true, partitions };
  }
  if (need.indicator) {
    const indicator = packIndicator(manifest, need.indicator);
    return indicator ? { ok: true, partitions: [indicator.partition] } : { ok: false, column: 'indicator', value: need.indicator };
  }
  const first = manifest.regions[0];
  return first ? { ok: true, partitions: [first.partition] } : { ok: false, column: 'region', value: '' };
}
