// Goal 2: parse + validate + index in Node. Our parseDataset (src/data bundled by esbuild into
// bench/.cache/data.mjs) against bare d3-dsv csvParse and Papa Parse (header: true, dynamicTyping: false)
// on the same file; medians after warm-up, contestants interleaved run by run, wall and CPU time. GBK copies:
// parseDataset(bytes) detects and decodes itself; the references get the text decoded with
// TextDecoder('gb18030') inside the timing. For 10k rows also one parse per fresh Node process (timeFresh),
// ours and d3's taking turns: a page's first parse. Goals by size in PARSE_GOALS.
// Usage: node --expose-gc bench/parse.mjs [rows...]   (default: every size; --no-gbk skips the GBK copies)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { execFileSync } from 'node:child_process';
import { build } from 'esbuild';
import { csvParse } from 'd3-dsv';
import Papa from 'papaparse';
import { CACHE, SIZES, file } from './generate.mjs';
import { median, ratioInterval, verdict } from './interval.mjs';

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
  return { ...(await import(`${pathToFileURL(outfile).href}?t=${Date.now()}`)), outfile };
}

const round = (x) => Math.round(x * 10) / 10;

/** Wall and CPU (user + system, every thread of the process: GC helpers count too) milliseconds of one call. */
function once(fn) {
  const cpu = process.cpuUsage();
  const t = performance.now();
  const out = fn();
  const wall = performance.now() - t;
  const used = process.cpuUsage(cpu);
  if (!out) throw new Error('no result');
  return { wall, cpu: (used.user + used.system) / 1000 };
}

/**
 * Times every contestant run by run, round-robin (a, b, c, a, b, c, …), with gc() before each run, so a
 * change in machine load lands on all of them alike instead of on whichever block ran then. Medians of wall
 * and CPU time; `runs` keeps each run's wall time as before, `cpuRuns` the CPU time.
 */
function timeInterleaved(contestants, warmup, runs) {
  for (let i = 0; i < warmup; i++) for (const fn of Object.values(contestants)) fn();
  const walls = Object.fromEntries(Object.keys(contestants).map((k) => [k, []]));
  const cpus = Object.fromEntries(Object.keys(contestants).map((k) => [k, []]));
  for (let i = 0; i < runs; i++) {
    for (const [name, fn] of Object.entries(contestants)) {
      globalThis.gc?.();
      const { wall, cpu } = once(fn);
      walls[name].push(wall);
      cpus[name].push(cpu);
    }
  }
  return Object.fromEntries(
    Object.keys(contestants).map((k) => [
      k,
      { median: median(walls[k]), cpu: median(cpus[k]), runs: walls[k].map(round), cpuRuns: cpus[k].map(round) },
    ]),
  );
}

/**
 * One parse in a fresh Node process, as a page's first parse is (nothing compiled, no type feedback),
 * ours and d3's taking turns process by process. The in-process runs above are not that: the gc()
 * before each run lets the maps of our per-parse objects die with them, and V8 then throws away the
 * optimized code that checks them ("weak objects" in --trace-deopt), so each of our runs compiles
 * again with the feedback of the runs before, while d3's code, which checks no such map, stays compiled.
 */
function timeFresh(dataLayer, path, rounds) {
  const child = (contestant) => `
    import { readFileSync } from 'node:fs';
    const text = readFileSync(${JSON.stringify(path)}, 'utf8');
    const parse = ${contestant === 'ours' ? `(await import(${JSON.stringify(pathToFileURL(dataLayer).href)})).parseDataset` : `(await import('d3-dsv')).csvParse`};
    const cpu = process.cpuUsage();
    const t = performance.now();
    const out = parse(text);
    const wall = performance.now() - t;
    const used = process.cpuUsage(cpu);
    if (!out) throw new Error('no result');
    console.log(JSON.stringify({ wall, cpu: (used.user + used.system) / 1000 }));`;
  const runs = { ours: [], d3: [] };
  for (let i = 0; i < rounds; i++) {
    for (const contestant of Object.keys(runs)) {
      const out = execFileSync(process.execPath, ['--input-type=module', '-e', child(contestant)], { cwd: root, encoding: 'utf8' });
      runs[contestant].push(JSON.parse(out));
    }
  }
  const summary = (xs) => ({ median: median(xs.map((x) => x.wall)), cpu: median(xs.map((x) => x.cpu)), runs: xs.map((x) => round(x.wall)), cpuRuns: xs.map((x) => round(x.cpu)) });
  const out = { ours: summary(runs.ours), d3: summary(runs.d3) };
  out.ratioD3 = out.ours.median / out.d3.median;
  return out;
}

/** Fresh-process rounds by size (only where a single parse is short enough to repeat). */
const FRESH_ROUNDS = { 10000: 9 };

/** Warm-up and timed runs by size: enough at 10k and 100k for a narrow interval (interval.mjs), a few seconds each. */
const REPS = { 10000: [3, 31], 100000: [2, 15], 1000000: [1, 3] };

/** Goal 2 (issue 12 §4): parse + validate + index at most this many times d3-dsv's csvParse, by size. */
export const PARSE_GOALS = { 10000: 2.5, 100000: 2, 1000000: 2 };

export async function benchParse(log = console.log, sizes = SIZES, gbk = true) {
  const { parseDataset, outfile } = await loadDataLayer();
  const results = [];
  for (const rows of sizes) {
    const [warmup, runs] = REPS[rows];
    const bytes = new Uint8Array(readFileSync(file(rows)));
    const text = new TextDecoder().decode(bytes);
    const check = parseDataset(text);
    if (!check.ok) throw new Error(`synthetic-${rows} does not parse: ${JSON.stringify(check.problems.slice(0, 3))}`);
    if (check.dataset.size !== rows) throw new Error(`synthetic-${rows}: ${check.dataset.size} rows`);
    const r = { rows, mib: bytes.length / 1048576 };
    Object.assign(
      r,
      timeInterleaved(
        {
          d3: () => csvParse(text),
          ours: () => parseDataset(text).ok,
          oursBytes: () => parseDataset(bytes).ok,
          papa: () => Papa.parse(text, { header: true, dynamicTyping: false }).data,
        },
        warmup,
        runs,
      ),
    );
    r.ratioD3 = r.ours.median / r.d3.median;
    r.goalD3 = PARSE_GOALS[rows];
    r.metD3 = r.ratioD3 <= r.goalD3;
    // Run i of each contestant ran in the same round (timeInterleaved).
    r.intervalD3 = ratioInterval(r.ours.runs, r.d3.runs);
    r.verdictD3 = verdict(r.intervalD3, r.goalD3);
    if (FRESH_ROUNDS[rows]) r.fresh = timeFresh(outfile, file(rows), FRESH_ROUNDS[rows]);
    r.ratioPapa = r.ours.median / r.papa.median;
    r.cpuRatioD3 = r.ours.cpu / r.d3.cpu;
    r.cpuRatioPapa = r.ours.cpu / r.papa.cpu;
    let gbkBytes;
    try {
      if (gbk) gbkBytes = new Uint8Array(readFileSync(file(rows, true)));
    } catch {
      gbkBytes = undefined;
    }
    if (gbkBytes) {
      const g = parseDataset(gbkBytes);
      if (!g.ok || g.encoding !== 'gb18030' || g.dataset.size !== rows) throw new Error(`GBK synthetic-${rows} did not parse as GB18030`);
      r.gbk = timeInterleaved(
        {
          ours: () => parseDataset(gbkBytes).ok,
          d3: () => csvParse(new TextDecoder('gb18030').decode(gbkBytes)),
          papa: () => Papa.parse(new TextDecoder('gb18030').decode(gbkBytes), { header: true, dynamicTyping: false }).data,
        },
        warmup,
        runs,
      );
      Object.assign(
        r.gbk,
        timeInterleaved(
          {
            decodeFailedUtf8: () => {
              try {
                new TextDecoder('utf-8', { fatal: true }).decode(gbkBytes);
              } catch {
                return true;
              }
              return true;
            },
            decodeGb18030: () => new TextDecoder('gb18030').decode(gbkBytes),
          },
          1,
          Math.min(runs, 3),
        ),
      );
      r.gbk.ratioD3 = r.gbk.ours.median / r.gbk.d3.median;
      r.gbk.ratioPapa = r.gbk.ours.median / r.gbk.papa.median;
      r.gbk.cpuRatioD3 = r.gbk.ours.cpu / r.gbk.d3.cpu;
    }
    results.push(r);
    log(
      `parse ${rows}: ours ${r.ours.median.toFixed(1)} ms (cpu ${r.ours.cpu.toFixed(1)}), ` +
        `d3 ${r.d3.median.toFixed(1)} ms (cpu ${r.d3.cpu.toFixed(1)}) x${r.ratioD3.toFixed(2)} (cpu x${r.cpuRatioD3.toFixed(2)}), ` +
        `papa ${r.papa.median.toFixed(1)} ms (cpu ${r.papa.cpu.toFixed(1)}) x${r.ratioPapa.toFixed(2)} (cpu x${r.cpuRatioPapa.toFixed(2)})` +
        (r.fresh ? `; fresh process: ours ${r.fresh.ours.median.toFixed(1)} ms, d3 ${r.fresh.d3.median.toFixed(1)} ms x${r.fresh.ratioD3.toFixed(2)}` : '') +
        (r.gbk ? `; GBK ours ${r.gbk.ours.median.toFixed(1)} ms, d3 ${r.gbk.d3.median.toFixed(1)} ms (x${r.gbk.ratioD3.toFixed(2)}, cpu x${r.gbk.cpuRatioD3.toFixed(2)})` : ''),
    );
  }
  return results;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const sizes = args.filter((a) => /^\d+$/.test(a)).map(Number);
  console.log(JSON.stringify(await benchParse(console.log, sizes.length ? sizes : SIZES, !args.includes('--no-gbk')), null, 1));
}
