// Checks the built pages, dist/index.html (the demo) and dist/embed.html (the iframe page),
// in the system Chromium and Firefox (scripts/browser-engines.mjs) under the strictest policy
// a portal sets, sent as an HTTP header on every response:
//   Content-Security-Policy: default-src 'self'; script-src 'self'; style-src 'self'
// (no inline script or style, no eval, no data: or blob: anything). Each check drives a
// page as a reader would (the scorecard drawn, collapsed theme sections opened, every chart
// drawn, hovered, a table opened; language switched; the data and embed panels opened; files
// uploaded, a bad one too; every export, saved as a file; the embed preview; the embed page
// in a host page's iframe, posting its height) and fails on any `securitypolicyviolation`
// event in any frame, any console message or page error about the Content Security Policy,
// any other console or page error, or any failed request. One check adds only what the demo's
// `?data=<url>` on another host needs (connect-src for that host); the last is a canary: a
// style attribute in a page and in its iframe must each be caught, or the recorder itself is
// broken. Downloads are real: each export must save a file of the right name into the
// check's download folder (puppeteer's downloadBehavior: CDP in Chromium, WebDriver BiDi's
// browser.setDownloadBehavior in Firefox).
// Every check runs once per engine: `node scripts/check-pages.mjs` runs both,
// `--engine=firefox` (or EDU_PROGRESS_CHECK_ENGINE=firefox) one. Prints `ok`/`FAIL` per check and
// engine, then "N passed, N failed" over both; exits non-zero on failure. A missing browser
// is a failure that names the package to install. CHROME_PATH and FIREFOX_PATH point at
// other binaries.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkInEngines, enginesFrom } from './browser-engines.mjs';
import { CSP_REPORT, recordCspViolations, recordPageProblems } from './page-problems.mjs';
import { origin, startServer } from './static-server.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');
const TIMEOUT_MS = 15_000;
const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'";

let engines;
try {
  engines = enginesFrom();
} catch (error) {
  console.error(`check-pages: ${error.message}`);
  process.exit(1);
}

for (const file of ['index.html', 'embed.html', 'data/indicators.csv']) {
  if (!existsSync(join(dist, file))) {
    console.error(`check-pages: dist/${file} is missing; run npm run build first.`);
    process.exit(1);
  }
}

// A portal page that frames the embed page under the same policy: the iframe snippet's
// listener and style moved to files, as such a portal must do.
const EMBED_CHARTS = {
  gauge: 'chart=gauge&region=东丽区&indicator=preschool_inclusive_rate&lang=en',
  trend: 'chart=trend&indicator=student_fitness_pass_rate',
  radar: 'chart=radar&region=东丽区,鲤城区&year=2022&measure=indicator:plan_items',
};
/**
 * The bundled dataset plus one made-up region with 200 indicators over a century, past the
 * loader's 2 MB threshold so that the page's parse worker runs (one region, so the dashboard
 * stays the size it is: the worker is what is checked here).
 */
function bigDataset() {
  const lines = readFileSync(join(root, 'data/indicators.csv'), 'utf8').trimEnd().split('\n');
  for (let i = 0; i < 22_000; i++) {
    const indicator = i % 220;
    lines.push(`900000,样例区,样例市,${1950 + Math.floor(i / 220)},preschool,sample_${indicator},样例指标${indicator},%,actual,${50 + (i % 50)},,higher,样例数据,第${i}条,样例摘录`);
  }
  return `${lines.join('\n')}\n`;
}
const big = bigDataset();
if (Buffer.byteLength(big) < 2 * 1024 * 1024) throw new Error('the big dataset is under 2 MB');

const generated = {
  '/check-big.csv': () => big,
  // The iframe snippet as the demo gives it: attributes and the shipped lib/embed-host.js, nothing inline.
  '/check-embed-host.html': () => `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>embed host</title>
<link rel="stylesheet" href="check-embed-host.css"></head><body>
${Object.entries(EMBED_CHARTS).map(([id, query]) => `<iframe id="${id}" title="${id}" src="embed.html?${query}" width="100%" height="100" frameborder="0" loading="lazy"></iframe>
<script src="lib/embed-host.js" async></script>`).join('\n')}
</body></html>`,
  '/check-embed-host.css': () => 'body { width: 480px } iframe { display: block }',
  // The canary: a style attribute, which the policy forbids, in the page and in an iframe of it
  // (as the embed previews are: the recorder must hear every frame).
  '/check-canary.html': () => '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>canary</title></head><body><p style="color: red">x</p><iframe src="check-canary-frame.html"></iframe></body></html>',
  '/check-canary-frame.html': () => '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>canary frame</title></head><body><p style="color: blue">y</p></body></html>',
  '/favicon.ico': () => '',
};

// Another host with CORS, for the demo's ?data=<url>, and a server whose policy lets the page reach it.
const dataHost = await startServer(dist, { headers: () => ({ 'access-control-allow-origin': '*' }) });
const strict = await startServer(dist, { generated, headers: () => ({ 'content-security-policy': STRICT_CSP }) });
const withData = await startServer(dist, { headers: () => ({ 'content-security-policy': `${STRICT_CSP}; connect-src 'self' ${origin(dataHost)}` }) });
const servers = [dataHost, strict, withData];

// The files the upload check chooses, as a reader's would be: on disk.
const uploads = mkdtempSync(join(tmpdir(), 'edu-progress-uploads-'));
const SMALL_CSV = join(uploads, 'small.csv');
const BAD_CSV = join(uploads, 'bad.csv');
writeFileSync(
  SMALL_CSV,
  ['region_code,region,parent,year,theme,indicator_id,indicator,unit,kind,value,value_max,direction,source,source_item,excerpt',
    '120110,东丽区,天津市,2022,preschool,preschool_inclusive_rate,学前教育普惠率,%,target,80,,higher,要点,第15条,普惠率达80%',
    '120110,东丽区,天津市,2023,preschool,preschool_inclusive_rate,学前教育普惠率,%,actual,88.4,,higher,总结,三、1,普惠率达到88.4%'].join('\n'),
);
writeFileSync(BAD_CSV, 'region,year\n东丽区,2022\n');

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Opens `url` in a fresh browser context of `browser` (downloads saved to a folder of its
 * own) whose page records, from before any of the page's code runs and in every frame, each
 * CSP violation; then runs `drive(page, problems, workers, downloads)` (the URLs of the workers
 * started; the download folder). Returns the problems.
 */
async function check(browser, name, url, drive) {
  const problems = [];
  const violations = [];
  const downloads = mkdtempSync(join(tmpdir(), 'edu-progress-downloads-'));
  const started = Date.now();
  const context = await browser.createBrowserContext({ downloadBehavior: { policy: 'allow', downloadPath: downloads } });
  try {
    const page = await context.newPage();
    page.setDefaultTimeout(TIMEOUT_MS);
    await page.setViewport({ width: 1100, height: 800 });
    await recordCspViolations(page, violations);
    page.on('console', (message) => {
      if (CSP_REPORT.test(message.text())) violations.push(`console: ${message.text()}`);
      else if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
    });
    const workers = [];
    page.on('workercreated', (worker) => workers.push(worker.url()));
    recordPageProblems(page, problems, { violations });
    await page.goto(url);
    await drive(page, problems, workers, downloads);
    // Late reports (a tooltip drawn after the last hover) come within a frame or two.
    await sleep(100);
  } catch (error) {
    problems.push(error.message.split('\n')[0]);
  } finally {
    await context.close().catch(() => undefined);
    rmSync(downloads, { recursive: true, force: true });
  }
  return { line: name, problems: [...violations.map((v) => `CSP violation: ${v}`), ...problems], violations, ms: Date.now() - started };
}

// ------------------------------------------------------------------ helpers run in the page

const CHARTS = 'edu-scorecard, edu-gauge, edu-trend, edu-radar';

/**
 * Every chart in `frame` ready and drawn: a canvas with pixels, or a gauge's figure written out
 * with nothing to draw beside it (no spark line: no canvas); returns how many there are.
 */
async function allDrawn(frame, atLeast = 1) {
  // Charts far below the fold create their ECharts instance only near the viewport: scroll
  // through the page a screen at a time so that every one of them is drawn.
  const count = await frame.evaluate(async (selector) => {
    const frames = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    for (let y = 0; y < document.documentElement.scrollHeight; y += innerHeight) {
      scrollTo(0, y);
      await frames();
    }
    scrollTo(0, 0);
    return document.querySelectorAll(selector).length;
  }, CHARTS);
  if (count < atLeast) throw new Error(`${count} charts, expected at least ${atLeast}`);
  await frame.waitForFunction(
    (selector) =>
      [...document.querySelectorAll(selector)].every(
        (el) =>
          el.getAttribute('status') === 'ready' &&
          (el.shadowRoot.querySelector('canvas')?.width > 0 || el.shadowRoot.querySelector('.view-figure:not(.has-spark)') !== null),
      ),
    { timeout: TIMEOUT_MS },
    CHARTS,
  );
  return count;
}

/** The element in `element`'s shadow root that `selector` matches. */
const part = (element, selector) => element.evaluateHandle((el, s) => el.shadowRoot.querySelector(s), selector);

/**
 * Waits until `selector` in `frame` is shown, or with `shadow`, that selector in the shadow
 * root of the element `selector` matches: laid out (not hidden or display: none) and not
 * visibility: hidden.
 */
async function waitShown(frame, selector, shadow) {
  await frame.waitForFunction(
    (s, inner) => {
      let el = document.querySelector(s);
      if (el && inner) el = el.shadowRoot.querySelector(inner);
      return el !== null && el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
    },
    { timeout: TIMEOUT_MS },
    selector,
    shadow,
  );
}

/** Whether the chart shows its tooltip (the element's HTML) now. */
const tooltipShown = (element) => element.evaluate((el) => el.shadowRoot.querySelector('[part~="tooltip"]') !== null);

/**
 * Sweeps the mouse over a chart, then steps through its points by keyboard (which shows
 * their tooltips too); reports whether the mouse and the keyboard each brought up a tooltip.
 */
async function hover(page, element) {
  await element.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  const chart = await part(element, '[part~="chart"]');
  const box = await chart.boundingBox();
  await page.mouse.move(0, 0);
  let mouse = false;
  for (const y of [0.25, 0.5, 0.75]) {
    for (const x of [0.1, 0.3, 0.5, 0.7, 0.9]) {
      await page.mouse.move(box.x + box.width * x, box.y + box.height * y);
      if (!mouse && (await tooltipShown(element))) mouse = true;
    }
  }
  await page.mouse.move(0, 0);
  await chart.focus();
  await page.keyboard.press('ArrowRight');
  const keyboard = await tooltipShown(element);
  await page.keyboard.press('Enter');
  return { mouse, keyboard };
}

/** Hovers each chart; a problem for one whose tooltip neither the mouse nor the keyboard brought up. */
async function hoverAll(page, elements, problems) {
  for (const element of elements) {
    if (!element) throw new Error('a chart to hover is missing');
    const result = await hover(page, element);
    const name = await element.evaluate((el) => el.localName + (el.id ? `#${el.id}` : ''));
    if (!result.mouse && !result.keyboard) problems.push(`no tooltip on ${name}`);
  }
}

/** The demo's scorecard and first charts ready (drawn once near the viewport; the first check draws every one). */
async function dashboard(page) {
  await page.waitForFunction(
    () => ['edu-scorecard', 'edu-radar', 'edu-trend', 'edu-gauge'].every((tag) => document.querySelector(tag)?.getAttribute('status') === 'ready'),
    { timeout: TIMEOUT_MS },
  );
}

/** Opens a collapsed panel of the demo (a theme section, the data or the embed panel) by its summary, as a reader would. */
async function expand(page, selector) {
  const details = await page.$(selector);
  if (!details) throw new Error(`no ${selector}`);
  if (!(await details.evaluate((el) => el.open))) await (await details.$('summary')).click();
  await page.waitForFunction((el) => el.open, { timeout: TIMEOUT_MS }, details);
}

/**
 * A download started by clicking `button`, saved into the context's download folder; the
 * name of the new file, once complete (no .crdownload or .part file beside it, not empty).
 */
async function download(button, folder) {
  const before = new Set(readdirSync(folder));
  await button.click();
  const deadline = Date.now() + TIMEOUT_MS;
  while (Date.now() < deadline) {
    const files = readdirSync(folder);
    const partial = files.some((f) => /\.(crdownload|part)$/.test(f));
    const added = files.filter((f) => !before.has(f) && !/\.(crdownload|part)$/.test(f));
    if (!partial && added.length === 1 && statSync(join(folder, added[0])).size > 0) return added[0];
    await sleep(50);
  }
  throw new Error(`no file saved by the ${await button.evaluate((el) => el.textContent.trim())} button`);
}

/** The button in `scope` (a selector) whose text matches `label`. */
async function buttonLabelled(page, scope, label) {
  const handle = await page.evaluateHandle(
    (s, source) => [...(document.querySelector(s)?.querySelectorAll('button') ?? [])].find((b) => new RegExp(source).test(b.textContent)) ?? null,
    scope,
    label.source,
  );
  const button = handle.asElement();
  if (!button) throw new Error(`no ${label} button in ${scope}`);
  return button;
}

/** The frame of the iframe `selector` once it shows a document whose URL includes `part`, loaded. */
async function frameAt(page, selector, part = '') {
  const iframe = await page.$(selector);
  if (!iframe) throw new Error(`no ${selector}`);
  const frame = await iframe.contentFrame();
  await frame.waitForFunction((s) => location.href.includes(s) && document.readyState === 'complete', { timeout: TIMEOUT_MS }, part);
  return frame;
}

// ------------------------------------------------------------------ the checks

const base = origin(strict);

/** Every check, in `browser`; the results. */
async function runChecks(browser) {
  const results = [];
  const run = (name, url, drive) => check(browser, name, url, drive);

  results.push(
    await run('demo: scorecard and every chart drawn (two collapsed sections opened), hovered, a table opened, language switched', `${base}/index.html`, async (page, problems) => {
      await dashboard(page);
      // Two theme sections the page opens collapsed, opened: their bullets and tiles draw too.
      await expand(page, 'details.theme-section:not([open])');
      await expand(page, 'details.theme-section:not([open])');
      const count = await allDrawn(page.mainFrame(), 20);
      const bullet = await page.$('edu-gauge[variant="bullet"]');
      // A figure tile with a spark line (one with none draws nothing to hover).
      const figures = await page.$$('edu-gauge:not([variant])');
      const sparks = await page.$$eval('edu-gauge:not([variant])', (els) => els.map((el) => el.shadowRoot.querySelector('.has-spark') !== null));
      const tiles = sparks.includes(true) ? [figures[sparks.indexOf(true)]] : [];
      const radars = await page.$$('edu-radar');
      await hoverAll(page, [await page.$('edu-scorecard'), radars[0], radars[1], await page.$('edu-trend'), bullet, ...tiles], problems);
      const trend = await page.$('edu-trend');
      await (await part(trend, '[part~="toggle"]')).click();
      await waitShown(page.mainFrame(), 'edu-trend', '[part~="table"]');
      await page.click('button[lang="en"]');
      await page.waitForFunction(() => document.documentElement.lang === 'en' && document.querySelector('edu-gauge')?.model?.summary.includes('target'), { timeout: TIMEOUT_MS });
      await allDrawn(page.mainFrame(), count);
      await hoverAll(page, [(await page.$$('edu-gauge[variant="bullet"]'))[1], await page.$('edu-trend')], problems);
      if (!(await page.$eval('h1', (el) => el.textContent)).includes('District education')) problems.push('the heading did not switch to English');
    }),
  );

  results.push(
    await run('demo: PNG, SVG and CSV export, template and dataset download, embed previews', `${base}/index.html`, async (page, problems, workers, downloads) => {
      await dashboard(page);
      const names = [];
      for (const label of [/PNG/, /SVG/, /CSV/]) names.push(await download(await buttonLabelled(page, '#trend ~ .tools', label), downloads));
      await expand(page, 'details.data-panel');
      for (const button of await page.$$('.downloads button')) names.push(await download(button, downloads));
      const expected = [/\.png$/, /\.svg$/, /\.csv$/, /template\.csv$/, /data\.csv$/];
      if (!expected.every((pattern, i) => pattern.test(names[i] ?? ''))) problems.push(`downloads: ${names.join(', ')}`);
      // Each chart kind in the embed preview: its frame draws and posts its height to the demo.
      await expand(page, 'details.embed');
      for (const kind of ['scorecard', 'gauge', 'trend', 'radar']) {
        await page.select('#embed-chart', kind);
        await page.$eval('iframe.preview', (el) => el.scrollIntoView({ block: 'center' }));
        await page.waitForFunction((src) => document.querySelector('iframe.preview')?.src.includes(src), { timeout: TIMEOUT_MS }, `chart=${kind}`);
        await allDrawn(await frameAt(page, 'iframe.preview', `chart=${kind}`));
        await page.waitForFunction(() => Number(document.querySelector('iframe.preview')?.height) > 200 && document.querySelector('iframe.preview').height !== '420', { timeout: TIMEOUT_MS }).catch(() => problems.push(`the ${kind} preview posted no height`));
        await (await page.$('.snippets button')).click();
      }
    }),
  );

  results.push(
    await run('demo: a region chosen by typing in the picker, an upload of a CSV, then a bad one (the alert shows, the data stays)', `${base}/index.html`, async (page, problems) => {
      await dashboard(page);
      // The region picker, by keyboard: a parent's name, down to its first region, Enter.
      await page.click('#region');
      await page.keyboard.type('北京');
      await page.waitForSelector('region-combobox [role="option"]', { timeout: TIMEOUT_MS });
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      await page.waitForFunction(
        () => document.querySelector('#region').value === '北京市 通州区' && document.querySelector('edu-scorecard')?.getAttribute('region') === '110112' && document.querySelector('edu-scorecard').status === 'ready',
        { timeout: TIMEOUT_MS },
      );
      const input = await page.$('input[type="file"]');
      await input.uploadFile(SMALL_CSV);
      await page.waitForFunction(() => document.querySelector('region-combobox')?.regions.length === 1 && document.querySelector('[role="status"]')?.textContent.includes('small.csv'), { timeout: TIMEOUT_MS });
      await allDrawn(page.mainFrame());
      await input.uploadFile(BAD_CSV);
      await waitShown(page.mainFrame(), '.data-panel [role="alert"]');
      const alert = await page.$eval('.data-panel [role="alert"]', (el) => el.textContent);
      if (!alert.includes('缺少必需的列')) problems.push(`alert: ${alert}`);
      if ((await page.$eval('region-combobox', (el) => el.regions.length)) !== 1) problems.push('the uploaded data was not kept');
    }),
  );

  results.push(
    await run("demo: ?data= on this host, over 2 MB (the parse worker runs), under the policy as it is", `${base}/index.html?data=./check-big.csv&lang=en`, async (page, problems, workers) => {
      await dashboard(page);
      if (!workers.some((url) => /\/assets\/parse-worker-[\w-]+\.js$/.test(url))) problems.push(`no parse worker from assets/ (workers: ${workers.join(', ') || 'none'})`);
      await expand(page, 'details.data-panel');
      await page.type('#data-url', `${base}/data/indicators.csv`);
      await page.click('.url-form button');
      await page.waitForFunction(() => document.querySelector('[role="status"]')?.textContent.includes('/data/indicators.csv'), { timeout: TIMEOUT_MS });
    }),
  );

  results.push(
    await run(`demo: ?data= on another host, with connect-src 'self' <that host> added`, `${origin(withData)}/index.html?data=${origin(dataHost)}/data/indicators.csv`, async (page, problems) => {
      await dashboard(page);
      const status = await page.$eval('[role="status"]', (el) => el.textContent);
      if (!status.includes(origin(dataHost))) problems.push(`status: ${status}`);
      // The embed preview takes the same URL: the embed page must reach it too.
      await expand(page, 'details.embed');
      await page.$eval('iframe.preview', (el) => el.scrollIntoView({ block: 'center' }));
      await allDrawn(await frameAt(page, 'iframe.preview'));
    }),
  );

  // Under the policy as it is, another host's dataset is refused (connect-src); the demo must say so over the bundled data.
  const refused = await run(
    "demo: ?data= on another host, policy as it is: refused by connect-src, and the page says why",
    `${base}/index.html?data=${origin(dataHost)}/data/indicators.csv`,
    async (page, problems) => {
      await dashboard(page);
      await waitShown(page.mainFrame(), '.data-panel [role="alert"]');
      const alert = await page.$eval('.data-panel [role="alert"]', (el) => el.textContent);
      if (!alert.includes(origin(dataHost))) problems.push(`alert: ${alert}`);
    },
  );
  // Expected: the violation itself, the browser's own reports of it, and the blocked request.
  refused.problems = refused.problems.filter((p) => !/connect-src|Refused to connect|ERR_BLOCKED_BY_CSP/.test(p));
  if (!refused.violations.some((v) => v.startsWith('connect-src blocked'))) refused.problems.push('no connect-src violation: was the dataset fetched?');
  results.push(refused);

  results.push(
    await run('embed: gauge, trend and radar in a host page\'s iframes, sized by lib/embed-host.js to the heights they post', `${base}/check-embed-host.html`, async (page, problems) => {
      for (const id of Object.keys(EMBED_CHARTS)) {
        await page.$eval(`#${id}`, (el) => el.scrollIntoView({ block: 'center' }));
        const frame = await frameAt(page, `#${id}`);
        await allDrawn(frame);
        await hoverAll(page, [await frame.$(`edu-${id}`)], problems);
      }
      const heights = () => Object.fromEntries([...document.querySelectorAll('iframe')].map((f) => [f.id, Number(f.height)]));
      await page
        .waitForFunction((ids) => ids.every((id) => Number(document.getElementById(id).height) > 200), { timeout: TIMEOUT_MS }, Object.keys(EMBED_CHARTS))
        .catch(async () => problems.push(`frame heights set by lib/embed-host.js: ${JSON.stringify(await page.evaluate(heights))}`));
    }),
  );

  // The canary must be caught, in the page and in its iframe, or a clean result above proves nothing.
  const canary = await run('canary: a style attribute under the policy is caught, in the page and in an iframe', `${base}/check-canary.html`, async (page) => {
    await frameAt(page, 'iframe', 'check-canary-frame.html');
  });
  const caught = (path) => canary.violations.some((v) => v.startsWith('style-src-attr blocked') && v.endsWith(`(in ${base}/${path})`));
  const missed = ['check-canary.html', 'check-canary-frame.html'].filter((path) => !caught(path));
  results.push({ ...canary, problems: missed.map((path) => `no violation recorded in ${path}: the recorder is broken`) });
  return results;
}

let failed = 0;
try {
  failed = await checkInEngines(engines, runChecks);
} finally {
  for (const server of servers) server.close();
  rmSync(uploads, { recursive: true, force: true });
}

process.exit(failed === 0 ? 0 : 1);
