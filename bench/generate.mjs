// Deterministic synthetic datasets in the edu-progress format (README "The dataset format"):
// ~2,800 county regions, ten years (2016-2025), 40 indicators over the twelve themes, kinds target/actual.
// Writes bench/.cache/synthetic-<rows>.csv (UTF-8) and synthetic-<rows>.gbk.csv (GBK, via iconv-lite when present).
// Same rows every run: no Math.random, only a fixed stride through the key space and a hash for values.
// Usage: node bench/generate.mjs [rows...]   (default 10000 100000 1000000); skips files that exist.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const CACHE = fileURLToPath(new URL('./.cache/', import.meta.url));
export const REGIONS = 2800;
export const YEARS = 10;
export const YEAR0 = 2016;
export const INDICATORS = 40;
const KINDS = ['target', 'actual'];
const THEMES = [
  'party_building', 'moral_education', 'holistic_education', 'teaching_quality', 'preschool', 'compulsory',
  'high_school_vocational', 'special_lifelong', 'teachers', 'safety_services', 'digital', 'governance_funding',
];
const PROVINCES = ['北京市', '天津市', '河北省', '山西省', '山东省', '福建省', '浙江省', '江苏省', '广东省', '四川省', '湖南省', '河南省', '云南省', '甘肃省'];
const UNITS = ['%', '个', '所', '名', '万元', '场', '课时', '项'];

/** The region every bench chart shows: region index 0 (full data for it in every file). */
export const BENCH_REGION = '样例区0000';
export const BENCH_INDICATOR = 'ind_00';

function hash(a, b, c, d) {
  let h = 2166136261 ^ a;
  h = Math.imul(h ^ b, 16777619);
  h = Math.imul(h ^ c, 16777619);
  h = Math.imul(h ^ d, 16777619);
  h ^= h >>> 13;
  h = Math.imul(h, 0x5bd1e995);
  return ((h ^ (h >>> 15)) >>> 0) / 4294967296;
}

function indicatorInfo(i) {
  const percent = i % 2 === 0;
  return {
    id: `ind_${String(i).padStart(2, '0')}`,
    name: `样例指标${String(i).padStart(2, '0')}${percent ? '达标率' : '数量'}`,
    unit: percent ? '%' : UNITS[1 + (i % (UNITS.length - 1))],
    theme: THEMES[i % THEMES.length],
    direction: i % 10 === 9 ? 'lower' : 'higher',
    percent,
  };
}

function row(r, year, ind, kind) {
  const info = indicatorInfo(ind);
  const code = String(100000 + r * 7);
  const name = `样例区${String(r).padStart(4, '0')}`;
  const parent = `${PROVINCES[r % PROVINCES.length]}样例市${Math.floor(r / 10)}`;
  const y = YEAR0 + year;
  const u = hash(r, year, ind, kind);
  const value = info.percent ? (kind === 0 ? 60 + Math.floor(u * 40) : Math.round((50 + u * 50) * 10) / 10) : Math.floor(5 + u * 1000);
  const doc = kind === 0 ? `${name}${y}年教育工作要点` : `${name}${y}年教育工作总结`;
  const item = `第${1 + ((ind * 3 + year) % 30)}条`;
  const excerpt = `${info.name}${kind === 0 ? '力争达到' : '达到'}${value}${info.unit}`;
  return `${code},${name},${parent},${y},${info.theme},${info.id},${info.name},${info.unit},${KINDS[kind]},${value},,${info.direction},${doc},${item},${excerpt}`;
}

const HEADER = 'region_code,region,parent,year,theme,indicator_id,indicator,unit,kind,value,value_max,direction,source,source_item,excerpt';
const PER_REGION = YEARS * INDICATORS * KINDS.length;
const FULL_REGIONS = 3;

function gcd(a, b) {
  while (b) [a, b] = [b, a % b];
  return a;
}

/** The CSV text of `rows` rows: regions 0-2 in full, the rest a fixed stride through the remaining keys (no key twice). */
export function datasetText(rows) {
  const lines = [HEADER];
  const decode = (k, regionBase) => {
    const kind = k % 2;
    k = (k - kind) / 2;
    const ind = k % INDICATORS;
    k = (k - ind) / INDICATORS;
    const year = k % YEARS;
    const r = regionBase + (k - year) / YEARS;
    return row(r, year, ind, kind);
  };
  const full = Math.min(rows, FULL_REGIONS * PER_REGION);
  for (let k = 0; k < full; k++) lines.push(decode(k, 0));
  const space = (REGIONS - FULL_REGIONS) * PER_REGION;
  let step = 1_000_003;
  while (gcd(step, space) !== 1) step += 2;
  for (let j = 0, k = 0; j < rows - full; j++, k = (k + step) % space) lines.push(decode(k, FULL_REGIONS));
  return `${lines.join('\n')}\n`;
}

export const SIZES = [10_000, 100_000, 1_000_000];
export const file = (rows, gbk = false) => join(CACHE, `synthetic-${rows}${gbk ? '.gbk' : ''}.csv`);

/** iconv-lite (a transitive dependency) or undefined: Node has no GBK encoder of its own. */
export function iconv() {
  try {
    return createRequire(import.meta.url)('iconv-lite');
  } catch {
    return undefined;
  }
}

export function generate(sizes = SIZES, log = console.log) {
  mkdirSync(CACHE, { recursive: true });
  const encoder = iconv();
  for (const rows of sizes) {
    if (existsSync(file(rows)) && (!encoder || existsSync(file(rows, true)))) continue;
    const t = performance.now();
    const text = datasetText(rows);
    writeFileSync(file(rows), text);
    if (encoder) writeFileSync(file(rows, true), encoder.encode(text, 'gbk'));
    log(`generated ${rows} rows (${(Buffer.byteLength(text) / 1048576).toFixed(1)} MiB) in ${Math.round(performance.now() - t)} ms${encoder ? ', with a GBK copy' : ', no GBK copy (iconv-lite missing)'}`);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const sizes = process.argv.slice(2).map(Number).filter(Boolean);
  generate(sizes.length ? sizes : SIZES);
}
