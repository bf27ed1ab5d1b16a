// Web Test Runner: element and page tests (*.browser.test.ts) in the system Chromium.
// Set CHROME_PATH to use another Chromium or Chrome binary.
import { fileURLToPath } from 'node:url';
import { writeFileSync } from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { trustedTypesPatchForDevServer } from '../scripts/trusted-types-patch.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';

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
 * `?status=500` answers with that HTTP status instead of the file.
 */
async function delayMiddleware(context, next) {
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
  testFramework: { config: { timeout: 20000 } },
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
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        headless: true,
        // Flags that keep Chromium off the network it must not reach, and work as root in CI.
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-quic',
          '--no-first-run',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--disable-dev-shm-usage',
          // Element.computedRole / computedName: what assistive technology is told, for the a11y tests.
          '--enable-experimental-web-platform-features',
        ],
      },
    }),
  ],
  reporters: [
    defaultReporter(),
    summaryReporter({ flatten: false }),
    countingReporter(fileURLToPath(new URL('../.wtr-results.json', import.meta.url))),
  ],
};
