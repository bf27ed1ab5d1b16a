import { chromium } from 'playwright-core';
import { readFileSync, writeFileSync } from 'node:fs';
const lines = readFileSync('dist/data/indicators.csv', 'utf8').trim().split('\n').slice(1);
const pairs = new Map();
for (const line of lines) { const c = line.split(','); if (c[8] === 'actual' && c[5] !== 'plan_items') pairs.set(`${c[1]}|${c[5]}`, [c[1], c[5]]); }
const P = [...pairs.values()];
const n = Number(process.argv[2] || 200);
const gauges = Array.from({ length: n }, (_, i) => `<edu-gauge region="${P[i % P.length][0]}" indicator="${P[i % P.length][1]}"></edu-gauge>`).join('\n');
writeFileSync('dist/prof.html', `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><style>body{margin:0;font:14px sans-serif}edu-data{display:grid;grid-template-columns:repeat(4,1fr);gap:8px}</style></head><body><script type="module" src="/prof-lib.js"></script><edu-data src="/data/indicators.csv">${gauges}</edu-data>`);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'] });
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
const cdp = await page.context().newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
await cdp.send('Profiler.start');
await page.goto('http://127.0.0.1:8765/prof.html');
await page.waitForTimeout(3000);
const { profile } = await cdp.send('Profiler.stop');
// self time by function
const self = new Map();
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const dt = profile.timeDeltas; const counts = new Map();
profile.samples.forEach((id, i) => counts.set(id, (counts.get(id) ?? 0) + (dt[i] ?? 0)));
for (const [id, t] of counts) { const nd = byId.get(id); const k = `${nd.callFrame.functionName || '(anon)'} ${nd.callFrame.url.split('/').pop()}:${nd.callFrame.lineNumber}:${nd.callFrame.columnNumber}`; self.set(k, (self.get(k) ?? 0) + t); }
const total = [...self.values()].reduce((a, b) => a + b, 0);
console.log('total ms', (total / 1000).toFixed(0));
for (const [k, t] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log((t / 1000).toFixed(1).padStart(8), k);
await browser.close();
