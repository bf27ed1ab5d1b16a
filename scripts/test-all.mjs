// Builds dist/, then runs every test runner (vitest in Node, Web Test Runner in
// Chromium on the sources and the built pages, the library bundle checks, and the built
// pages under a strict Content-Security-Policy)
// and ends with one line that totals them: "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const vitestFile = `${root}.vitest-results.json`;
const wtrFile = `${root}.wtr-results.json`;
for (const file of [vitestFile, wtrFile]) rmSync(file, { force: true });

/** Runs a command, echoing its output; returns its exit status and what it printed. */
function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  process.stdout.write(result.stdout ?? '');
  return { status: result.status ?? 1, output: result.stdout ?? '' };
}

/** The "N passed, N failed" line a runner ended with. */
function closingLine(output) {
  const match = /^(\d+) passed, (\d+) failed$/m.exec(output.trim().split('\n').at(-1) ?? '');
  return match ? { passed: Number(match[1]), failed: Number(match[2]) } : undefined;
}

// The page and bundle tests run against the built site: build it first.
const build = run('npm', ['run', 'build', '--silent']);

const runners = [
  {
    name: 'vitest',
    result: run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestFile}`]),
    counts: () => {
      if (!existsSync(vitestFile)) return undefined;
      const json = JSON.parse(readFileSync(vitestFile, 'utf8'));
      // A suite that fails to load has no tests but must still count as a failure.
      const brokenFiles = json.testResults.filter((f) => f.status === 'failed' && f.assertionResults.length === 0).length;
      return { passed: json.numPassedTests, failed: json.numFailedTests + brokenFiles };
    },
  },
  {
    name: 'web-test-runner',
    result: run('npx', ['web-test-runner', '--config', 'test/web-test-runner.config.mjs']),
    counts: () => (existsSync(wtrFile) ? JSON.parse(readFileSync(wtrFile, 'utf8')) : undefined),
  },
  {
    name: 'check-lib',
    result: build.status === 0 ? run('node', ['scripts/check-lib.mjs']) : { status: 1, output: '' },
    counts() {
      return closingLine(this.result.output);
    },
  },
  {
    name: 'check-pages',
    result: build.status === 0 ? run('node', ['scripts/check-pages.mjs']) : { status: 1, output: '' },
    counts() {
      return closingLine(this.result.output);
    },
  },
];

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
  passed += counts.passed;
  failed += counts.failed;
  if (runner.result.status !== 0 && counts.failed === 0) failed++;
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
