// Preloaded (node --import) into the `edu-progress pack` that bench/national.mjs measures: its memory
// every 500 ms (RSS, V8 heap, external and array buffers, MiB), and at exit the kernel's peak RSS
// (process.resourceUsage().maxRSS) and CPU time, as JSON into the file EDU_BENCH_PROBE names.
import { writeFileSync } from 'node:fs';

const started = Date.now();
const MiB = (x) => Math.round(x / 104857.6) / 10;
const samples = [];
setInterval(() => {
  const m = process.memoryUsage();
  samples.push({ t: Date.now() - started, rss: MiB(m.rss), heapUsed: MiB(m.heapUsed), heapTotal: MiB(m.heapTotal), external: MiB(m.external), arrayBuffers: MiB(m.arrayBuffers) });
}, 500).unref();

process.on('exit', () => {
  const usage = process.resourceUsage();
  const out = { startedAt: started, maxRssKiB: usage.maxRSS, userSeconds: usage.userCPUTime / 1e6, systemSeconds: usage.systemCPUTime / 1e6, samples };
  writeFileSync(process.env.EDU_BENCH_PROBE, JSON.stringify(out));
});
