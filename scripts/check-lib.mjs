// Checks the built library (dist/lib, from `npm run build`) in the system Chromium:
// pages that load it as a page would, served from dist/ on 127.0.0.1.
//   - the ES module (two instances of it) with an <edu-gauge>;
//   - the classic script included twice, with an <edu-trend>;
//   - each with a dataset over 2 MB, so the parse worker runs: next to the ES
//     module, inlined (blob:) in the classic script, which here comes from
//     another origin as on a portal that embeds it;
//   - the classic script under a CSP that forbids blob: workers: the file is
//     parsed on the main thread instead, and the chart still draws;
//   - both bundles under Trusted Types with only Lit's policy (the classic
//     script twice, so Lit's policy twice): every chart drawn, hovered, its
//     table opened, in SVG and back, then removed;
//   - the parse worker refused, by Trusted Types or because the ES module comes
//     from another origin: the large file is parsed on the main thread;
//   - older and odd browsers: pages that delete, before the library loads, what
//     such a browser lacks (scripts/check-older-browsers.mjs).
// Each chart must reach status="ready" with an ECharts canvas in its shadow root;
// any console error, page error, failed request, request to an origin other
// than ours or Content-Security-Policy violation fails the check. Exits non-zero on failure.
// Set CHROME_PATH to use another Chromium or Chrome; nothing downloads a browser.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { checkOlderBrowsers, OLDER_BROWSER_PAGES } from './check-older-browsers.mjs';
import { recordPageProblems } from './page-problems.mjs';
import { origin, startServer } from './static-server.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');
const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';
const TIMEOUT_MS = 20_000;

for (const file of ['lib/edu-progress.js', 'lib/parse-worker.js', 'lib/edu-progress.iife.js', 'data/indicators.csv']) {
  if (!existsSync(join(dist, file))) {
    console.error(`check-lib: dist/${file} is missing; run npm run build first.`);
    process.exit(1);
  }
}

/** The bundled dataset plus made-up regions, past the loader's 2 MB worker threshold. */
function bigDataset() {
  const lines = readFileSync(join(root, 'data/indicators.csv'), 'utf8').trimEnd().split('\n');
  for (let i = 0; i < 20_000; i++) {
    const code = String(900000 + i);
    lines.push(`${code},样例区${i},样例市,2023,preschool,preschool_inclusive_rate,学前教育普惠率,%,actual,${50 + (i % 50)},,higher,样例数据,第${i}条,`);
  }
  const text = `${lines.join('\n')}\n`;
  if (Buffer.byteLength(text) < 2 * 1024 * 1024) throw new Error('the big dataset is under 2 MB');
  return text;
}

/** Trusted Types enforced, allowing only the policies named: Lit makes its templates with one of its own; ECharts must need none. */
const trustedTypes = (names) => `<meta http-equiv="Content-Security-Policy" content="require-trusted-types-for 'script'; trusted-types ${names}">`;
const EVERY_CHART = `<edu-data src="data/indicators.csv" themes-src="data/themes.csv">
<edu-gauge region="东丽区" indicator="preschool_inclusive_rate"></edu-gauge>
<edu-trend region="东丽区" indicator="student_fitness_pass_rate"></edu-trend>
<edu-radar region="东丽区,鲤城区" year="2022" measure="indicator:plan_items"></edu-radar>
<edu-scorecard region="东丽区"></edu-scorecard>
</edu-data>`;
const CHARTS = ['edu-gauge', 'edu-trend', 'edu-radar', 'edu-scorecard'];

const head = (title, extra = '') =>
  `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${title}</title><link rel="icon" href="data:,">${extra}</head><body>`;
const pages = {
  // Two module instances (another URL is another module): the second must leave the first's elements alone.
  '/check-es.html': `${head('ES module twice')}
<script type="module" src="lib/edu-progress.js"></script>
<script type="module" src="lib/edu-progress.js?copy=2"></script>
<edu-gauge src="data/indicators.csv" region="东丽区" indicator="preschool_inclusive_rate"></edu-gauge>`,
  '/check-iife.html': `${head('IIFE twice')}
<script src="lib/edu-progress.iife.js"></script>
<script src="lib/edu-progress.iife.js"></script>
<edu-trend src="data/indicators.csv" region="东丽区" indicator="student_fitness_pass_rate"></edu-trend>`,
  // The SVG renderer and decal patterns are chunks edu-progress.js fetches when a chart asks: from its own origin.
  '/check-es-svg.html': `${head('ES module from another origin, SVG renderer and decals')}
<script type="module" src="{OTHER}/lib/edu-progress.js"></script>
<edu-trend src="data/indicators.csv" region="东丽区" indicator="student_fitness_pass_rate" renderer="svg" decals></edu-trend>`,
  '/check-es-worker.html': `${head('ES module, large file')}
<script type="module" src="lib/edu-progress.js"></script>
<edu-gauge src="check-big.csv" region="东丽区" indicator="preschool_inclusive_rate"></edu-gauge>`,
  // {OTHER} becomes the second server's origin.
  '/check-iife-worker.html': `${head('IIFE from another origin, large file')}
<script src="{OTHER}/lib/edu-progress.iife.js"></script>
<edu-gauge src="check-big.csv" region="东丽区" indicator="preschool_inclusive_rate"></edu-gauge>`,
  // A policy that forbids blob: workers: the classic script's inlined worker cannot start, so the file is parsed in place.
  '/check-iife-csp.html': `${head('IIFE under a CSP without blob: workers, large file', `<meta http-equiv="Content-Security-Policy" content="worker-src 'self'">`)}
<script src="lib/edu-progress.iife.js"></script>
<edu-gauge src="check-big.csv" region="东丽区" indicator="preschool_inclusive_rate"></edu-gauge>`,
  // A portal's page at its worst: aggressive global CSS, extended built-in prototypes, an AMD loader, the bundle twice.
  '/check-hostile.html': `${head('hostile host page', `<link rel="stylesheet" href="check-hostile.css"><script src="check-hostile.js"></script>`)}
<script src="lib/edu-progress.iife.js"></script>
<script src="lib/edu-progress.iife.js"></script>
<div style="width: 640px">
<edu-data src="data/indicators.csv" themes-src="data/themes.csv">
<edu-gauge region="东丽区" indicator="preschool_inclusive_rate"></edu-gauge>
<edu-trend region="东丽区" indicator="student_fitness_pass_rate"></edu-trend>
<edu-radar region="东丽区,鲤城区" year="2022" measure="indicator:plan_items"></edu-radar>
</edu-data>
</div>`,
  // The strictest policy a portal sets: no inline script or style, no eval. (No favicon link: data: is not 'self'.)
  '/check-strict-csp.html': `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>strict CSP</title>
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; style-src 'self'"></head><body>
<script type="module" src="lib/edu-progress.js"></script>
<edu-data src="data/indicators.csv" themes-src="data/themes.csv">
<edu-radar region="东丽区,鲤城区" year="2022" measure="indicator:plan_items"></edu-radar>
<edu-trend region="东丽区" indicator="student_fitness_pass_rate"></edu-trend>
<edu-scorecard region="东丽区"></edu-scorecard>
</edu-data>`,
  // A portal that enforces Trusted Types, allowing Lit's policy and no other.
  '/check-trusted-types-es.html': `${head('ES module under Trusted Types', trustedTypes('lit-html'))}
<script type="module" src="lib/edu-progress.js"></script>
${EVERY_CHART}`,
  // Each copy of Lit on a page creates its policy: twice, the policy must allow duplicates.
  '/check-trusted-types-iife.html': `${head('IIFE twice under Trusted Types', trustedTypes("lit-html 'allow-duplicates'"))}
<script src="lib/edu-progress.iife.js"></script>
<script src="lib/edu-progress.iife.js"></script>
${EVERY_CHART}`,
  // A worker's URL is a script URL, which Trusted Types takes only from a policy: the file is parsed in place.
  '/check-trusted-types-worker.html': `${head('ES module under Trusted Types, large file', trustedTypes('lit-html'))}
<script type="module" src="lib/edu-progress.js"></script>
<edu-gauge src="check-big.csv" region="东丽区" indicator="preschool_inclusive_rate"></edu-gauge>`,
  // A browser starts no worker from another origin's script: the file is parsed in place.
  '/check-es-worker-other-origin.html': `${head('ES module from another origin, large file')}
<script type="module" src="{OTHER}/lib/edu-progress.js"></script>
<edu-gauge src="check-big.csv" region="东丽区" indicator="preschool_inclusive_rate"></edu-gauge>`,
};

Object.assign(pages, OLDER_BROWSER_PAGES);

const big = bigDataset();
// Answers as a CDN does (CORS), which module scripts from another origin need.
const other = await startServer(dist, { headers: () => ({ 'access-control-allow-origin': '*' }) });
const HOSTILE_CSS = `canvas { width: 10px !important; height: 10px !important } table { display: none }
* { margin: 0; padding: 0; box-sizing: content-box } button { font-size: 30px } body { font-family: serif } div { line-height: 3 }`;
const HOSTILE_JS = `Array.prototype.portalHelper = function () {}; Array.prototype.remove = function () {};
String.prototype.trimAll = function () {}; Object.defineProperty(Object.prototype, 'legacyFlag', { value: 1, enumerable: false, writable: true });
window.define = function () {}; window.define.amd = {};`;
// The strict page has no icon link, so the browser asks for /favicon.ico.
const generated = { '/check-big.csv': () => big, '/favicon.ico': () => '', '/check-hostile.css': () => HOSTILE_CSS, '/check-hostile.js': () => HOSTILE_JS };
for (const [path, html] of Object.entries(pages)) generated[path] = () => html.replace('{OTHER}', origin(other));
const server = await startServer(dist, { generated });
const allowed = new Set([origin(server), origin(other)]);

const browser = await chromium.launch({
  executablePath,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});

/**
 * Moves the pointer over a chart (scrolled into view, drawn), then checks that
 * the keyboard's point, which always has one, shows a tooltip.
 */
async function hover(page, name, problems) {
  // Below the fold a chart is drawn once near the viewport (the scorecard, which sizes its chart from its bars through the CSSOM).
  await page.locator(name).scrollIntoViewIfNeeded();
  await page.waitForFunction((tag) => document.querySelector(tag)?.echarts, name, { timeout: TIMEOUT_MS });
  const box = await page.locator(name).boundingBox();
  for (const [x, y] of [[0.5, 0.4], [0.95, 0.2], [0.05, 0.6]]) {
    await page.mouse.move(box.x + box.width * x, box.y + box.height * y);
    await page.waitForTimeout(150);
  }
  // Placing the tooltip must not need a style attribute either.
  await page.locator(name).locator('[part~="chart"]').focus();
  await page.keyboard.press('ArrowRight');
  const shown = await page.locator(name).evaluate((el) => el.shadowRoot.querySelector('[part~="tooltip"]')?.textContent ?? '');
  if (!shown) problems.push(`<${name}> showed no tooltip for the keyboard's point`);
}

/**
 * What ECharts does to its container, under Trusted Types: every chart drawn,
 * hovered and its table opened, in canvas, in SVG (a new instance, the old one
 * disposed) and in canvas again; then every chart removed, which disposes it.
 */
async function useEveryChart(page, problems) {
  for (const renderer of ['canvas', 'svg', 'canvas']) {
    for (const name of CHARTS) {
      const chart = page.locator(name);
      await chart.evaluate((el, value) => el.setAttribute('renderer', value), renderer);
      await chart.scrollIntoViewIfNeeded();
      const drawn = renderer === 'svg' ? '[part~="chart"] svg path' : '[part~="chart"] canvas';
      try {
        await page.waitForFunction(([tag, selector]) => document.querySelector(tag)?.shadowRoot.querySelector(selector), [name, drawn], { timeout: TIMEOUT_MS });
      } catch {
        problems.push(`<${name}> did not draw in ${renderer}`);
        continue;
      }
      await hover(page, name, problems);
      await chart.locator('[part~="toggle"]').click();
      // Hidden, the table's wrapper is 1px high (visually hidden, still read by screen readers).
      const height = await chart.locator('[part~="table"]').evaluate((table) => table.parentElement.getBoundingClientRect().height);
      if (height < 20) problems.push(`<${name}> did not open its table in ${renderer}`);
      await chart.locator('[part~="toggle"]').click();
    }
  }
  const left = await page.evaluate(async (tags) => {
    const charts = tags.map((tag) => document.querySelector(tag));
    document.querySelector('edu-data').remove();
    await new Promise(requestAnimationFrame);
    // Disposed: no instance, and the container emptied.
    return charts.filter((el) => el.echarts || el.shadowRoot.querySelector('[part~="chart"]').childElementCount > 0).map((el) => el.localName);
  }, CHARTS);
  for (const name of left) problems.push(`<${name}> was not disposed when removed`);
}

/**
 * What the page's Content-Security-Policy blocked, as problems; but the parse worker
 * on the pages whose policy refuses it (worker-src, or Trusted Types), which is their point.
 */
async function policyViolations(page, blocked) {
  const violations = await page.evaluate(() => globalThis.__violations);
  return violations.filter((violation) => !(blocked && /^worker-src |Worker constructor/.test(violation))).map((violation) => `CSP violation: ${violation}`);
}

/** Opens a page, waits for its chart, and returns the problems seen. */
async function check(path, tag, { worker, twice = false, blocked = false, strict = false, hostile = false, trustedTypes = false, chunks = [] } = {}) {
  const problems = [];
  const requested = [];
  const workers = [];
  const page = await browser.newPage({ viewport: { width: 900, height: 700 } });
  page.on('console', (message) => {
    // Where the policy refuses the worker, Chromium's own report of it is expected.
    if (message.type() === 'error' && !(blocked && /Content Security Policy|'TrustedScriptURL'/.test(message.text()))) {
      problems.push(`console error: ${message.text()}`);
    }
  });
  recordPageProblems(page, problems);
  page.on('request', (request) => {
    const url = new URL(request.url());
    requested.push(url);
    if (url.protocol !== 'data:' && url.protocol !== 'blob:' && !allowed.has(url.origin)) problems.push(`request to another origin: ${url.href}`);
  });
  page.on('worker', (w) => workers.push(w.url()));
  // Counts the results workers post, so a worker that starts but fails (and the loader's fallback) does not pass.
  await page.addInitScript(() => {
    globalThis.__violations = [];
    // A Trusted Types sink's sample names it ("Element innerHTML|").
    document.addEventListener('securitypolicyviolation', (event) =>
      globalThis.__violations.push([event.violatedDirective, event.blockedURI, event.sample].filter(Boolean).join(' ')),
    );
    const Native = globalThis.Worker;
    globalThis.__parseResults = 0;
    globalThis.Worker = class extends Native {
      constructor(...args) {
        super(...args);
        this.addEventListener('message', (event) => {
          if (event.data?.type === 'result') globalThis.__parseResults++;
        });
      }
    };
  });
  try {
    await page.goto(`${origin(server)}${path}`);
    const state = await page
      .waitForFunction(
        (name) => {
          const el = document.querySelector(name);
          const status = el?.getAttribute('status');
          if (status === 'error' || status === 'empty') return { status };
          const canvas = el?.shadowRoot?.querySelector('canvas');
          const svg = el?.shadowRoot?.querySelector('[part~="chart"] svg path');
          return status === 'ready' && ((canvas && canvas.width > 0) || svg) ? { status, summary: el.model?.summary, svg: Boolean(svg) } : false;
        },
        tag,
        { timeout: TIMEOUT_MS },
      )
      .then((handle) => handle.jsonValue());
    if (state.status !== 'ready') problems.push(`<${tag}> status is ${state.status}`);
    for (const chunk of chunks) {
      // Fetched next to edu-progress.js (on the other origin), as import.meta.url resolves it.
      if (!requested.some((url) => url.pathname === `/lib/${chunk}` && url.origin === origin(other))) problems.push(`${chunk} not loaded from the library's origin`);
    }
    if (chunks.includes('edu-progress-svg.js') && !state.svg) problems.push(`<${tag}> did not draw in SVG`);
    if (hostile) {
      // Every chart drawn at its full size: the page's canvas and table rules stop at the shadow root.
      await page.waitForFunction(() => ['edu-gauge', 'edu-trend', 'edu-radar'].every((t) => document.querySelector(t)?.getAttribute('status') === 'ready'), null, { timeout: TIMEOUT_MS });
      const sizes = await page.evaluate(() =>
        ['edu-gauge', 'edu-trend', 'edu-radar'].map((t) => {
          const el = document.querySelector(t);
          const canvas = el.shadowRoot.querySelector('canvas');
          return { t, host: Math.round(el.getBoundingClientRect().width), canvas: Math.round(canvas?.getBoundingClientRect().width ?? 0) };
        }),
      );
      for (const { t, host, canvas } of sizes) if (canvas < host - 2 || host < 600) problems.push(`<${t}> canvas ${canvas}px in a ${host}px host`);
    }
    if (strict) {
      // Hover every chart so tooltips show too.
      for (const name of ['edu-radar', 'edu-trend', 'edu-scorecard']) await hover(page, name, problems);
      // Theme names come from themes.csv: reading it must not need eval either.
      const axis = await page.evaluate(() => document.querySelector('edu-radar')?.model?.table.rows[0]?.[2]);
      if (axis !== '党的建设') problems.push(`radar axis is ${axis}, not the theme table's name`);
    }
    if (trustedTypes) await useEveryChart(page, problems);
    problems.push(...(await policyViolations(page, blocked)));
    const globals = await page.evaluate(() => ({
      tags: ['edu-data', 'edu-gauge', 'edu-trend', 'edu-radar', 'edu-scorecard'].filter((t) => customElements.get(t)),
      iifeGlobal: typeof globalThis.EduProgress?.parseDataset,
      parseResults: globalThis.__parseResults,
    }));
    if (globals.tags.length !== 5) problems.push(`only ${globals.tags.join(', ')} defined`);
    if (twice && globals.iifeGlobal !== 'function') problems.push('no EduProgress.parseDataset global');
    if (worker && !workers.some((url) => worker.test(url))) problems.push(`no parse worker matching ${worker} started (workers: ${workers.join(', ') || 'none'})`);
    if (worker && globals.parseResults !== 1) problems.push(`the parse worker posted ${globals.parseResults} results, not 1`);
    if (!worker && workers.length > 0) problems.push(`unexpected workers: ${workers.join(', ')}`);
    if (blocked && globals.parseResults !== 0) problems.push('a parse worker ran where the page refuses it');
    const line = `${path}: <${tag}> ${state.status}${workers.length ? `, worker ${workers.join(', ')}` : ''}${state.summary ? ` — ${state.summary}` : ''}`;
    return { line, problems };
  } catch (error) {
    const violations = await policyViolations(page, blocked).catch(() => []);
    return { line: `${path}: <${tag}> did not become ready`, problems: [...problems, ...violations, error.message.split('\n')[0]] };
  } finally {
    await page.close();
  }
}

const results = [];
try {
  results.push(await check('/check-es.html', 'edu-gauge'));
  results.push(await check('/check-iife.html', 'edu-trend', { twice: true }));
  results.push(await check('/check-es-svg.html', 'edu-trend', { chunks: ['edu-progress-svg.js', 'edu-progress-decals.js'] }));
  results.push(await check('/check-es-worker.html', 'edu-gauge', { worker: /\/lib\/parse-worker\.js$/ }));
  results.push(await check('/check-iife-worker.html', 'edu-gauge', { worker: /^blob:/ }));
  results.push(await check('/check-iife-csp.html', 'edu-gauge', { blocked: true }));
  results.push(await check('/check-trusted-types-worker.html', 'edu-gauge', { blocked: true }));
  results.push(await check('/check-es-worker-other-origin.html', 'edu-gauge', { blocked: true }));
  results.push(await check('/check-strict-csp.html', 'edu-radar', { strict: true }));
  results.push(await check('/check-hostile.html', 'edu-radar', { twice: true, hostile: true }));
  results.push(await check('/check-trusted-types-es.html', 'edu-gauge', { trustedTypes: true }));
  results.push(await check('/check-trusted-types-iife.html', 'edu-gauge', { twice: true, trustedTypes: true }));
  results.push(...(await checkOlderBrowsers(browser, origin(server))));
} finally {
  await browser.close();
  server.close();
  other.close();
}

let failed = 0;
for (const { line, problems } of results) {
  console.log(`${problems.length ? 'FAIL' : 'ok  '} ${line}`);
  for (const problem of problems) console.log(`       ${problem}`);
  if (problems.length) failed++;
}
console.log(`${results.length - failed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
