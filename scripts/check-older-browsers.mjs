// Older and odd browsers, for check-lib (issue 11, section 4): each page deletes,
// before the library loads, what such a browser lacks, and its charts must then
// either draw as usual or show their data table with one line saying the chart
// needs a newer browser; never throw, never stay blank.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { recordPageProblems } from './page-problems.mjs';

const TIMEOUT_MS = 20_000;
/** axe-core, as the element tests use it (test/a11y/axe.ts). */
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const TAGS = ['edu-gauge', 'edu-trend', 'edu-radar', 'edu-scorecard'];

/** The radar's name, which the page gives it: it must win over the summary. */
const PAGE_LABEL = '两区工作条目对比';

/** The line above the table where a chart cannot be drawn (src/i18n/terms.ts, needsNewerBrowser). */
const NOTE = {
  'zh-CN': '此图表需要较新版本的浏览器才能显示，下表是它的数据。',
  en: 'This chart needs a newer browser; its data is in the table below.',
};

/**
 * Every chart, sharing one <edu-data>: a dial, a gauge written out as a figure
 * with its change and spark line, a trend (in English), a radar named by the
 * page and a scorecard.
 */
const charts = `<edu-data src="data/indicators.csv" themes-src="data/themes.csv">
<edu-gauge region="东丽区" indicator="preschool_inclusive_rate"></edu-gauge>
<edu-gauge region="东丽区" indicator="smart_education_demo_schools"></edu-gauge>
<edu-trend region="东丽区" indicator="student_fitness_pass_rate" lang="en"></edu-trend>
<edu-radar region="东丽区,鲤城区" year="2022" measure="indicator:plan_items" aria-label="${PAGE_LABEL}"></edu-radar>
<edu-scorecard region="东丽区"></edu-scorecard>
</edu-data>`;

const ES_MODULE = '<script type="module" src="lib/edu-progress.js"></script>';
const CLASSIC = '<script src="lib/edu-progress.iife.js"></script>';

const page = (title, script) =>
  `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${title}</title><link rel="icon" href="data:,"></head><body>
${script}
${charts}`;

const WITHOUT_RESIZE_OBSERVER = 'delete globalThis.ResizeObserver; delete globalThis.ResizeObserverEntry; delete globalThis.ResizeObserverSize;';
const WITHOUT_INTERSECTION_OBSERVER = 'delete globalThis.IntersectionObserver; delete globalThis.IntersectionObserverEntry;';
const WITHOUT_CONSTRUCTABLE_STYLESHEETS = `delete Document.prototype.adoptedStyleSheets; delete ShadowRoot.prototype.adoptedStyleSheets;
  delete CSSStyleSheet.prototype.replace; delete CSSStyleSheet.prototype.replaceSync;`;
const WITHOUT_ELEMENT_INTERNALS = 'delete HTMLElement.prototype.attachInternals; delete globalThis.ElementInternals;';
const WITHOUT_ELEMENT_INTERNALS_ARIA = `for (const name of Object.getOwnPropertyNames(ElementInternals.prototype)) {
    if (name === 'role' || name.startsWith('aria')) delete ElementInternals.prototype[name];
  }`;
const WITHOUT_ES2022_BUILT_INS = `for (const type of [Array, String, Object.getPrototypeOf(Int8Array)]) delete type.prototype.at;
  for (const type of [Array, Object.getPrototypeOf(Int8Array)]) {
    for (const name of ['findLast', 'findLastIndex', 'toSorted', 'toReversed', 'toSpliced', 'with']) delete type.prototype[name];
  }
  for (const name of ['isWellFormed', 'toWellFormed']) delete String.prototype[name];
  delete Object.hasOwn; delete Object.groupBy; delete Map.groupBy; delete Array.fromAsync;
  delete Promise.withResolvers; delete Promise.try; delete RegExp.escape; delete globalThis.structuredClone;
  for (const name of ['union', 'intersection', 'difference', 'symmetricDifference', 'isSubsetOf', 'isSupersetOf', 'isDisjointFrom']) {
    delete Set.prototype[name];
  }
  const iterator = globalThis.Iterator?.prototype ?? {};
  for (const name of ['map', 'filter', 'take', 'drop', 'flatMap', 'reduce', 'toArray', 'forEach', 'some', 'every', 'find']) delete iterator[name];`;

/** Per page: what it deletes (before any script of the page runs), how it loads the library, and what its charts must do. */
const browsers = {
  // A chart cannot follow its container's size: each shows its data table instead, which axe also checks.
  '/check-without-resize-observer.html': { without: WITHOUT_RESIZE_OBSERVER, script: ES_MODULE, expect: 'table', axe: true },
  // The viewport ordering and deferred ECharts creation go: every chart updates and draws at once.
  '/check-without-intersection-observer.html': { without: WITHOUT_INTERSECTION_OBSERVER, script: ES_MODULE, expect: 'drawn' },
  // Firefox before 101, Safari before 16.4: Lit puts <style> elements in the shadow roots instead.
  '/check-without-constructable-stylesheets.html': {
    without: WITHOUT_CONSTRUCTABLE_STYLESHEETS,
    script: ES_MODULE,
    expect: 'drawn',
    styleElements: true,
  },
  // Safari before 16.4, Firefox before 93: each chart is still a figure named by its summary, through its
  // role and aria-label attributes.
  '/check-without-element-internals.html': { without: WITHOUT_ELEMENT_INTERNALS, script: ES_MODULE, expect: 'drawn' },
  // Firefox 93-118: ElementInternals without its ARIA properties, which it would take and ignore.
  '/check-without-element-internals-aria.html': { without: WITHOUT_ELEMENT_INTERNALS_ARIA, script: ES_MODULE, expect: 'drawn' },
  // The bundle's syntax is ES2021: it must call no built-in added since, which a browser that parses it
  // may lack (Array.prototype.at: Chrome 92, Safari 15.4). The figure-view gauge used .at().
  '/check-without-es2022-built-ins.html': { without: WITHOUT_ES2022_BUILT_INS, script: ES_MODULE, expect: 'drawn' },
  // All of it at once, through the classic script an old portal's CMS allows: the tables, and no error.
  '/check-old-browser.html': {
    without: [
      WITHOUT_RESIZE_OBSERVER,
      WITHOUT_INTERSECTION_OBSERVER,
      WITHOUT_CONSTRUCTABLE_STYLESHEETS,
      WITHOUT_ELEMENT_INTERNALS,
      WITHOUT_ES2022_BUILT_INS,
    ].join('\n'),
    script: CLASSIC,
    expect: 'table',
    styleElements: true,
  },
};

/** Pages for check-lib's server: path -> HTML. */
export const OLDER_BROWSER_PAGES = Object.fromEntries(Object.entries(browsers).map(([path, { script }]) => [path, page(path.slice(1), script)]));

/** Runs every page in its own tab of a puppeteer-core browser; resolves to check-lib's results ({ line, problems, ms }). */
export async function checkOlderBrowsers(browser, base, engine) {
  const results = [];
  for (const [path, expectation] of Object.entries(browsers)) results.push(await checkOne(browser, engine, `${base}${path}`, path, expectation));
  return results;
}

/**
 * The values the bundled dataset has for a region's indicator, as written in
 * the file: a gauge's or a trend's table must show each. (The columns read
 * come before any quoted field.)
 */
function bundledValues(region, indicator) {
  const lines = readFileSync(new URL('../data/indicators.csv', import.meta.url), 'utf8').trim().split('\n').slice(1);
  const rows = lines.map((line) => line.split(',')).filter((cells) => cells[1] === region && cells[5] === indicator);
  return rows.map((cells) => cells[9]);
}

/**
 * The role and accessible name Chromium gives assistive technology for each element a
 * selector finds (the DevTools protocol's accessibility tree: Chromium only).
 */
async function accessibleRolesAndNames(page, selector) {
  const cdp = await page.createCDPSession();
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
    const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector });
    return await Promise.all(
      nodeIds.map(async (nodeId) => {
        const { nodes } = await cdp.send('Accessibility.getPartialAXTree', { nodeId, fetchRelatives: false });
        return { role: nodes[0]?.role?.value, name: nodes[0]?.name?.value };
      }),
    );
  } finally {
    await cdp.detach();
  }
}

/** What the page shows of each chart. */
function readCharts(tags) {
  const text = (node) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
  return [...document.querySelectorAll(tags.join(','))].map((el) => {
    const root = el.shadowRoot;
    const table = root?.querySelector('[part~="table"]');
    return {
      tag: el.localName,
      region: el.getAttribute('region'),
      indicator: el.getAttribute('indicator'),
      locale: el.lang || document.documentElement.lang,
      status: el.getAttribute('status'),
      announcedReady: globalThis.__readyCharts.has(el),
      drawn: Boolean(el.echarts) || Boolean(root?.querySelector('canvas')),
      styleElements: root?.querySelectorAll('style').length ?? 0,
      note: root?.querySelector('[part~="browser-note"]') ? text(root.querySelector('[part~="browser-note"]')) : undefined,
      // Out of sight (1px wide) or in sight.
      tableWidth: root?.querySelector('.table-wrap')?.getBoundingClientRect().width ?? 0,
      caption: text(table?.querySelector('caption')),
      captionHeight: table?.querySelector('caption')?.getBoundingClientRect().height ?? 0,
      columns: [...(table?.querySelectorAll('thead th') ?? [])].map(text),
      rows: [...(table?.querySelectorAll('tbody tr') ?? [])].map((tr) => [...tr.querySelectorAll('td')].map(text)),
      model: el.model && { summary: el.model.summary, columns: el.model.table.columns, rows: el.model.table.rows },
    };
  });
}

/** What a chart that shows its data table instead must show, as problems. */
function tableProblems(chart) {
  const problems = [];
  const name = `<${chart.tag}>`;
  const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);
  const normalised = (rows) => rows.map((row) => row.map((cell) => String(cell).replace(/\s+/g, ' ').trim()));
  if (chart.drawn) problems.push(`${name} drew a chart`);
  if (chart.note !== NOTE[chart.locale]) problems.push(`${name} says “${chart.note}”, not “${NOTE[chart.locale]}”`);
  if (chart.tableWidth < 100) problems.push(`${name} table is out of sight (${chart.tableWidth}px wide)`);
  if (!chart.model) return [...problems, `${name} has no model`];
  if (chart.caption !== chart.model.summary || chart.captionHeight === 0) problems.push(`${name} table caption “${chart.caption}” is not the summary, in sight`);
  if (!same(chart.columns, chart.model.columns)) problems.push(`${name} columns ${chart.columns.join(' | ')}`);
  if (chart.rows.length === 0 || !same(chart.rows, normalised(chart.model.rows))) problems.push(`${name} rows differ from its table (${chart.rows.length} rows)`);
  if (chart.tag === 'edu-gauge' || chart.tag === 'edu-trend') {
    const valueColumn = chart.columns.findIndex((c) => c === '数值' || c === 'Value');
    const shown = chart.rows.map((row) => row[valueColumn]);
    for (const value of bundledValues(chart.region, chart.indicator)) {
      if (!shown.includes(value)) problems.push(`${name} ${chart.indicator}: the bundled value ${value} is not in its table`);
    }
  }
  return problems;
}

/** The serious and critical WCAG 2.1 A/AA violations on the page, as "rule: help (targets)". */
async function seriousViolations(page) {
  await page.addScriptTag({ path: AXE });
  return page.evaluate(async () => {
    const result = await globalThis.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')})`);
  });
}

async function checkOne(browser, engine, url, path, { without, expect, styleElements = false, axe = false }) {
  const problems = [];
  const started = Date.now();
  const page = await browser.newPage();
  // Tall enough that every chart is near the viewport and draws.
  await page.setViewport({ width: 900, height: 4000 });
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  recordPageProblems(page, problems);
  await page.evaluateOnNewDocument(without);
  await page.evaluateOnNewDocument(() => {
    globalThis.__readyCharts = new Set();
    document.addEventListener('edu-ready', (event) => globalThis.__readyCharts.add(event.target));
  });
  try {
    await page.goto(url);
    await page
      .waitForFunction(
        ({ tags, expect }) =>
          [...document.querySelectorAll(tags.join(','))].every((el) =>
            expect === 'drawn' ? el.shadowRoot?.querySelector('canvas')?.width > 0 : el.shadowRoot?.querySelector('[part~="browser-note"]'),
          ),
        { timeout: TIMEOUT_MS },
        { tags: TAGS, expect },
      )
      .catch(() => problems.push(expect === 'drawn' ? 'not every chart drew' : 'not every chart showed its table'));
    const charts = await page.evaluate(readCharts, TAGS);
    for (const chart of charts) {
      if (chart.status !== 'ready') problems.push(`<${chart.tag}> status is ${chart.status}`);
      if (!chart.announcedReady) problems.push(`<${chart.tag}> sent no edu-ready`);
      if (styleElements && chart.styleElements === 0) problems.push(`<${chart.tag}> has no <style> elements`);
      if (expect === 'table') problems.push(...tableProblems(chart));
      // Out of sight but there: the chart's own styles apply.
      else if (chart.note !== undefined || chart.tableWidth > 1) problems.push(`<${chart.tag}> shows its table or the note`);
    }
    const dataStatus = await page.evaluate(() => document.querySelector('edu-data')?.getAttribute('status'));
    if (dataStatus !== 'ready') problems.push(`<edu-data> status is ${dataStatus}`);
    if (engine === 'chromium') {
      const accessible = await accessibleRolesAndNames(page, TAGS.join(','));
      accessible.forEach(({ role, name }, i) => {
        const expected = charts[i].tag === 'edu-radar' ? PAGE_LABEL : charts[i].model?.summary;
        if (role !== 'figure' || name !== expected) problems.push(`<${charts[i].tag}> is to a screen reader ${role} “${name}”, not a figure named “${expected}”`);
      });
    }
    if (axe) problems.push(...(await seriousViolations(page)));
    const named = engine === 'chromium' ? ', each a named figure' : ' (roles and names read in Chromium only)';
    return { line: `${path}: ${charts.length} charts, each ${expect === 'drawn' ? 'drawn' : 'as its data table'}${named}`, problems, ms: Date.now() - started };
  } catch (error) {
    return { line: `${path}: did not load`, problems: [...problems, error.message.split('\n')[0]], ms: Date.now() - started };
  } finally {
    await page.close();
  }
}
