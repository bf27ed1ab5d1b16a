// Builds dist/, then runs every test runner (vitest in Node, the same again from a bare
// copy of the repository with nothing beside it, Web Test Runner on the sources and the
// built pages in Chromium, Firefox and WebKit at once, then the library bundle checks and
// the built pages under a strict Content-Security-Policy, in Chromium and Firefox, and the
// npm package installed into an app and built with Vite, at once),
// prints each runner's counts and time, and ends with one line that totals them:
// "N passed, N failed".
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const vitestFile = `${root}.vitest-results.json`;
const bareFile = `${root}.vitest-bare-results.json`;
const ENGINES = ['chromium', 'firefox', 'webkit'];
const wtrFile = (engine) => `${root}.wtr-results-${engine}.json`;
for (const file of [vitestFile, bareFile, ...ENGINES.map(wtrFile)]) rmSync(file, { force: true });

/**
 * Runs a command; returns its exit status, what it printed and how long it took. Its output
 * is held and printed whole when it ends, so that runners going at once never interleave.
 */
function run(command, args, { cwd = root, env = process.env } = {}) {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const out = [];
    const err = [];
    child.stdout.on('data', (chunk) => out.push(chunk));
    child.stderr.on('data', (chunk) => err.push(chunk));
    child.on('close', (code) => {
      const output = Buffer.concat(out).toString('utf8');
      const errors = Buffer.concat(err).toString('utf8');
      process.stdout.write(output);
      process.stderr.write(errors);
      resolve({ status: code ?? 1, output, errors, seconds: Math.round((Date.now() - started) / 1000) });
    });
  });
}

/** Counts from a vitest JSON report; a suite that fails to load has no tests but must still count as a failure. */
function vitestCounts(file) {
  if (!existsSync(file)) return undefined;
  const json = JSON.parse(readFileSync(file, 'utf8'));
  const brokenFiles = json.testResults.filter((f) => f.status === 'failed' && f.assertionResults.length === 0).length;
  return { passed: json.numPassedTests, failed: json.numFailedTests + brokenFiles, skipped: json.numPendingTests };
}

/**
 * The Node tests again, from a bare copy of the repository in a temporary
 * folder: nothing beside it (no ../shared, as in a user's clone), and no
 * EDU_PROGRESS_SEEDS. A test that needs what only the developers have must skip
 * there, not fail. The copy holds the tracked files; node_modules and the built
 * dist/ are linked in.
 */
async function vitestInBareCopy(reportFile) {
  const listed = spawnSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8' });
  if (listed.status !== 0) {
    console.log('bare copy: skipped, this folder is not a git checkout (git ls-files failed)');
    return { status: 0, output: '', skipped: true };
  }
  const parent = mkdtempSync(join(tmpdir(), 'edu-progress-bare-'));
  const copy = join(parent, 'edu-progress');
  try {
    for (const file of listed.stdout.split('\0').filter(Boolean)) {
      // The working tree as it stands: a tracked file deleted in it is left out.
      if (!existsSync(join(root, file))) continue;
      mkdirSync(dirname(join(copy, file)), { recursive: true });
      copyFileSync(join(root, file), join(copy, file));
    }
    for (const linked of ['node_modules', 'dist']) if (existsSync(join(root, linked))) symlinkSync(join(root, linked), join(copy, linked), 'dir');
    const env = { ...process.env };
    delete env.EDU_PROGRESS_SEEDS;
    console.log(`bare copy: vitest in ${copy}, with nothing beside it`);
    return await run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${reportFile}`], { cwd: copy, env });
  } finally {
    rmSync(parent, { recursive: true, force: true });
  }
}

/** The "N passed, N failed" line a runner ended with. */
function closingLine(output) {
  const match = /^(\d+) passed, (\d+) failed$/m.exec(output.trim().split('\n').at(-1) ?? '');
  return match ? { passed: Number(match[1]), failed: Number(match[2]) } : undefined;
}

// The page and bundle tests run against the built site: build it first.
const build = await run('npm', ['run', 'build', '--silent']);
const notBuilt = () => Promise.resolve({ status: 1, output: '', seconds: 0 });

/**
 * The last lines a runner printed, for the end of the log: a CI record keeps only the end,
 * and a runner that ended without results would otherwise leave no reason there.
 */
function tail({ output, errors }, lines = 60) {
  return [output, errors].filter(Boolean).join('\n').trim().split('\n').slice(-lines).join('\n');
}
const unexplained = [];

/**
 * One engine's browser tests. A run that reports no results at all never ran a test (its
 * browser or server did not start): that is tried once more, and said so; a run with
 * results is never repeated.
 */
async function webTestRunner(engine) {
  const start = () => run('npx', ['web-test-runner', '--config', 'test/web-test-runner.config.mjs'], { env: { ...process.env, EDU_PROGRESS_ENGINE: engine } });
  const first = await start();
  if (existsSync(wtrFile(engine))) return first;
  unexplained.push(`web-test-runner in ${engine}, first attempt (exit ${first.status}), ended without results:\n${tail(first)}`);
  console.error(`web-test-runner in ${engine} ended without results (exit ${first.status}); starting it once more`);
  return start();
}
const wtrRunner = (engine) => ({
  name: `web-test-runner in ${engine}`,
  start: () => webTestRunner(engine),
  counts: () => (existsSync(wtrFile(engine)) ? JSON.parse(readFileSync(wtrFile(engine), 'utf8')) : undefined),
});
const checkRunner = (name) => ({
  name,
  start: () => (build.status === 0 ? run('node', [`scripts/${name}.mjs`]) : notBuilt()),
  counts() {
    return closingLine(this.result.output);
  },
});

/**
 * The runners in waves, each wave's at once. The Node tests go alone (their large-input
 * tests are timed by vitest). The three engines go together, each in a browser of its
 * own showing one page at a time, so that every page has the foreground and its
 * animation frames; then the checks of the built files: two driving Chromium and Firefox
 * in turn, and the npm package installed into an app and built with Vite.
 */
const waves = [
  [
    {
      name: 'vitest',
      start: () => run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestFile}`]),
      counts: () => vitestCounts(vitestFile),
    },
  ],
  [
    {
      name: 'vitest in a bare copy',
      start: () => vitestInBareCopy(bareFile),
      counts() {
        return this.result.skipped ? { passed: 0, failed: 0 } : vitestCounts(bareFile);
      },
    },
  ],
  ENGINES.map(wtrRunner),
  ['check-lib', 'check-pages', 'check-package'].map(checkRunner),
];
for (const wave of waves) await Promise.all(wave.map(async (runner) => (runner.result = await runner.start())));
const runners = waves.flat();

for (const runner of runners) if (!runner.counts()) unexplained.push(`${runner.name} (exit ${runner.result.status}) ended without results:\n${tail(runner.result)}`);
for (const text of unexplained) console.error(`\n--- ${text}\n---`);

let passed = 0;
let failed = 0;
if (build.status !== 0) {
  console.error(`npm run build failed (exit ${build.status}); counted as one failure.`);
  failed++;
}
for (const runner of runners) {
  const counts = runner.counts();
  if (!counts) {
    console.error(`${runner.name} reported no results (exit ${runner.result.status}); counted as one failure.`);
    failed++;
    continue;
  }
  const broken = runner.result.status !== 0 && counts.failed === 0 ? 1 : 0;
  passed += counts.passed;
  failed += counts.failed + broken;
  console.log(`${runner.name}: ${counts.passed} passed, ${counts.failed + broken} failed${counts.skipped ? `, ${counts.skipped} skipped` : ''} (${runner.result.seconds ?? 0} s)`);
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
