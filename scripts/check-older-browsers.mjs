// Older and odd browsers, for check-lib (issue 11, section 4): each page deletes,
// before the library loads, what such a browser lacks, and its charts must then
// either draw as usual or show their data table with one line saying the chart
// needs a newer browser; never throw, never stay blank.
import { recordPageProblems } from './page-problems.mjs';

const TIMEOUT_MS = 20_000;
const TAGS = ['edu-gauge', 'edu-trend', 'edu-radar', 'edu-scorecard'];

/** The radar's name, which the page gives it: it must win over the summary. */
const PAGE_LABEL = '两区工作条目对比';

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

const page = (title, script) =>
  `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${title}</title><link rel="icon" href="data:,"></head><body>
${script}
${charts}`;

const ES_MODULE = '<script type="module" src="lib/edu-progress.js"></script>';

/** What each page deletes (run before any script of the page), and what its charts must do without it. */
const browsers = {
  // The viewport ordering and deferred ECharts creation go: every chart updates and draws at once.
  '/check-without-intersection-observer.html': {
    without: 'delete globalThis.IntersectionObserver; delete globalThis.IntersectionObserverEntry;',
    expect: 'drawn',
  },
  // Firefox before 101, Safari before 16.4: Lit puts <style> elements in the shadow roots instead.
  '/check-without-constructable-stylesheets.html': {
    without: `delete Document.prototype.adoptedStyleSheets; delete ShadowRoot.prototype.adoptedStyleSheets;
      delete CSSStyleSheet.prototype.replace; delete CSSStyleSheet.prototype.replaceSync;`,
    expect: 'drawn',
    styleElements: true,
  },
  // Safari before 16.4, Firefox before 93: each chart is still a figure named by its summary, through its
  // role and aria-label attributes.
  '/check-without-element-internals.html': {
    without: 'delete HTMLElement.prototype.attachInternals; delete globalThis.ElementInternals;',
    expect: 'drawn',
  },
  // Firefox 93-118: ElementInternals without its ARIA properties, which it would take and ignore.
  '/check-without-element-internals-aria.html': {
    without: `for (const name of Object.getOwnPropertyNames(ElementInternals.prototype)) {
        if (name === 'role' || name.startsWith('aria')) delete ElementInternals.prototype[name];
      }`,
    expect: 'drawn',
  },
  // The bundle's syntax is ES2021: it must call no built-in added since, which a browser that parses it
  // may lack (Array.prototype.at: Chrome 92, Safari 15.4). The figure-view gauge used .at().
  '/check-without-es2022-built-ins.html': {
    without: `for (const type of [Array, String, Object.getPrototypeOf(Int8Array)]) delete type.prototype.at;
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
      for (const name of ['map', 'filter', 'take', 'drop', 'flatMap', 'reduce', 'toArray', 'forEach', 'some', 'every', 'find']) delete iterator[name];`,
    expect: 'drawn',
  },
};

/** Pages for check-lib's server: path -> HTML. */
export const OLDER_BROWSER_PAGES = Object.fromEntries(Object.keys(browsers).map((path) => [path, page(path.slice(1), ES_MODULE)]));

/** Runs every page in its own tab; resolves to check-lib's results ({ line, problems }). */
export async function checkOlderBrowsers(browser, base) {
  const results = [];
  for (const [path, expectation] of Object.entries(browsers)) results.push(await checkOne(browser, `${base}${path}`, path, expectation));
  return results;
}

/** The role and accessible name Chromium gives assistive technology for each element a selector finds. */
async function accessibleRolesAndNames(page, selector) {
  const cdp = await page.context().newCDPSession(page);
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

async function checkOne(browser, url, path, { without, expect, styleElements = false }) {
  const problems = [];
  // Tall enough that every chart is near the viewport and draws.
  const page = await browser.newPage({ viewport: { width: 900, height: 4000 } });
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  recordPageProblems(page, problems);
  await page.addInitScript(without);
  try {
    await page.goto(url);
    await page
      .waitForFunction(
        (tags) => [...document.querySelectorAll(tags.join(','))].every((el) => el.shadowRoot?.querySelector('canvas')?.width > 0),
        TAGS,
        { timeout: TIMEOUT_MS },
      )
      .catch(() => problems.push('not every chart drew'));
    const charts = await page.evaluate((tags) => {
      const root = (el) => el.shadowRoot;
      return [...document.querySelectorAll(tags.join(','))].map((el) => ({
        tag: el.localName,
        status: el.getAttribute('status'),
        styleElements: root(el)?.querySelectorAll('style').length ?? 0,
        // Out of sight but there: the chart's own styles apply.
        tableHidden: (root(el)?.querySelector('.table-wrap')?.getBoundingClientRect().width ?? 0) <= 1,
      }));
    }, TAGS);
    for (const chart of charts) {
      if (chart.status !== 'ready') problems.push(`<${chart.tag}> status is ${chart.status}`);
      if (styleElements && chart.styleElements === 0) problems.push(`<${chart.tag}> has no <style> elements`);
      if (!chart.tableHidden) problems.push(`<${chart.tag}> shows its table: its styles do not apply`);
    }
    const dataStatus = await page.evaluate(() => document.querySelector('edu-data')?.getAttribute('status'));
    if (dataStatus !== 'ready') problems.push(`<edu-data> status is ${dataStatus}`);
    const summaries = await page.evaluate((tags) => [...document.querySelectorAll(tags.join(','))].map((el) => el.model?.summary), TAGS);
    const accessible = await accessibleRolesAndNames(page, TAGS.join(','));
    accessible.forEach(({ role, name }, i) => {
      const expected = charts[i].tag === 'edu-radar' ? PAGE_LABEL : summaries[i];
      if (role !== 'figure' || name !== expected) problems.push(`<${charts[i].tag}> is to a screen reader ${role} “${name}”, not a figure named “${expected}”`);
    });
    return { line: `${path}: ${charts.length} charts, to be ${expect}`, problems };
  } catch (error) {
    return { line: `${path}: did not load`, problems: [...problems, error.message.split('\n')[0]] };
  } finally {
    await page.close();
  }
}
