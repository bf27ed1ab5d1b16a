// Checks the npm package as an app's developer meets it (after `npm run build`): packs it
// (npm pack), installs the tarball into a throwaway Vite + TypeScript app that uses ECharts
// and Lit itself, with the packages edu-progress depends on (npm install, from npm's cache
// where it can), and then:
//   - type-checks the app (strict, skipLibCheck off): `import 'edu-progress'` and
//     `edu-progress/gauge`, the tags as their classes, the elements' properties (a wrong value is
//     an error), the data layer's functions;
//   - builds it with Vite;
//   - finds in what Vite built one copy of ECharts and one of Lit (lit-html, its reactive
//     element and LitElement): the package's ES modules import them from the app's
//     dependencies, so the app's bundler takes one copy, never the package's own;
//   - finds the parse worker built as a worker of the app's.
// Vite and TypeScript are this repository's (node_modules), nothing is downloaded for them.
// Prints `ok`/`FAIL` per check, then "N passed, N failed"; exits non-zero on failure.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const started = Date.now();

/**
 * What stands once in each copy of a package in a built app: a string literal that survives
 * minification (the version lists Lit's modules push to, the attribute ECharts marks its
 * containers with).
 */
export const COPY_MARKERS = {
  echarts: /_echarts_instance_/g,
  'lit-html': /litHtmlVersions/g,
  '@lit/reactive-element': /reactiveElementVersions/g,
  'lit-element': /litElementVersions/g,
};

/** How many copies of each package the code holds. */
export function copies(code) {
  return Object.fromEntries(Object.entries(COPY_MARKERS).map(([name, marker]) => [name, code.match(marker)?.length ?? 0]));
}

const APP_MAIN = `import 'edu-progress/gauge';
import { EduTrend, parseDataset, type ChartStatus, type SelectDetail } from 'edu-progress';
import { BarChart } from 'echarts/charts';
import { GridSimpleComponent } from 'echarts/components';
import { init, use } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { html, LitElement } from 'lit';

// The package's elements, as their classes.
const gauge = document.createElement('edu-gauge');
gauge.variant = 'bullet';
gauge.region = '东丽区';
gauge.indicator = 'preschool_inclusive_rate';
gauge.year = 2023;
gauge.src = '/indicators.csv';
// @ts-expect-error a gauge is a dial or a bullet
gauge.variant = 'pie';
// @ts-expect-error year is a number
gauge.year = '2023';
const trend: EduTrend = document.createElement('edu-trend');
trend.region = '东丽区,鲤城区';
const status: ChartStatus = trend.status;
trend.addEventListener('edu-select', (event) => {
  const { label, rows }: SelectDetail = (event as CustomEvent<SelectDetail>).detail;
  console.log(label, rows.length, status);
});
const data = document.createElement('edu-data');
data.append(gauge, trend);
document.body.append(data);

// The data layer.
const parsed = parseDataset('region,year,indicator,kind,value\\n东丽区,2023,普惠率,actual,88.4\\n');
if (parsed.ok) console.log(parsed.dataset.regions.length);
else console.log(parsed.problems[0]?.message['zh-CN']);

// The app's own Lit element and ECharts chart: one copy of each, shared with edu-progress.
class AppNote extends LitElement {
  override render() {
    return html\`<p>app</p>\`;
  }
}
customElements.define('app-note', AppNote);
use([BarChart, GridSimpleComponent, CanvasRenderer]);
const chart = init(document.body.appendChild(document.createElement('div')), null, { width: 300, height: 200 });
chart.setOption({ xAxis: { type: 'category', data: ['a'] }, yAxis: {}, series: [{ type: 'bar', data: [1] }] });
`;

const results = [];
const check = (name, problems) => {
  results.push({ name, problems });
  console.log(`${problems.length === 0 ? 'ok  ' : 'FAIL'} ${name}`);
  for (const problem of problems) console.log(`       ${problem}`);
};

/** Runs a command; its output, or a problem saying how it failed. */
function run(command, args, cwd) {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, npm_config_update_notifier: 'false' } });
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`.trim();
  return { ok: result.status === 0, output, problem: `${[command, ...args].join(' ')} exited ${result.status}:\n${output.split('\n').slice(-30).join('\n')}` };
}

const work = mkdtempSync(join(tmpdir(), 'edu-progress-package-'));
try {
  // 1. The tarball, as npm publish would make it.
  const packed = run('npm', ['pack', '--silent', '--pack-destination', work], root);
  const tarball = packed.ok ? join(work, packed.output.trim().split('\n').pop()) : undefined;
  check(`npm pack: ${tarball ? tarball.slice(work.length + 1) : 'no tarball'}`, packed.ok ? [] : [packed.problem]);
  if (!tarball) throw new Error('stop');

  // 2. The app: the tarball, and ECharts and Lit of its own in the ranges edu-progress asks for.
  const app = join(work, 'app');
  mkdirSync(join(app, 'src'), { recursive: true });
  const { echarts, lit } = pkg.dependencies;
  writeFileSync(
    join(app, 'package.json'),
    JSON.stringify({ name: 'edu-progress-package-check', private: true, type: 'module', dependencies: { 'edu-progress': `file:${tarball}`, echarts, lit } }, null, 2),
  );
  writeFileSync(
    join(app, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        target: 'ES2022',
        module: 'ESNext',
        moduleResolution: 'Bundler',
        lib: ['ES2022', 'DOM', 'DOM.Iterable'],
        strict: true,
        noEmit: true,
        skipLibCheck: false,
        useDefineForClassFields: false,
        types: [],
      },
      include: ['src'],
    }),
  );
  writeFileSync(join(app, 'index.html'), '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>app</title></head><body><script type="module" src="/src/main.ts"></script></body></html>\n');
  writeFileSync(join(app, 'src/main.ts'), APP_MAIN);
  const installed = run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'], app);
  check('npm install: the tarball, with lit, @lit/context, echarts and d3-dsv', installed.ok ? [] : [installed.problem]);
  if (!installed.ok) throw new Error('stop');

  // 3. Type-check, with this repository's TypeScript.
  const typed = run(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', app], app);
  check("tsc: import 'edu-progress' and 'edu-progress/gauge', the elements' properties and the data layer", typed.ok ? [] : [typed.problem]);

  // 4. Build, with this repository's Vite.
  const built = run(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'error'], app);
  check('vite build', built.ok ? [] : [built.problem]);
  if (!built.ok) throw new Error('stop');

  // 5. One copy of ECharts and of Lit in what Vite built; the parse worker a worker of the app's.
  const assets = join(app, 'dist/assets');
  const scripts = readdirSync(assets).filter((file) => file.endsWith('.js'));
  const code = scripts.map((file) => readFileSync(join(assets, file), 'utf8')).join('\n');
  const found = copies(code);
  check(
    `one copy each in the app's build: ${Object.entries(found).map(([name, n]) => `${name} ${n}`).join(', ')}`,
    Object.entries(found).filter(([, n]) => n !== 1).map(([name, n]) => `${n} copies of ${name}, not 1`),
  );
  // The markers must find what they look for: the library's own bundle holds one copy of each.
  const bundle = copies(readFileSync(join(root, 'dist/lib/edu-progress.js'), 'utf8'));
  check(
    'the markers find each package in dist/lib/edu-progress.js',
    Object.entries(bundle).filter(([, n]) => n !== 1).map(([name, n]) => `${n} copies of ${name} found in the bundle, not 1`),
  );
  const worker = scripts.find((file) => file.startsWith('parse-worker'));
  check(`the parse worker built as the app's: ${worker ?? 'none'}`, worker ? [] : [`no parse-worker*.js among ${scripts.join(', ')}`]);
} catch (error) {
  if (error.message !== 'stop') check('check-package', [error.stack ?? String(error)]);
} finally {
  rmSync(work, { recursive: true, force: true });
}

const failed = results.filter((r) => r.problems.length > 0).length;
console.log(`     ${Math.round((Date.now() - started) / 1000)} s in all`);
console.log(`${results.length - failed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
