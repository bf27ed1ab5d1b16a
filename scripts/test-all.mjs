// Runs every test runner (vitest in Node, Web Test Runner in Chromium) and ends
// with one line that totals them: "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const vitestFile = `${root}.vitest-results.json`;
const wtrFile = `${root}.wtr-results.json`;
for (const file of [vitestFile, wtrFile]) rmSync(file, { force: true });

function run(args) {
  const result = spawnSync('npx', args, { cwd: root, stdio: 'inherit' });
  return result.status ?? 1;
}

const runners = [
  {
    name: 'vitest',
    file: vitestFile,
    status: run(['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestFile}`]),
    counts: () => {
      const json = JSON.parse(readFileSync(vitestFile, 'utf8'));
      // A suite that fails to load has no tests but must still count as a failure.
      const brokenFiles = json.testResults.filter((f) => f.status === 'failed' && f.assertionResults.length === 0).length;
      return { passed: json.numPassedTests, failed: json.numFailedTests + brokenFiles };
    },
  },
  {
    name: 'web-test-runner',
    file: wtrFile,
    status: run(['web-test-runner', '--config', 'test/web-test-runner.config.mjs']),
    counts: () => JSON.parse(readFileSync(wtrFile, 'utf8')),
  },
];

let passed = 0;
let failed = 0;
for (const runner of runners) {
  if (!existsSync(runner.file)) {
    console.error(`${runner.name} wrote no results (exit ${runner.status}); counted as one failure.`);
    failed++;
    continue;
  }
  const counts = runner.counts();
  passed += counts.passed;
  failed += counts.failed;
  if (runner.status !== 0 && counts.failed === 0) failed++;
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
