// Checks the built pages, dist/index.html (the demo) and dist/embed.html (the iframe page),
// in the system Chromium under the strictest policy a portal sets, sent as an HTTP header
// on every response:
//   Content-Security-Policy: default-src 'self'; script-src 'self'; style-src 'self'
// (no inline script or style, no eval, no data: or blob: anything). Each check drives a
// page as a reader would (the scorecard drawn, collapsed theme sections opened, every chart
// drawn, hovered, a table opened; language switched; the data and embed panels opened; files
// uploaded, a bad one too; every export; the embed preview; the embed page in a host
// page's iframe, posting its height) and fails on any `securitypolicyviolation` event in any
// frame, any console message about the Content Security Policy, any console or page error,
// or any failed request. One check adds only what the demo's `?data=<url>` on another host
// needs (connect-src for that host); the last is a canary: a page with a style attribute must
// be caught, or the recorder itself is broken. Prints `ok`/`FAIL` per check, then
// "N passed, N failed"; exits non-zero on failure. Set CHROME_PATH to use another Chromium.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { recordPageProblems } from './page-problems.mjs';
import { origin, startServer } from './static-server.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');
const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';
const TIMEOUT_MS = 15_000;
const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'";

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
  // The canary: one style attribute, which the policy forbids.
  '/check-canary.html': () => '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>canary</title></head><body><p style="color: red">x</p></body></html>',
  '/favicon.ico': () => '',
};

// Another host with CORS, for the demo's ?data=<url>, and a server whose policy lets the page reach it.
const dataHost = await startServer(dist, { headers: () => ({ 'access-control-allow-origin': '*' }) });
const strict = await startServer(dist, { generated, headers: () => ({ 'content-security-policy': STRICT_CSP }) });
const withData = await startServer(dist, { headers: () => ({ 'content-security-policy': `${STRICT_CSP}; connect-src 'self' ${origin(dataHost)}` }) });
const servers = [dataHost, strict, withData];

const browser = await chromium.launch({
  executablePath,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
});

/**
 * Opens `url` in a fresh page that records, from before any of the page's code runs and in
 * every frame, each CSP violation; then runs `drive(page, problems, workers)` (the URLs of the
 * workers started). Returns the problems.
 */
async function check(name, url, drive) {
  const problems = [];
  const violations = [];
  const context = await browser.newContext({ viewport: { width: 1100, height: 800 }, acceptDownloads: true });
  context.setDefaultTimeout(TIMEOUT_MS);
  const page = await context.newPage();
  await page.exposeBinding('__reportCspViolation', ({ frame }, text) => violations.push(`${text} (in ${frame.url()})`));
  await page.addInitScript(() => {
    document.addEventListener(
      'securitypolicyviolation',
      (e) => globalThis.__reportCspViolation(`${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber} ${e.sample}`),
      true,
    );
  });
  page.on('console', (message) => {
    if (/Content.Security.Policy/i.test(message.text())) violations.push(`console: ${message.text()}`);
    else if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  const workers = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  recordPageProblems(page, problems);
  const started = Date.now();
  try {
    await page.goto(url);
    await drive(page, problems, workers);
    // Late reports (a tooltip drawn after the last hover) come within a frame or two.
    await page.waitForTimeout(100);
  } catch (error) {
    problems.push(error.message.split('\n')[0]);
  } finally {
    await context.close();
  }
  return { name, problems: [...violations.map((v) => `CSP violation: ${v}`), ...problems], violations, ms: Date.now() - started };
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
    CHARTS,
    { timeout: TIMEOUT_MS },
  );
  return count;
}

/** Whether the chart shows its tooltip (the element's HTML) now. */
const tooltipShown = (locator) => locator.evaluate((el) => el.shadowRoot.querySelector('[part~="tooltip"]') !== null);

/**
 * Sweeps the mouse over a chart, then steps through its points by keyboard (which shows
 * their tooltips too); reports whether the mouse and the keyboard each brought up a tooltip.
 */
async function hover(page, locator) {
  await locator.scrollIntoViewIfNeeded();
  const box = await locator.locator('[part~="chart"]').boundingBox();
  await page.mouse.move(0, 0);
  let mouse = false;
  for (const y of [0.25, 0.5, 0.75]) {
    for (const x of [0.1, 0.3, 0.5, 0.7, 0.9]) {
      await page.mouse.move(box.x + box.width * x, box.y + box.height * y);
      if (!mouse && (await tooltipShown(locator))) mouse = true;
    }
  }
  await page.mouse.move(0, 0);
  await locator.locator('[part~="chart"]').focus();
  await page.keyboard.press('ArrowRight');
  const keyboard = await tooltipShown(locator);
  await page.keyboard.press('Enter');
  return { mouse, keyboard };
}

/** Hovers each chart; a problem for one whose tooltip neither the mouse nor the keyboard brought up. */
async function hoverAll(page, locators, problems) {
  for (const locator of locators) {
    const shown = await hover(page, locator);
    const name = await locator.evaluate((el) => el.localName + (el.id ? `#${el.id}` : ''));
    if (!shown.mouse && !shown.keyboard) problems.push(`no tooltip on ${name}`);
  }
}

/** The demo's scorecard and first charts ready (drawn once near the viewport; the first check draws every one). */
async function dashboard(page) {
  await page.waitForFunction(
    () => ['edu-scorecard', 'edu-radar', 'edu-trend', 'edu-gauge'].every((tag) => document.querySelector(tag)?.getAttribute('status') === 'ready'),
    null,
    { timeout: TIMEOUT_MS },
  );
}

/** Opens a collapsed panel of the demo (a theme section, the data or the embed panel) by its summary, as a reader would. */
async function expand(page, selector) {
  const details = await page.locator(selector).first().elementHandle();
  if (!(await details.evaluate((el) => el.open))) await (await details.$('summary')).click();
  await page.waitForFunction((el) => el.open, details);
}

/** A download started by clicking `button`; its file name. */
async function download(page, button) {
  const [file] = await Promise.all([page.waitForEvent('download', { timeout: TIMEOUT_MS }), button.click()]);
  await file.path();
  return file.suggestedFilename();
}

// ------------------------------------------------------------------ the checks

const base = origin(strict);
const results = [];
try {
  results.push(
    await check('demo: scorecard and every chart drawn (two collapsed sections opened), hovered, a table opened, language switched', `${base}/index.html`, async (page, problems) => {
      await dashboard(page);
      // Two theme sections the page opens collapsed, opened: their bullets and tiles draw too.
      await expand(page, 'details.theme-section:not([open])');
      await expand(page, 'details.theme-section:not([open])');
      const count = await allDrawn(page.mainFrame(), 20);
      const bullet = page.locator('edu-gauge[variant="bullet"]').first();
      // A figure tile with a spark line (one with none draws nothing to hover).
      const sparks = await page.locator('edu-gauge:not([variant])').evaluateAll((els) => els.map((el) => el.shadowRoot.querySelector('.has-spark') !== null));
      const tiles = sparks.includes(true) ? [page.locator('edu-gauge:not([variant])').nth(sparks.indexOf(true))] : [];
      await hoverAll(page, [page.locator('edu-scorecard'), page.locator('edu-radar').first(), page.locator('edu-radar').nth(1), page.locator('edu-trend'), bullet, ...tiles], problems);
      const trend = page.locator('edu-trend');
      await trend.locator('[part~="toggle"]').click();
      await trend.locator('[part~="table"]').waitFor({ state: 'visible', timeout: TIMEOUT_MS });
      await page.locator('button[lang="en"]').click();
      await page.waitForFunction(() => document.documentElement.lang === 'en' && document.querySelector('edu-gauge')?.model?.summary.includes('target'), null, { timeout: TIMEOUT_MS });
      await allDrawn(page.mainFrame(), count);
      await hoverAll(page, [page.locator('edu-gauge[variant="bullet"]').nth(1), page.locator('edu-trend')], problems);
      if (!(await page.locator('h1').textContent()).includes('District education')) problems.push('the heading did not switch to English');
    }),
  );

  results.push(
    await check('demo: PNG, SVG and CSV export, template and dataset download, embed previews', `${base}/index.html`, async (page, problems) => {
      await dashboard(page);
      const tools = page.locator('#trend ~ .tools').first();
      const names = [];
      for (const label of [/PNG/, /SVG/, /CSV/]) names.push(await download(page, tools.getByRole('button', { name: label })));
      await expand(page, 'details.data-panel');
      for (const button of await page.locator('.downloads button').all()) names.push(await download(page, button));
      const expected = [/\.png$/, /\.svg$/, /\.csv$/, /template\.csv$/, /data\.csv$/];
      if (!expected.every((pattern, i) => pattern.test(names[i] ?? ''))) problems.push(`downloads: ${names.join(', ')}`);
      // Each chart kind in the embed preview: its frame draws and posts its height to the demo.
      await expand(page, 'details.embed');
      for (const kind of ['scorecard', 'gauge', 'trend', 'radar']) {
        await page.locator('#embed-chart').selectOption(kind);
        const preview = page.locator('iframe.preview');
        await preview.scrollIntoViewIfNeeded();
        await page.waitForFunction((src) => document.querySelector('iframe.preview')?.src.includes(src), `chart=${kind}`);
        const frame = await (await preview.elementHandle()).contentFrame();
        await frame.waitForURL(new RegExp(`chart=${kind}`), { timeout: TIMEOUT_MS });
        await allDrawn(frame);
        await page.waitForFunction(() => Number(document.querySelector('iframe.preview')?.height) > 200 && document.querySelector('iframe.preview').height !== '420', null, { timeout: TIMEOUT_MS }).catch(() => problems.push(`the ${kind} preview posted no height`));
        await page.locator('.snippets button').first().click();
      }
    }),
  );

  results.push(
    await check('demo: upload a CSV, then a bad one (the alert shows, the data stays)', `${base}/index.html`, async (page, problems) => {
      await dashboard(page);
      const input = page.locator('input[type="file"]');
      const good = ['region_code,region,parent,year,theme,indicator_id,indicator,unit,kind,value,value_max,direction,source,source_item,excerpt',
        '120110,东丽区,天津市,2022,preschool,preschool_inclusive_rate,学前教育普惠率,%,target,80,,higher,要点,第15条,普惠率达80%',
        '120110,东丽区,天津市,2023,preschool,preschool_inclusive_rate,学前教育普惠率,%,actual,88.4,,higher,总结,三、1,普惠率达到88.4%'].join('\n');
      await input.setInputFiles({ name: 'small.csv', mimeType: 'text/csv', buffer: Buffer.from(good) });
      await page.waitForFunction(() => document.querySelectorAll('#region option').length === 1 && document.querySelector('[role="status"]')?.textContent.includes('small.csv'), null, { timeout: TIMEOUT_MS });
      await allDrawn(page.mainFrame());
      await input.setInputFiles({ name: 'bad.csv', mimeType: 'text/csv', buffer: Buffer.from('region,year\n东丽区,2022\n') });
      const alert = page.locator('.data-panel [role="alert"]');
      await alert.waitFor({ state: 'visible', timeout: TIMEOUT_MS });
      if (!(await alert.textContent()).includes('缺少必需的列')) problems.push(`alert: ${await alert.textContent()}`);
      if ((await page.locator('#region option').count()) !== 1) problems.push('the uploaded data was not kept');
    }),
  );

  results.push(
    await check("demo: ?data= on this host, over 2 MB (the parse worker runs), under the policy as it is", `${base}/index.html?data=./check-big.csv&lang=en`, async (page, problems, workers) => {
      await dashboard(page);
      if (!workers.some((url) => /\/assets\/parse-worker-[\w-]+\.js$/.test(url))) problems.push(`no parse worker from assets/ (workers: ${workers.join(', ') || 'none'})`);
      await expand(page, 'details.data-panel');
      await page.locator('#data-url').fill(`${base}/data/indicators.csv`);
      await page.locator('.url-form button').click();
      await page.waitForFunction(() => document.querySelector('[role="status"]')?.textContent.includes('/data/indicators.csv'), null, { timeout: TIMEOUT_MS });
    }),
  );

  results.push(
    await check(`demo: ?data= on another host, with connect-src 'self' <that host> added`, `${origin(withData)}/index.html?data=${origin(dataHost)}/data/indicators.csv`, async (page, problems) => {
      await dashboard(page);
      const status = await page.locator('[role="status"]').first().textContent();
      if (!status.includes(origin(dataHost))) problems.push(`status: ${status}`);
      // The embed preview takes the same URL: the embed page must reach it too.
      await expand(page, 'details.embed');
      await page.locator('iframe.preview').scrollIntoViewIfNeeded();
      await allDrawn(await (await page.locator('iframe.preview').elementHandle()).contentFrame());
    }),
  );

  // Under the policy as it is, another host's dataset is refused (connect-src); the demo must say so over the bundled data.
  const refused = await check(
    "demo: ?data= on another host, policy as it is: refused by connect-src, and the page says why",
    `${base}/index.html?data=${origin(dataHost)}/data/indicators.csv`,
    async (page, problems) => {
      await dashboard(page);
      const alert = page.locator('.data-panel [role="alert"]');
      await alert.waitFor({ state: 'visible' });
      if (!(await alert.textContent()).includes(origin(dataHost))) problems.push(`alert: ${await alert.textContent()}`);
    },
  );
  // Expected: the violation itself, Chromium's console reports of it, and the blocked request.
  refused.problems = refused.problems.filter((p) => !/connect-src|Refused to connect|ERR_BLOCKED_BY_CSP/.test(p));
  if (!refused.violations.some((v) => v.startsWith('connect-src blocked'))) refused.problems.push('no connect-src violation: was the dataset fetched?');
  results.push(refused);

  results.push(
    await check('embed: gauge, trend and radar in a host page\'s iframes, sized by lib/embed-host.js to the heights they post', `${base}/check-embed-host.html`, async (page, problems) => {
      for (const id of Object.keys(EMBED_CHARTS)) {
        const frame = await (await page.locator(`#${id}`).elementHandle()).contentFrame();
        await allDrawn(frame);
        await hoverAll(page, [frame.locator(`edu-${id}`)], problems);
      }
      const heights = () => Object.fromEntries([...document.querySelectorAll('iframe')].map((f) => [f.id, Number(f.height)]));
      await page
        .waitForFunction((ids) => ids.every((id) => Number(document.getElementById(id).height) > 200), Object.keys(EMBED_CHARTS), { timeout: TIMEOUT_MS })
        .catch(async () => problems.push(`frame heights set by lib/embed-host.js: ${JSON.stringify(await page.evaluate(heights))}`));
    }),
  );

  // The canary must be caught (one violation, reported), or a clean result above proves nothing.
  const canary = await check('canary: a style attribute under the policy is caught', `${base}/check-canary.html`, async () => {});
  results.push({ ...canary, problems: canary.violations.length > 0 ? [] : ['no violation recorded: the recorder is broken'] });
} finally {
  await browser.close();
  for (const server of servers) server.close();
}

let failed = 0;
for (const { name, problems, ms } of results) {
  console.log(`${problems.length ? 'FAIL' : 'ok  '} ${name} (${(ms / 1000).toFixed(1)} s)`);
  for (const problem of problems) console.log(`       ${problem}`);
  if (problems.length) failed++;
}
console.log(`${results.length - failed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
