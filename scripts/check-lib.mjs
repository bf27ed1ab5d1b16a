// Checks the built library (dist/lib, from `npm run build`) in the system Chromium and
// Firefox (scripts/browser-engines.mjs, both with puppeteer-core): pages that load it as a
// page would, served from dist/ on 127.0.0.1.
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
//   - the parse worker refused by Trusted Types, or not started because the ES
//     module comes from another origin (no browser runs another origin's worker
//     script): the large file is parsed on the main thread;
//   - a data pack and the ES module on another origin (a CDN): the pack reader's chunk,
//     the manifest and only the gauge's region file;
//   - one chart's module (edu-gauge.js) from another origin: only its chart and <edu-data>
//     defined, and a bullet's line chart fetched from lib/chunks/ there; two charts' modules
//     (edu-trend.js, edu-scorecard.js) on a page under the strict policy and Trusted Types
//     with Lit's policy once: the code they share loaded once (one Lit);
//   - older and odd browsers: pages that delete, before the library loads, what
//     such a browser lacks (scripts/check-older-browsers.mjs).
// Firefox 153 enforces Trusted Types as Chromium does, so every page runs in both.
// Each chart must reach status="ready" with an ECharts canvas in its shadow root;
// any console error, page error, failed request, request to an origin other
// than ours or Content-Security-Policy violation (a `securitypolicyviolation` event in
// any frame, or the browser's own report of one) fails the check; where a page's policy
// refuses the parse worker, that refusal must be reported, and is the only one allowed.
// Every check runs once per engine: `node scripts/check-lib.mjs` runs both,
// `--engine=firefox` (or EDU_PROGRESS_CHECK_ENGINE=firefox) one. Prints `ok`/`FAIL` per check and
// engine, then "N passed, N failed" over both; exits non-zero on failure. A missing browser
// is a failure that names the package to install. CHROME_PATH and FIREFOX_PATH point at
// other binaries; nothing downloads a browser.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkInEngines, enginesFrom } from './browser-engines.mjs';
import { checkOlderBrowsers, OLDER_BROWSER_PAGES } from './check-older-browsers.mjs';
import { CSP_REPORT, recordCspViolations, recordPageProblems } from './page-problems.mjs';
import { origin, startServer } from './static-server.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');
const TIMEOUT_MS = 20_000;

let engines;
try {
  engines = enginesFrom();
} catch (error) {
  console.error(`check-lib: ${error.message}`);
  process.exit(1);
}
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
/** What edu-progress.js defines; one chart's module, only that chart and edu-data. */
const ALL_TAGS = ['edu-data', ...CHARTS];

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
  // A data pack on a CDN beside the library: the pack reader is a chunk fetched on first use, the manifest and one region's file with CORS.
  '/check-es-pack.html': `${head('ES module and a data pack from another origin')}
<script type="module" src="{OTHER}/lib/edu-progress.js"></script>
<edu-data src="{OTHER}/pack/manifest.json">
<edu-gauge region="东丽区" indicator="preschool_inclusive_rate"></edu-gauge>
</edu-data>`,
  // One chart's module on a CDN: a dial, and a bullet, whose line chart comes on demand from lib/chunks/ there.
  '/check-entry-gauge.html': `${head("One chart's module from another origin")}
<script type="module" src="{OTHER}/lib/edu-gauge.js"></script>
<edu-data src="data/indicators.csv">
<edu-gauge region="东丽区" indicator="preschool_inclusive_rate"></edu-gauge>
<edu-gauge variant="bullet" region="东丽区" indicator="preschool_inclusive_rate"></edu-gauge>
</edu-data>`,
  // Two charts' modules: what they share comes once (one Lit, so Lit's policy once), under the strictest policy.
  '/check-entries-two.html': `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>two charts' modules</title>
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html"></head><body>
<script type="module" src="lib/edu-trend.js"></script>
<script type="module" src="lib/edu-scorecard.js"></script>
<edu-data src="data/indicators.csv" themes-src="data/themes.csv">
<edu-trend region="东丽区" indicator="student_fitness_pass_rate"></edu-trend>
<edu-scorecard region="东丽区"></edu-scorecard>
</edu-data>`,
  // A browser starts no worker from another origin's script: the file is parsed in place.
  '/check-es-worker-other-origin.html': `${head('ES module from another origin, large file')}
<script type="module" src="{OTHER}/lib/edu-progress.js"></script>
<edu-gauge src="check-big.csv" region="东丽区" indicator="preschool_inclusive_rate"></edu-gauge>`,
};

Object.assign(pages, OLDER_BROWSER_PAGES);

const big = bigDataset();
// Answers as a CDN does (CORS), which module scripts from another origin need.
/** test/fixtures/pack (the bundled dataset packed) at /pack/ on the other origin. */
function packFiles() {
  const folder = join(root, 'test/fixtures/pack');
  const files = {};
  for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath ?? entry.path, entry.name);
    files[`/pack/${relative(folder, path).split(sep).join('/')}`] = () => readFileSync(path);
  }
  return files;
}
const other = await startServer(dist, { generated: packFiles(), headers: () => ({ 'access-control-allow-origin': '*' }) });
const HOSTILE_CSS = `canvas { width: 10px !important; height: 10px !important } table { display: none }
* { margin: 0; padding: 0; box-sizing: content-box } button { font-size: 30px } body { font-family: serif } div { line-height: 3 }`;
const HOSTILE_JS = `Array.prototype.portalHelper = function () {}; Array.prototype.remove = function () {};
String.prototype.trimAll = function () {}; Object.defineProperty(Object.prototype, 'legacyFlag', { value: 1, enumerable: false, writable: true });
window.define = function () {}; window.define.amd = {};`;
// The strict page has no icon link, so the browser asks for /favicon.ico.
const generated = { '/check-big.csv': () => big, '/favicon.ico': () => '', '/check-hostile.css': () => HOSTILE_CSS, '/check-hostile.js': () => HOSTILE_JS };
for (const [path, html] of Object.entries(pages)) generated[path] = () => html.replaceAll('{OTHER}', origin(other));
const server = await startServer(dist, { generated });
const allowed = new Set([origin(server), origin(other)]);

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** The element in `element`'s shadow root that `selector` matches. */
const part = (element, selector) => element.evaluateHandle((el, s) => el.shadowRoot.querySelector(s), selector);

/**
 * Moves the pointer over a chart (scrolled into view, drawn), then checks that
 * the keyboard's point, which always has one, shows a tooltip.
 */
async function hover(page, name, problems) {
  // Below the fold a chart is drawn once near the viewport (the scorecard, which sizes its chart from its bars through the CSSOM).
  const element = await page.$(name);
  await element.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  await page.waitForFunction((tag) => Boolean(document.querySelector(tag)?.echarts), { timeout: TIMEOUT_MS }, name);
  const box = await element.boundingBox();
  for (const [x, y] of [[0.5, 0.4], [0.95, 0.2], [0.05, 0.6]]) {
    await page.mouse.move(box.x + box.width * x, box.y + box.height * y);
    // zrender hit-tests the move on its next frame, and the tooltip renders on the one after.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  }
  // Placing the tooltip must not need a style attribute either.
  await (await part(element, '[part~="chart"]')).focus();
  await page.keyboard.press('ArrowRight');
  const shown = await element.evaluate((el) => el.shadowRoot.querySelector('[part~="tooltip"]')?.textContent ?? '');
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
      const chart = await page.$(name);
      await chart.evaluate((el, value) => {
        el.setAttribute('renderer', value);
        el.scrollIntoView({ block: 'center' });
      }, renderer);
      const drawn = renderer === 'svg' ? '[part~="chart"] svg path' : '[part~="chart"] canvas';
      try {
        await page.waitForFunction((tag, selector) => Boolean(document.querySelector(tag)?.shadowRoot.querySelector(selector)), { timeout: TIMEOUT_MS }, name, drawn);
      } catch {
        problems.push(`<${name}> did not draw in ${renderer}`);
        continue;
      }
      await hover(page, name, problems);
      await (await part(chart, '[part~="toggle"]')).click();
      // Hidden, the table's wrapper is 1px high (visually hidden, still read by screen readers).
      const height = await chart.evaluate((el) => el.shadowRoot.querySelector('[part~="table"]').parentElement.getBoundingClientRect().height);
      if (height < 20) problems.push(`<${name}> did not open its table in ${renderer}`);
      await (await part(chart, '[part~="toggle"]')).click();
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
 * How each kind of page refuses the parse worker (`blocked`), and how that shows:
 *   csp            worker-src refuses the classic script's blob: worker: a
 *                  `securitypolicyviolation` event, and the browser's report of it
 *                  (Chromium's console names worker-src; Firefox's page error too);
 *   trusted-types  the Worker constructor takes no string: the event's sample names the
 *                  sink ("Worker constructor|…"); Chromium's console names
 *                  'TrustedScriptURL', Firefox's page error names no sink, so as many
 *                  of those as there are such events are the worker's;
 *   origin         no policy: no browser runs a worker from another origin's script, so
 *                  the library starts none (Firefox would start it, log a security error
 *                  on the page and fail it later), and nothing is reported.
 */
const REFUSALS = {
  csp: { event: /^worker-src blocked blob\b/, report: /worker-src/ },
  'trusted-types': { event: /^require-trusted-types-for blocked .* Worker constructor\|/, report: /'TrustedScriptURL'/, unnamed: /blocked assigning to an injection sink/ },
};

/**
 * The page's violations (events, and the browser's own reports), as problems; but on a
 * page whose policy refuses the parse worker, that refusal, which is its point: it must
 * be there, and is all that may be.
 */
function policyProblems(violations, reports, blocked) {
  const refusal = REFUSALS[blocked];
  const problems = [];
  let unnamed = 0;
  for (const violation of violations) {
    if (refusal?.event.test(violation)) unnamed++;
    else problems.push(`CSP violation: ${violation}`);
  }
  if (refusal && unnamed === 0) problems.push(`no ${blocked} violation for the parse worker: did the policy refuse it?`);
  for (const report of reports) {
    if (refusal?.report.test(report)) continue;
    if (refusal?.unnamed?.test(report) && unnamed-- > 0) continue;
    problems.push(`CSP violation reported: ${report}`);
  }
  return problems;
}

/**
 * Opens a page in a fresh browser context, waits for its chart, and returns the problems seen.
 * chunks: files loaded on demand from the library's other origin (names in lib/, or patterns of paths);
 * defined: the tags the page's module defines; every: wait for every chart on the page; once: no file
 * of lib/ requested twice.
 */
async function check(
  browser,
  path,
  tag,
  { worker, twice = false, blocked, strict = false, hostile = false, trustedTypes = false, chunks = [], defined = ALL_TAGS, every = false, once = false } = {},
) {
  const problems = [];
  const violations = [];
  // The browser's own reports of a violation: Chromium's console messages, Firefox's page errors.
  const reports = [];
  const requested = [];
  const workers = [];
  const started = Date.now();
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  page.setDefaultTimeout(TIMEOUT_MS);
  await page.setViewport({ width: 900, height: 700 });
  await recordCspViolations(page, violations);
  page.on('console', (message) => {
    // Chromium's report of a Trusted Types sink blocked ("This document requires 'TrustedHTML' assignment.") does not name the policy.
    if (CSP_REPORT.test(message.text()) || /requires 'Trusted\w+' assignment/.test(message.text())) reports.push(`console: ${message.text()}`);
    else if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  recordPageProblems(page, problems, { violations: reports });
  page.on('request', (request) => {
    const url = new URL(request.url());
    requested.push(url);
    if (url.protocol !== 'data:' && url.protocol !== 'blob:' && !allowed.has(url.origin)) problems.push(`request to another origin: ${url.href}`);
  });
  page.on('workercreated', (w) => workers.push(w.url()));
  // Counts the workers that run (their first message) and the results they post, so a worker that starts but fails (and the loader's fallback) does not pass.
  await page.evaluateOnNewDocument(() => {
    const Native = globalThis.Worker;
    globalThis.__parseResults = 0;
    globalThis.__workersRan = 0;
    globalThis.Worker = class extends Native {
      constructor(...args) {
        super(...args);
        this.addEventListener('message', (event) => {
          if (event.data?.type === 'ready') globalThis.__workersRan++;
          if (event.data?.type === 'result') globalThis.__parseResults++;
        });
      }
    };
  });
  const result = (line, more = []) => ({ line, problems: [...problems, ...policyProblems(violations, reports, blocked), ...more], ms: Date.now() - started });
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
        { timeout: TIMEOUT_MS },
        tag,
      )
      .then((handle) => handle.jsonValue());
    if (state.status !== 'ready') problems.push(`<${tag}> status is ${state.status}`);
    for (const chunk of chunks) {
      // Fetched next to the module (on the other origin), as import.meta.url resolves it.
      const matches = (url) => (typeof chunk === 'string' ? url.pathname === `/lib/${chunk}` : chunk.test(url.pathname));
      if (!requested.some((url) => matches(url) && url.origin === origin(other))) problems.push(`${chunk} not loaded from the library's origin`);
    }
    if (every) {
      const tags = CHARTS.join(',');
      await page.waitForFunction((selector) => [...document.querySelectorAll(selector)].every((el) => el.getAttribute('status') === 'ready' && el.echarts), { timeout: TIMEOUT_MS }, tags);
    }
    if (once) {
      const lib = requested.filter((url) => url.pathname.startsWith('/lib/')).map((url) => url.href);
      const twiceAsked = lib.filter((href, i) => lib.indexOf(href) !== i);
      if (twiceAsked.length > 0) problems.push(`requested more than once: ${[...new Set(twiceAsked)].join(', ')}`);
    }
    if (chunks.includes('edu-progress-svg.js') && !state.svg) problems.push(`<${tag}> did not draw in SVG`);
    if (chunks.includes('edu-progress-pack.js')) {
      const fetched = requested.filter((url) => url.pathname.startsWith('/pack/')).map((url) => url.pathname).sort().join(', ');
      if (fetched !== '/pack/manifest.json, /pack/regions/120110.csv') problems.push(`the pack files fetched were ${fetched}, not the manifest and the gauge's region file`);
    }
    if (hostile) {
      // Every chart drawn at its full size: the page's canvas and table rules stop at the shadow root.
      await page.waitForFunction(() => ['edu-gauge', 'edu-trend', 'edu-radar'].every((t) => document.querySelector(t)?.getAttribute('status') === 'ready'), { timeout: TIMEOUT_MS });
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
    const globals = await page.evaluate((tags) => ({
      tags: tags.filter((t) => customElements.get(t)),
      iifeGlobal: typeof globalThis.EduProgress?.parseDataset,
      parseResults: globalThis.__parseResults,
      workersRan: globalThis.__workersRan,
    }), ALL_TAGS);
    if (globals.tags.join() !== defined.join()) problems.push(`${globals.tags.join(', ')} defined, not ${defined.join(', ')}`);
    if (twice && globals.iifeGlobal !== 'function') problems.push('no EduProgress.parseDataset global');
    if (worker && !workers.some((url) => worker.test(url))) problems.push(`no parse worker matching ${worker} started (workers: ${workers.join(', ') || 'none'})`);
    if (worker && globals.parseResults !== 1) problems.push(`the parse worker posted ${globals.parseResults} results, not 1`);
    // A worker that worker-src refuses may still be created: Chromium refuses it before it starts one, Firefox
    // starts it and refuses its script when fetching it, as the HTML standard has it. Either way it never runs.
    if (!worker && workers.length > 0 && blocked !== 'csp') problems.push(`unexpected workers: ${workers.join(', ')}`);
    if (blocked && (globals.workersRan !== 0 || globals.parseResults !== 0)) problems.push('a parse worker ran where the page refuses it');
    // Late reports (a tooltip drawn after the last hover) come within a frame or two.
    await sleep(100);
    return result(`${path}: <${tag}> ${state.status}${workers.length ? `, worker ${workers.join(', ')}${blocked ? ' (its script refused)' : ''}` : ''}${state.summary ? ` — ${state.summary}` : ''}`);
  } catch (error) {
    return result(`${path}: <${tag}> did not become ready`, [error.message.split('\n')[0]]);
  } finally {
    await context.close().catch(() => undefined);
  }
}

/** Every check, in `browser`; the results. */
async function runChecks(browser, engine) {
  const results = [];
  const run = async (...args) => results.push(await check(browser, ...args));
  await run('/check-es.html', 'edu-gauge');
  await run('/check-iife.html', 'edu-trend', { twice: true });
  await run('/check-es-svg.html', 'edu-trend', { chunks: ['edu-progress-svg.js', 'edu-progress-decals.js'] });
  await run('/check-es-worker.html', 'edu-gauge', { worker: /\/lib\/parse-worker\.js$/ });
  await run('/check-iife-worker.html', 'edu-gauge', { worker: /^blob:/ });
  await run('/check-iife-csp.html', 'edu-gauge', { blocked: 'csp' });
  await run('/check-trusted-types-worker.html', 'edu-gauge', { blocked: 'trusted-types' });
  await run('/check-es-worker-other-origin.html', 'edu-gauge', { blocked: 'origin' });
  await run('/check-es-pack.html', 'edu-gauge', { chunks: ['edu-progress-pack.js'] });
  await run('/check-entry-gauge.html', 'edu-gauge', { chunks: [/^\/lib\/chunks\/echarts-line-[\w-]+\.js$/], defined: ['edu-data', 'edu-gauge'], every: true });
  await run('/check-entries-two.html', 'edu-scorecard', { defined: ['edu-data', 'edu-trend', 'edu-scorecard'], every: true, once: true });
  await run('/check-strict-csp.html', 'edu-radar', { strict: true });
  await run('/check-hostile.html', 'edu-radar', { twice: true, hostile: true });
  await run('/check-trusted-types-es.html', 'edu-gauge', { trustedTypes: true });
  await run('/check-trusted-types-iife.html', 'edu-gauge', { twice: true, trustedTypes: true });
  results.push(...(await checkOlderBrowsers(browser, origin(server), engine)));
  return results;
}

let failed = 0;
try {
  failed = await checkInEngines(engines, runChecks);
} finally {
  server.close();
  other.close();
}

process.exit(failed === 0 ? 0 : 1);
