import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'] });
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
await browser.startTracing(page, { path: '/tmp/trace.json', categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
await page.goto('http://127.0.0.1:8765/prof.html');
await page.waitForTimeout(3000);
await browser.stopTracing();
const events = JSON.parse(readFileSync('/tmp/trace.json', 'utf8')).traceEvents;
const agg = new Map();
for (const e of events) { if (e.ph !== 'X' || !e.dur) continue; const a = agg.get(e.name) ?? { n: 0, ms: 0 }; a.n++; a.ms += e.dur / 1000; agg.set(e.name, a); }
for (const [k, v] of [...agg].sort((a, b) => b[1].ms - a[1].ms).slice(0, 20)) console.log(v.ms.toFixed(1).padStart(8), String(v.n).padStart(6), k);
await browser.close();
const ph = events.filter((e) => e.name === 'ParseHTML' && e.dur);
console.log('ParseHTML', ph.length, ph.slice(0, 3).map((e) => JSON.stringify(e.args).slice(0, 200)));
const ult = events.filter((e) => e.name === 'UpdateLayoutTree' && e.dur).sort((a, b) => b.dur - a.dur);
console.log('ULT top', ult.slice(0, 5).map((e) => [(e.dur / 1000).toFixed(1), JSON.stringify(e.args).slice(0, 300)]));
