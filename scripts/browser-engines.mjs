// The browsers the checks of the built files (check-pages, check-lib) drive, from the system's
// packages (nothing downloads a browser), both with puppeteer-core:
//   chromium  Debian's chromium, over the DevTools protocol;
//   firefox   Debian's firefox-esr, over WebDriver BiDi.
// CHROME_PATH and FIREFOX_PATH point at other binaries. The flags and preferences that keep
// them off the network live here only: test/browsers.mjs (Web Test Runner) takes them too.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';

export const ENGINES = ['chromium', 'firefox'];

/** Each engine's binary, and the Debian package that installs it. */
export const BINARIES = {
  chromium: { path: process.env.CHROME_PATH || '/usr/bin/chromium', package: 'chromium' },
  firefox: { path: process.env.FIREFOX_PATH || '/usr/bin/firefox-esr', package: 'firefox-esr' },
};

/** Flags that keep Chromium off the network it must not reach, and let it run as root in CI. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/**
 * Firefox off the network: no updates, telemetry, captive-portal or remote-settings requests
 * (puppeteer's own defaults already turn off safe browsing's other lists and the like).
 */
export const FIREFOX_PREFS = {
  'app.update.enabled': false,
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'toolkit.telemetry.enabled': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'browser.safebrowsing.update.enabled': false,
  'services.settings.server': 'http://127.0.0.1:9/',
};

/**
 * The engines a check runs in: `--engine=firefox` (or `--engine=chromium,firefox`) on the
 * command line, else EDU_PROGRESS_CHECK_ENGINE (the same list), else all of them. Throws on
 * an unknown name. (Not EDU_PROGRESS_ENGINE: that picks Web Test Runner's one engine of three.)
 */
export function enginesFrom(argv = process.argv.slice(2), env = process.env) {
  const flag = argv.find((arg) => arg.startsWith('--engine='));
  const value = flag ? flag.slice('--engine='.length) : env.EDU_PROGRESS_CHECK_ENGINE;
  if (!value) return [...ENGINES];
  const engines = value.split(',').map((name) => name.trim()).filter(Boolean);
  for (const engine of engines) {
    if (!ENGINES.includes(engine)) throw new Error(`unknown engine "${engine}": one of ${ENGINES.join(', ')}`);
  }
  return engines;
}

/** Why `engine` cannot start here (its binary missing, and the package that installs it), or null. */
export function missingBrowser(engine) {
  const { path, package: name } = BINARIES[engine];
  return existsSync(path) ? null : `${engine}: ${path} is missing (apt-get install ${name}, or set ${engine === 'chromium' ? 'CHROME_PATH' : 'FIREFOX_PATH'})`;
}

/** The engine's version, for a report (e.g. "Mozilla Firefox 153.8.0esr"). */
export function versionOf(engine) {
  return spawnSync(BINARIES[engine].path, ['--version'], { encoding: 'utf8' }).stdout?.trim() ?? '';
}

/** How long a browser may take to start: Firefox takes up to half a minute on a busy two-core machine. */
const LAUNCH_TIMEOUT_MS = 120_000;

/**
 * puppeteer-core's options for a headless Firefox with FIREFOX_PREFS (plus `prefs`), in a
 * temporary profile of its own: Firefox refuses a $HOME it does not own, as in some CI
 * containers. `remove` deletes the profile.
 */
export function firefoxLaunchOptions(prefs = {}) {
  const profile = mkdtempSync(join(tmpdir(), 'edu-progress-firefox-'));
  return {
    options: { browser: 'firefox', executablePath: BINARIES.firefox.path, headless: true, userDataDir: profile, extraPrefsFirefox: { ...FIREFOX_PREFS, ...prefs } },
    remove: () => rmSync(profile, { recursive: true, force: true }),
  };
}

/**
 * Launches `engine` headless with puppeteer-core: Chromium with CHROMIUM_ARGS (plus `args`),
 * Firefox in a temporary profile with FIREFOX_PREFS (plus `prefs`), removed when the browser
 * closes. Throws, naming the package, if the binary is missing.
 */
export async function launch(engine, { args = [], prefs = {} } = {}) {
  if (!ENGINES.includes(engine)) throw new Error(`unknown engine "${engine}": one of ${ENGINES.join(', ')}`);
  const missing = missingBrowser(engine);
  if (missing) throw new Error(missing);
  if (engine === 'chromium') {
    return puppeteer.launch({ browser: 'chrome', executablePath: BINARIES.chromium.path, headless: true, timeout: LAUNCH_TIMEOUT_MS, args: [...CHROMIUM_ARGS, ...args] });
  }
  const { options, remove } = firefoxLaunchOptions(prefs);
  let browser;
  try {
    browser = await puppeteer.launch({ ...options, timeout: LAUNCH_TIMEOUT_MS, args });
  } catch (error) {
    remove();
    throw error;
  }
  browser.once('disconnected', remove);
  process.once('exit', remove);
  return browser;
}

/**
 * Whether a failed request is the page cancelling it, not a failure: Chromium's
 * net::ERR_ABORTED, Firefox's NS_BINDING_ABORTED.
 */
export const isAbort = (errorText) => errorText === 'net::ERR_ABORTED' || errorText === 'NS_BINDING_ABORTED';

/**
 * Runs `runChecks(browser, engine)` in each engine in turn, each in a browser of its own,
 * and prints every result as `ok`/`FAIL`, the engine, the check's line and time, and its
 * problems; then each engine's version and time, and "N passed, N failed" over all. A
 * browser that is missing or does not start is one failure. Resolves to the failures.
 */
export async function checkInEngines(engines, runChecks) {
  let passed = 0;
  let failed = 0;
  const report = (engine, results) => {
    for (const { line, problems, ms } of results) {
      console.log(`${problems.length ? 'FAIL' : 'ok  '} ${engine}: ${line} (${(ms / 1000).toFixed(1)} s)`);
      for (const problem of problems) console.log(`       ${problem}`);
      if (problems.length) failed++;
      else passed++;
    }
  };
  for (const engine of engines) {
    const started = Date.now();
    const missing = missingBrowser(engine);
    if (missing) {
      report(engine, [{ line: 'browser', problems: [missing], ms: 0 }]);
      continue;
    }
    let browser;
    try {
      browser = await launch(engine);
    } catch (error) {
      report(engine, [{ line: 'browser', problems: [`${engine} did not start: ${error.message.split('\n')[0]}`], ms: Date.now() - started }]);
      continue;
    }
    try {
      report(engine, await runChecks(browser, engine));
    } finally {
      await browser.close();
    }
    console.log(`     ${engine}: ${versionOf(engine)}, ${((Date.now() - started) / 1000).toFixed(1)} s in all`);
  }
  console.log(`${passed} passed, ${failed} failed`);
  return failed;
}
