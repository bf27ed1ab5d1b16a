// Goal 2: parse + validate + index in Node. Our parseDataset (src/data bundled by esbuild into
// bench/.cache/data.mjs) against bare d3-dsv csvParse and Papa Parse (header: true, dynamicTyping: false)
// on the same file; medians after warm-up. GBK copies: parseDataset(bytes) detects and decodes itself;
// the references get the text decoded with TextDecoder('gb18030') inside the timing.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { csvParse } from 'd3-dsv';
import Papa from 'papaparse';
import { CACHE, SIZES, file } from './generate.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

export async function loadDataLayer() {
  const outfile = join(CACHE, 'data.mjs');
  await build({
    entryPoints: [join(root, 'src/data/index.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile,
    logLevel: 'warning',
  });
  return import(`${pathToFileURL(outfile).href}?t=${Date.now()}`);
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

function time(fn, warmup, runs) {
  for (let i = 0; i < warmup; i++) fn();
  const times = [];
  for (let i = 0; i < runs; i++) {
    globalThis.gc?.();
    const t = performance.now();
    const out = fn();
    times.push(performance.now() - t);
    if (!out) throw new Error('no result');
  }
  return { median: median(times), runs: times.map((x) => Math.round(x * 10) / 10) };
}

const REPS = { 10000: [3, 9], 100000: [2, 7], 1000000: [1, 3] };

export async function benchParse(log = console.log) {
  const { parseDataset } = await loadDataLayer();
  const results = [];
  for (const rows of SIZES) {
    const [warmup, runs] = REPS[rows];
    const bytes = new Uint8Array(readFileSync(file(rows)));
    const text = new TextDecoder().decode(bytes);
    const check = parseDataset(text);
    if (!check.ok) throw new Error(`synthetic-${rows} does not parse: ${JSON.stringify(check.problems.slice(0, 3))}`);
    if (check.dataset.size !== rows) throw new Error(`synthetic-${rows}: ${check.dataset.size} rows`);
    const r = { rows, mib: bytes.length / 1048576 };
    r.d3 = time(() => csvParse(text), warmup, runs);
    r.ours = time(() => parseDataset(text).ok, warmup, runs);
    r.oursBytes = time(() => parseDataset(bytes).ok, warmup, runs);
    r.papa = time(() => Papa.parse(text, { header: true, dynamicTyping: false }).data, warmup, runs);
    r.ratioD3 = r.ours.median / r.d3.median;
    r.ratioPapa = r.ours.median / r.papa.median;
    let gbkBytes;
    try {
      gbkBytes = new Uint8Array(readFileSync(file(rows, true)));
    } catch {
      gbkBytes = undefined;
    }
    if (gbkBytes) {
      const g = parseDataset(gbkBytes);
      if (!g.ok || g.encoding !== 'gb18030' || g.dataset.size !== rows) throw new Error(`GBK synthetic-${rows} did not parse as GB18030`);
      r.gbk = {
        ours: time(() => parseDataset(gbkBytes).ok, warmup, runs),
        d3: time(() => csvParse(new TextDecoder('gb18030').decode(gbkBytes)), warmup, runs),
        papa: time(() => Papa.parse(new TextDecoder('gb18030').decode(gbkBytes), { header: true, dynamicTyping: false }).data, warmup, runs),
        decodeFailedUtf8: time(() => {
          try {
            new TextDecoder('utf-8', { fatal: true }).decode(gbkBytes);
          } catch {
            return true;
          }
          return true;
        }, 1, Math.min(runs, 3)),
        decodeGb18030: time(() => new TextDecoder('gb18030').decode(gbkBytes), 1, Math.min(runs, 3)),
      };
      r.gbk.ratioD3 = r.gbk.ours.median / r.gbk.d3.median;
      r.gbk.ratioPapa = r.gbk.ours.median / r.gbk.papa.median;
    }
    results.push(r);
    log(
      `parse ${rows}: ours ${r.ours.median.toFixed(1)} ms, d3 ${r.d3.median.toFixed(1)} ms (x${r.ratioD3.toFixed(2)}), papa ${r.papa.median.toFixed(1)} ms (x${r.ratioPapa.toFixed(2)})` +
        (r.gbk ? `; GBK ours ${r.gbk.ours.median.toFixed(1)} ms, d3 ${r.gbk.d3.median.toFixed(1)} ms (x${r.gbk.ratioD3.toFixed(2)})` : ''),
    );
  }
  return results;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(JSON.stringify(await benchParse(), null, 1));
}
