// The national file (issue 12 §3): bench/.cache/national.csv (made once by generate.mjs, 8.5 M rows,
// ~1.8 GB) packed by the built command line (dist/cli/edu-progress.js) as a user runs it, timed, its
// peak RSS taken from the kernel (memory-probe.mjs, preloaded) with a memory timeline; then, in
// Chromium, a gauge, a 30-region trend and the demo on the pack (browser.mjs, the national goals).
// Usage: npm run bench -- --national   (or node bench/national.mjs)
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CACHE, generateNational, nationalPack } from './generate.mjs';
import { benchBrowser, NATIONAL_GOALS } from './browser.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const RSS_GOAL_MIB = 1024;

/** Packs `input` into `out` with the built CLI in a child process: wall time, s/GB, peak RSS and when it peaked. */
export async function benchPack(input, out, log = console.log) {
  const cli = join(root, 'dist/cli/edu-progress.js');
  if (!existsSync(cli)) throw new Error('dist/cli/edu-progress.js missing: run npm run build');
  const probe = join(CACHE, 'pack-memory.json');
  rmSync(probe, { force: true });
  const bytes = statSync(input).size;
  const lines = [];
  const started = Date.now();
  const child = spawn(process.execPath, ['--import', fileURLToPath(new URL('./memory-probe.mjs', import.meta.url)), cli, 'pack', input, out], {
    env: { ...process.env, EDU_BENCH_PROBE: probe, LC_ALL: 'C', LANG: 'C' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  for (const stream of [child.stdout, child.stderr]) {
    let rest = '';
    stream.setEncoding('utf8').on('data', (text) => {
      const parts = (rest + text).split('\n');
      rest = parts.pop();
      for (const line of parts) {
        lines.push({ t: Date.now() - started, line });
        log(`pack: ${line}`);
      }
    });
  }
  const code = await new Promise((resolve) => child.on('close', resolve));
  const seconds = (Date.now() - started) / 1000;
  if (code !== 0) throw new Error(`edu-progress pack exited with ${code}: ${lines.slice(-5).map((l) => l.line).join(' / ')}`);
  const memory = JSON.parse(readFileSync(probe, 'utf8'));
  // The read phase ends with its last progress line (the whole input read); the write phase follows.
  const readEnd = lines.filter((l) => l.line.startsWith('Reading:')).at(-1)?.t;
  const offset = memory.startedAt - started;
  const phase = (t) => (readEnd === undefined ? '?' : t + offset <= readEnd ? 'read' : 'write');
  const peak = memory.samples.reduce((a, b) => (b.rss > a.rss ? b : a), { rss: 0, t: 0 });
  const peakOf = (name) => Math.max(0, ...memory.samples.filter((s) => phase(s.t) === name).map((s) => s.rss));
  const round = (x, d = 1) => Math.round(x * 10 ** d) / 10 ** d;
  return {
    input: { bytes, rows: Number(lines.find((l) => l.line.startsWith('Packed'))?.line.match(/Packed (\d+)/)?.[1]) },
    seconds: round(seconds),
    readSeconds: readEnd === undefined ? undefined : round(readEnd / 1000),
    writeSeconds: readEnd === undefined ? undefined : round(seconds - readEnd / 1000),
    secondsPerGB: round(seconds / (bytes / 1e9)),
    cpuSeconds: round(memory.userSeconds + memory.systemSeconds),
    peakRssMiB: round(memory.maxRssKiB / 1024),
    peakSample: { ...peak, phase: phase(peak.t) },
    peakRssReadMiB: peakOf('read'),
    peakRssWriteMiB: peakOf('write'),
    timeline: memory.samples.filter((_, i, a) => i % Math.ceil(a.length / 40) === 0),
    rssGoalMiB: RSS_GOAL_MIB,
    met: memory.maxRssKiB / 1024 < RSS_GOAL_MIB,
  };
}

/** Makes (once) and packs the national file, then the browser goals on the pack. */
export async function benchNational(log = console.log) {
  const started = Date.now();
  const input = generateNational(log);
  let pack;
  try {
    pack = await benchPack(input, nationalPack(), log);
  } catch (error) {
    log(`national pack: FAILED ${error}`);
    return { pack: { error: String(error?.stack ?? error), met: false }, seconds: Math.round((Date.now() - started) / 1000) };
  }
  log(`national pack: ${pack.seconds} s (${pack.secondsPerGB} s/GB), peak RSS ${pack.peakRssMiB} MiB (${pack.peakSample.phase} phase)`);
  const browser = await benchBrowser(log, Object.keys(NATIONAL_GOALS));
  return { pack, ...browser, seconds: Math.round((Date.now() - started) / 1000) };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) console.log(JSON.stringify(await benchNational(), null, 1));
