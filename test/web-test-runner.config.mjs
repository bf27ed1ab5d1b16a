// Web Test Runner: element and page tests (*.browser.test.ts) in one engine per run,
// EDU_PROGRESS_ENGINE=chromium (the default), firefox or webkit (see test/browsers.mjs);
// scripts/test-all.mjs runs all three.
import { fileURLToPath } from 'node:url';
import { writeFileSync } from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { trustedTypesPatchForDevServer } from '../scripts/trusted-types-patch.mjs';
import { ENGINES, freePort, launcherFor, missing } from './browsers.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const engine = process.env.EDU_PROGRESS_ENGINE || 'chromium';
if (!ENGINES.includes(engine)) throw new Error(`EDU_PROGRESS_ENGINE=${engine}: use one of ${ENGINES.join(', ')}`);
const absent = missing(engine);
if (absent.length) throw new Error(`${engine} is not installed here; missing ${absent.join(', ')}`);

/** Writes passed/failed counts for scripts/test-all.mjs; a file that fails to load counts as one failure. */
function countingReporter(file) {
  return {
    onTestRunFinished({ sessions }) {
      const counts = { passed: 0, failed: 0, skipped: 0 };
      const walk = (suite) => {
        for (const test of suite.tests) counts[test.skipped ? 'skipped' : test.passed ? 'passed' : 'failed']++;
        for (const inner of suite.suites) walk(inner);
      };
      for (const session of sessions) {
        const before = counts.failed;
        if (session.testResults) walk(session.testResults);
        if (!session.passed && counts.failed === before) counts.failed++;
      }
      writeFileSync(file, JSON.stringify(counts));
    },
  };
}

/**
 * `?delay=ms` on any URL holds the response back (slow servers, stale responses);
 * `?status=500` answers with that HTTP status instead of the file;
 * `/test/fixtures/pack-gone/…` is the fixture pack with one region's file missing.
 */
async function delayMiddleware(context, next) {
  // A host that lost one file of a data pack: test/fixtures/pack, but for Licheng's region file.
  const gone = '/test/fixtures/pack-gone/';
  if (context.path.startsWith(gone)) {
    if (context.path.endsWith('/regions/350502.csv')) {
      context.status = 404;
      context.body = 'not found';
      return undefined;
    }
    context.path = context.path.replace(gone, '/test/fixtures/pack/');
  }
  const query = new URLSearchParams(context.querystring);
  const delay = Number(query.get('delay'));
  if (delay > 0) await new Promise((resolve) => setTimeout(resolve, Math.min(delay, 10000)));
  const status = Number(query.get('status'));
  if (status >= 400) {
    context.status = status;
    context.body = 'test server error';
    return undefined;
  }
  return next();
}

export default {
  rootDir: root,
  files: ['test/**/*.browser.test.ts'],
  // Lit's development build, so the tests see its warnings (change-in-update and the like).
  nodeResolve: { exportConditions: ['development'] },
  middleware: [delayMiddleware],
  // One page at a time: a page in the background gets no animation frames, so its charts would never draw.
  concurrency: 1,
  // scripts/test-all.mjs runs the three engines at once, each with a server of its own.
  port: await freePort(),
  // Firefox can take half a minute to start on a busy two-core machine.
  browserStartTimeout: 120000,
  // Generous, for the three engines share two cores in npm test: the built demo (over 100
  // charts) takes a busy WebKit most of a minute. A broken page still fails, only later.
  testFramework: { config: { timeout: 60000 } },
  // A failed assertion on a DOM node would otherwise hang the file (test/reportable-assertions.ts).
  testRunnerHtml: (testFramework) =>
    `<!DOCTYPE html><html><head></head><body><script type="module" src="/test/reportable-assertions.ts"></script><script type="module" src="${testFramework}"></script></body></html>`,
  testsFinishTimeout: 600000,
  plugins: [
    // The same ECharts the built library bundles: its renderer empties its container without HTML.
    // First, so that it reads ECharts' files as published, before esbuild reprints them.
    trustedTypesPatchForDevServer(),
    esbuildPlugin({
      ts: true,
      target: 'es2022',
      tsconfig: fileURLToPath(new URL('../tsconfig.json', import.meta.url)),
      // ECharts reads process.env.NODE_ENV, which browsers lack.
      define: { 'process.env.NODE_ENV': '"production"' },
    }),
  ],
  browsers: [await launcherFor(engine)],
  reporters: [
    defaultReporter(),
    summaryReporter({ flatten: false }),
    countingReporter(fileURLToPath(new URL(`../.wtr-results-${engine}.json`, import.meta.url))),
  ],
};
