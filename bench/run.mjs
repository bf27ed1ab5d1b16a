// npm run bench: generates the synthetic datasets (once, into bench/.cache), runs the data-layer bench
// in Node and the element benches in the system Chromium against dist/ (run npm run build first),
// then packs the national file and measures charts on the pack (national.mjs); prints one table and
// writes bench/results.json. See BENCHMARKS.md.
// npm run bench -- --national: only the national part; -- --no-national (or EDU_BENCH_NATIONAL=0): all but it.
import { execSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { generate } from './generate.mjs';
import { benchParse } from './parse.mjs';
import { benchBrowser, executablePath } from './browser.mjs';
import { benchNational } from './national.mjs';

const log = (s) => console.error(`[bench] ${s}`);
const started = Date.now();
const args = process.argv.slice(2);
const onlyNational = args.includes('--national');
const national = onlyNational || !(args.includes('--no-national') || process.env.EDU_BENCH_NATIONAL === '0');
if (!onlyNational) generate(undefined, log);
const machine = {
  nproc: cpus().length,
  model: (readFileSync('/proc/cpuinfo', 'utf8').match(/model name\s*:\s*(.*)/) ?? [])[1],
  memoryGiB: Math.round((totalmem() / 1073741824) * 10) / 10,
  node: process.version,
  chromium: (() => { try { return execSync(`${executablePath} --version`).toString().trim(); } catch { return executablePath; } })(),
};
const parse = onlyNational ? [] : await benchParse(log);
const browser = onlyNational ? {} : await benchBrowser(log);
const nation = national ? await benchNational(log) : undefined;
const results = { date: new Date().toISOString(), machine, parse, ...browser, national: nation, seconds: Math.round((Date.now() - started) / 1000) };
writeFileSync(fileURLToPath(new URL('./results.json', import.meta.url)), `${JSON.stringify(results, null, 1)}\n`);

const f = (x, d = 1) => (typeof x === 'number' && Number.isFinite(x) ? x.toFixed(d) : String(x));
const yes = (b) => (b ? 'met' : 'MISSED');
/** A ratio with its 90 % interval (bench/interval.mjs), where the goal has one. */
const ratioText = (ratio, interval) => (interval ? `${f(ratio, 2)} (${f(interval[0], 2)}–${f(interval[1], 2)})` : f(ratio, 2));
/** The interval's verdict: met or missed whichever way the noise went, or undecided when it straddles the goal. */
const judged = (v, met) => (v === 'met' ? 'met' : v === 'missed' ? 'MISSED' : v === 'undecided' ? `undecided (${met ? 'met' : 'missed'} at the median)` : yes(met));
const rows = [['goal', 'measured', 'reference', 'ratio', 'goal ratio', 'met?']];
const s = browser.size;
if (s && !s.error) {
  const sizeRow = (label, page) =>
    rows.push([`1 size: ${label} (gzip KiB)`, f(page.gzipKiB), page.goalKiB ? `${page.goalKiB} budget` : '-', page.goalKiB ? f(page.gzipKiB / page.goalKiB, 2) : '-', page.goalKiB ? '<= 1' : '(info)', page.goalKiB ? yes(page.met) : '-']);
  sizeRow('edu-progress.js page, gauge, trend, radar', s.allThree);
  sizeRow('edu-progress.js page, and a scorecard', s.allFour);
  sizeRow('edu-gauge.js page, one gauge', s.gaugeOnly);
  sizeRow('edu-trend.js page, one trend', s.trendOnly);
  sizeRow('edu-radar.js page, one radar', s.radarOnly);
  sizeRow('edu-scorecard.js page, one scorecard', s.scorecardOnly);
}
for (const p of parse) {
  rows.push([`2 parse ${p.rows} rows vs d3 csvParse (ms)`, f(p.ours.median), f(p.d3.median), ratioText(p.ratioD3, p.intervalD3), `<= ${p.goalD3}`, judged(p.verdictD3, p.metD3)]);
  rows.push([`2 parse ${p.rows} rows vs Papa Parse (ms)`, f(p.ours.median), f(p.papa.median), f(p.ratioPapa, 2), p.rows >= 100000 ? '< 1' : '(info)', p.rows >= 100000 ? yes(p.ratioPapa < 1) : '-']);
  if (p.fresh) rows.push([`2 parse ${p.rows} rows, one in a fresh process, vs d3 (ms)`, f(p.fresh.ours.median), f(p.fresh.d3.median), f(p.fresh.ratioD3, 2), '(info)', '-']);
  if (p.gbk) rows.push([`2 parse ${p.rows} rows GBK vs d3 (ms)`, f(p.gbk.ours.median), f(p.gbk.d3.median), f(p.gbk.ratioD3, 2), '(info)', '-']);
}
const m = browser.mainThread;
if (m && !m.error) rows.push(['3 main thread 1M rows: longest task (ms)', `${f(m.longestTaskMs)} (${m.tasksOver50} > 50 ms)`, '50', f(m.ratio, 2), '< 1', yes(m.met)]);
if (m && !m.error) rows.push(['3 progress shown', String(m.progressShown), '-', '-', '-', yes(m.progressShown)]);
for (const [k, v] of Object.entries(browser.firstView ?? {})) {
  if (v?.oursMs) rows.push([`4 first view (${k}) (ms)`, f(v.oursMs), f(v.referenceMs), ratioText(v.ratio, v.interval), v.goal === undefined ? '(info)' : `<= ${v.goal}`, v.goal === undefined ? '-' : judged(v.verdict, v.met)]);
}
const n = browser.many;
if (n && !n.error) rows.push([`5 200 gauges above fold vs 12 (ms; ${n.many.fetches} fetch, ${n.many.afterScroll.instances}/200 after scroll)`, f(n.oursMs), f(n.referenceMs), ratioText(n.ratio, n.interval), '<= 1.5', judged(n.verdict, n.met)]);
const u = browser.updates;
if (u && !u.error) rows.push(['6 update: worst median attr -> updateComplete (ms)', f(u.worstMedianSyncMs), '16', f(u.ratio, 2), '< 1', yes(u.met)]);
const mem = browser.memory;
if (mem && !mem.error) rows.push(['7 memory: 1000 cycles, worst heap growth (MiB)', f(mem.worstGrowthMiB), '10', f(mem.ratio, 2), '< 1', yes(mem.met)]);
const kib = (bytes) => f(bytes / 1024);
const p = nation?.pack;
if (p && !p.error) {
  rows.push([`8 pack ${f(p.input.bytes / 1e9, 2)} GB, ${p.input.rows} rows (s per GB; total s)`, `${f(p.secondsPerGB)} (${f(p.seconds, 0)} s)`, '-', '-', '(recorded)', '-']);
  rows.push([`8 pack: peak RSS (MiB; at ${p.peakSample.phase})`, f(p.peakRssMiB, 0), '1024', f(p.peakRssMiB / 1024, 2), '< 1', yes(p.met)]);
}
const g = nation?.nationalGauge;
if (g && !g.error) {
  rows.push([`8 gauge on the pack: gzip KiB fetched (${g.requests} files; manifest ${kib(g.manifestGzipBytes)})`, kib(g.gzipBytes), '150', f(g.gzipBytes / g.bytesGoal, 2), '<= 1', yes(g.bytesMet)]);
  rows.push(['8 gauge on the pack vs on the bundled file: ready (ms)', f(g.packMs), f(g.bundledMs), ratioText(g.ratio, g.interval), '<= 1.2', judged(g.timeVerdict, g.timeMet)]);
}
const tr = nation?.nationalTrend;
if (tr && !tr.error) rows.push([`8 trend of ${tr.regions} regions on the pack: ready (ms; ${tr.requests} files, ${kib(tr.gzipBytes)} KiB gzip)`, f(tr.trendMs), `${f(tr.bundledGaugeMs)} (bundled gauge)`, f(tr.ratioToBundledGauge, 2), '(recorded)', '-']);
const d = nation?.nationalDemo;
if (d && !d.error) rows.push(['8 demo on the pack vs bundled: first screen (ms)', d.notMeasured ? `not measured: ${d.notMeasured}` : f(d.packMs), d.notMeasured ? '-' : f(d.bundledMs), d.notMeasured ? '-' : ratioText(d.ratio, d.interval), '<= 1.5', d.notMeasured ? '-' : judged(d.verdict, d.met)]);
for (const [k, v] of Object.entries({ ...browser, ...nation })) if (v?.error) rows.push([k, 'ERROR', '-', '-', '-', 'MISSED']);
const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
for (const r of rows) console.log(`| ${r.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`);
console.log(`\n${machine.nproc} × ${machine.model}, ${machine.memoryGiB} GiB, Node ${machine.node}, ${machine.chromium}; ${results.seconds} s; bench/results.json written.`);
