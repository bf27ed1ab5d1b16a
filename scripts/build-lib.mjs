// Builds the library into dist/lib (after `vite build` has built the demo site into dist/):
//   edu-progress.js              one ES module that registers every element, all dependencies bundled
//   edu-progress-svg.js,         parts of ECharts it imports on first use only (renderer="svg", decals,
//   edu-progress-decals.js,      <edu-scorecard>'s bars, <edu-gauge>'s figure and bullet lines),
//   edu-progress-bar.js,         relative to itself like the worker
//   edu-progress-line.js
//   edu-progress-worker-parse.js the page's side of the parse worker, imported with the first file of 2 MB or more
//   parse-worker.js              its parse worker, loaded relative to import.meta.url for files of 2 MB or more
//   edu-gauge.js, edu-trend.js,  one chart and <edu-data> each, for a page of one kind of chart: they share
//   edu-radar.js,                the code in chunks/ (a page with two of them loads it once), and what they
//   edu-scorecard.js             load on demand is in chunks/ too
//   edu-progress.iife.js         the same as a classic script (global EduProgress), parse worker inlined
//   embed-host.js                a classic script for pages that frame embed.html: sizes the frames
//   THIRD-PARTY-LICENSES.txt     the licences of the bundled packages
//   types/                       the type declarations (scripts/emit-esm.mjs, which also emits dist/esm:
//                                the unbundled ES modules of the npm package)
//   custom-elements.json         the Custom Elements Manifest (scripts/custom-elements-manifest.config.mjs)
// then checks what it built and prints the sizes.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { minify } from 'terser';
import { build } from 'vite';
import { echartsUnused } from './echarts-unused.mjs';
import { emitEsm } from './emit-esm.mjs';
import { minifyCssLiteralsPlugin } from './minify-css-literals.mjs';
import { trustedTypesPatch } from './trusted-types-patch.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = join(root, 'dist/lib');
const entry = join(root, 'src/index.ts');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const require = createRequire(import.meta.url);

const ES_FILE = 'edu-progress.js';
const IIFE_FILE = 'edu-progress.iife.js';
const WORKER_FILE = 'parse-worker.js';
/** The ES module's on-demand ECharts parts, from src/elements/shared/echarts-<part>.ts. */
const PART_FILES = ['edu-progress-bar.js', 'edu-progress-decals.js', 'edu-progress-line.js', 'edu-progress-svg.js'];
/** The data pack reader (src/data/pack.ts), loaded for a pack. */
const PACK_FILE = 'edu-progress-pack.js';
/** The page's side of the parse worker (src/data/worker-parse.ts), loaded with the first file of 2 MB or more. */
const WORKER_PARSE_FILE = 'edu-progress-worker-parse.js';
/** Every chunk the ES module imports on demand. */
const LAZY_FILES = [...PART_FILES, PACK_FILE, WORKER_PARSE_FILE].sort();
const IIFE_GLOBAL = 'EduProgress';
const EMBED_HOST_FILE = 'embed-host.js';
/** One chart's entry, for a page of that chart alone, and its source. */
const ELEMENT_ENTRIES = {
  'edu-gauge': join(root, 'src/gauge.ts'),
  'edu-trend': join(root, 'src/trend.ts'),
  'edu-radar': join(root, 'src/radar.ts'),
  'edu-scorecard': join(root, 'src/scorecard.ts'),
};
/** Where the element entries' shared and on-demand chunks go, beside them. */
const CHUNKS_DIR = 'chunks';
/**
 * What a page loads up front at most (its module and every chunk that imports statically, gzip -9):
 * with <edu-gauge> alone, and with every chart (edu-progress.js).
 */
const GOALS_KIB = { 'edu-gauge.js': 150, [ES_FILE]: 200 };

/** Bundled packages (name -> { version, license, dir }), gathered from every chunk for the banner and the licence file. */
const bundled = new Map();

function packageOf(moduleId) {
  const at = moduleId.lastIndexOf('/node_modules/');
  if (at < 0) return undefined;
  const parts = moduleId.slice(at + '/node_modules/'.length).split('/');
  const name = parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
  const dir = moduleId.slice(0, at + '/node_modules/'.length) + name;
  return { name, dir };
}

/** `/*! … *\/` naming edu-progress and the packages bundled in this chunk, added after minification. */
function licenseBanner(chunk) {
  const names = new Set();
  for (const id of chunk.moduleIds) {
    const found = packageOf(id);
    if (!found) continue;
    if (!bundled.has(found.name)) {
      const meta = JSON.parse(readFileSync(join(found.dir, 'package.json'), 'utf8'));
      bundled.set(found.name, { version: meta.version, license: meta.license ?? 'see package', dir: found.dir });
    }
    names.add(found.name);
  }
  const list = [...names].sort().map((name) => `${name}@${bundled.get(name).version} (${bundled.get(name).license})`);
  if (list.length === 0) return `/*! ${pkg.name} ${pkg.version} (${pkg.license}) */`;
  return `/*! ${pkg.name} ${pkg.version} (${pkg.license}). Bundles ${list.join(', ')}: see THIRD-PARTY-LICENSES.txt */`;
}

function writeLicenses() {
  const sections = [...bundled.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([name, { version, license, dir }]) => {
    const file = ['LICENSE', 'LICENSE.md', 'LICENSE.txt', 'license', 'LICENCE'].map((f) => join(dir, f)).find((f) => existsSync(f));
    const text = file ? readFileSync(file, 'utf8').trim() : `(no licence file in the package; package.json says ${license})`;
    // Apache-2.0 asks for the NOTICE too.
    const notice = ['NOTICE', 'NOTICE.md', 'NOTICE.txt'].map((f) => join(dir, f)).find((f) => existsSync(f));
    const noticeText = notice ? `\n\n${readFileSync(notice, 'utf8').trim()}` : '';
    return `${name} ${version} (${license})\n${'-'.repeat(72)}\n${text}${noticeText}\n`;
  });
  const head = `The files in this folder bundle the following packages, under their own licences.\n\n`;
  writeFileSync(join(outDir, 'THIRD-PARTY-LICENSES.txt'), head + sections.join('\n'));
}

/**
 * The IIFE's parse worker. A classic script has no import.meta.url to find a
 * worker file by, and document.currentScript is gone by the time a large file
 * needs the worker. So the worker the ES build made is inlined and started from
 * a blob: URL: the script stays one file that works from any folder or origin.
 * Where a Content Security Policy forbids blob: workers, the Worker fails to
 * start and the loader parses on the main thread, as it always does then.
 */
function inlineParseWorker(workerFile) {
  const SPECIFIER = 'edu-progress:parse-worker-url';
  const VIRTUAL = `\0${SPECIFIER}`;
  const pattern = /new\s+URL\(\s*(['"`])\.\/parse-worker\.ts\1\s*,\s*import\.meta\.url\s*\)/g;
  return {
    name: 'edu-progress:inline-parse-worker',
    enforce: 'pre',
    resolveId(source) {
      return source === SPECIFIER ? VIRTUAL : undefined;
    },
    load(id) {
      if (id !== VIRTUAL) return undefined;
      const code = readFileSync(workerFile, 'utf8');
      return [
        `const code = ${JSON.stringify(code)};`,
        'let url;',
        'export default function parseWorkerUrl() {',
        "  return (url ??= URL.createObjectURL(new Blob([code], { type: 'text/javascript' })));",
        '}',
      ].join('\n');
    },
    transform(code, id) {
      if (!id.endsWith('/src/data/worker-parse.ts')) return undefined;
      const found = code.match(pattern)?.length ?? 0;
      if (found !== 1) this.error(`expected one new URL('./parse-worker.ts', import.meta.url) in src/data/worker-parse.ts, found ${found}`);
      return { code: `import parseWorkerUrl from '${SPECIFIER}';\n${code.replace(pattern, 'parseWorkerUrl()')}`, map: null };
    },
  };
}

/** The library's own modules that import others on demand, with what each imports so. */
const ON_DEMAND_IMPORTS = {
  // The ECharts parts: the SVG renderer, decals, the scorecard's bars, the gauge's lines.
  'src/elements/shared/echarts.ts': ['./echarts-svg.js', './echarts-decals.js', './echarts-bar.js', './echarts-line.js'],
  // The problems' messages, for a file that has problems; the JSON reader, for a JSON file; the parse
  // worker's side, for files of 2 MB or more.
  'src/data/loader.ts': ['../i18n/problem-messages.js', './read-json.js', './worker-parse.js'],
  // The theme table's reader, for a themes-src; the pack reader, for a data pack (a chart's part of it, or <edu-data>'s manifest).
  'src/elements/shared/dataset-loader.ts': ['../../data/themes.js', '../../data/pack.js'],
};
/** Those edu-progress.js imports up front: it exports them anyway (the data layer's parseDataset and parseThemes). */
const ES_STATIC_IMPORTS = {
  'src/data/loader.ts': ['../i18n/problem-messages.js', './read-json.js'],
  'src/elements/shared/dataset-loader.ts': ['../../data/themes.js'],
};

/**
 * On-demand modules imported up front. The IIFE's, all of them: a classic script cannot load chunks
 * of its own, and inlined dynamic imports cost more (about 6 KiB gzipped, from lazily initialised
 * module wrappers) than importing the parts up front. Those of the ES module that it exports anyway
 * (`imports`): it would import itself for them. Any other import() in the library fails the build
 * until it is listed above.
 */
function staticOnDemandImports(imports = ON_DEMAND_IMPORTS) {
  // Not `typeof import(…)`, a type.
  const pattern = /(?<!typeof\s*)import\((['"`])(\.{1,2}\/[\w./-]+\.js)\1\)/g;
  const seen = new Set();
  return {
    name: 'edu-progress:static-on-demand-imports',
    enforce: 'pre',
    transform(code, id) {
      if (!id.startsWith(join(root, 'src/'))) return undefined;
      const file = relative(root, id);
      const found = [...new Set([...code.matchAll(pattern)].map((m) => m[2]))];
      const listed = ON_DEMAND_IMPORTS[file] ?? [];
      if (found.join() !== listed.join()) this.error(`${file} imports on demand ${found.join(', ') || 'nothing'}; build-lib.mjs lists ${listed.join(', ') || 'nothing'}`);
      const made = imports[file] ?? [];
      if (made.length === 0) return undefined;
      seen.add(file);
      // Each import() resolves to its module, as it would in the ES build (the scorecard's builders come that way).
      const statements = made.map((specifier, i) => `import * as onDemand${i} from '${specifier}';`).join('\n');
      const replaced = code.replace(pattern, (call, _quote, specifier) => (made.includes(specifier) ? `Promise.resolve(onDemand${made.indexOf(specifier)})` : call));
      return { code: `${statements}\n${replaced}`, map: null };
    },
    buildEnd() {
      const missed = Object.keys(imports).filter((file) => !seen.has(file));
      if (missed.length > 0) this.error(`no import() found in ${missed.join(', ')}`);
    },
  };
}

/**
 * A second minification, by terser, of what Rolldown's minifier made: its
 * extra compress passes take about 3 KiB gzipped more off edu-progress.js,
 * which the size budget needs. Licence comments (/*!) stay.
 */
function terserPass(format) {
  return {
    name: 'edu-progress:terser-pass',
    async generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        const result = await minify(chunk.code, {
          module: format === 'es',
          compress: { passes: 2 },
          // The IIFE's top level is the EduProgress global, which must keep its name.
          mangle: { toplevel: format === 'es' },
          format: { comments: /^!/ },
        });
        chunk.code = result.code;
      }
    },
  };
}

/**
 * Vite settings shared by every bundle; no vite.config.ts, so the site's plugins stay out.
 * entries: the entries by name (each file is its name with .js), for the element entries; else entryFile to fileName.
 * partOnly: the modules only the on-demand parts use (see partModules); every other one goes into the entry.
 * groups: chunks of modules chosen by hand (see elementGroups).
 * A first pass (first) writes nothing and skips the terser pass.
 */
function libConfig({ format, fileName, entries, plugins = [], entryFile = entry, partOnly, groups, first = false }) {
  return {
    configFile: false,
    root,
    base: './',
    publicDir: false,
    mode: 'production',
    logLevel: 'warn',
    // Lib mode leaves process.env alone; ECharts reads NODE_ENV, and "production" drops its dev-only checks and warnings.
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    // ECharts' renderer empties its container without HTML, for pages that enforce Trusted Types; the
    // parts of ECharts the elements never use stay out; their styles go without comments and indentation.
    plugins: [
      echartsUnused(),
      trustedTypesPatch(),
      minifyCssLiteralsPlugin(join(root, 'src/')),
      ...plugins,
      ...(first ? [] : [terserPass(format)]),
    ],
    worker: {
      format: 'es',
      rolldownOptions: { output: { entryFileNames: '[name].js', postBanner: licenseBanner } },
    },
    build: {
      outDir,
      write: !first,
      emptyOutDir: false,
      // ES2021 syntax: at es2022 the output's only newer syntax was class static blocks (the elements'
      // static fields), which alone kept out Safari before 16.4 (iPhones on iOS 15) and Chromium before 94
      // (older in-app browsers). README, "Older browsers", gives the versions this sets.
      target: 'es2021',
      copyPublicDir: false,
      reportCompressedSize: false,
      lib: { entry: entries ?? entryFile, formats: [format], name: IIFE_GLOBAL, fileName: (_format, name) => (entries ? `${name}.js` : fileName) },
      // Lib mode keeps whitespace in ES output by default; this is the file pages load, so minify it all.
      rolldownOptions: {
        // Lets the on-demand chunks import shared ECharts code from edu-progress.js itself; with lib mode's
        // 'strict', that code went to a third chunk that every page would have loaded up front. The element
        // entries keep to what they export: what they share goes to chunks that any of them can load.
        preserveEntrySignatures: entries ? 'strict' : 'allow-extension',
        output: {
          minify: true,
          postBanner: licenseBanner,
          chunkFileNames: entries ? `${CHUNKS_DIR}/[name]-[hash].js` : (chunk) => `edu-progress-${chunk.name.replace(/^echarts-/, '')}.js`,
          ...(partOnly && { codeSplitting: { groups: [{ name: ES_FILE.replace(/\.js$/, ''), test: (id) => !partOnly.has(id) }] } }),
          ...(groups && { codeSplitting: { groups } }),
        },
      },
    },
  };
}

function outputsOf(result) {
  return (Array.isArray(result) ? result : [result]).flatMap((r) => r.output);
}

/** A file and every chunk it imports up front: what a page that loads it downloads before any chart asks for more. */
function staticClosure(chunks, file, found = new Set()) {
  if (found.has(file)) return found;
  found.add(file);
  for (const imported of chunks.get(file).imports) staticClosure(chunks, imported, found);
  return found;
}

/** Code the pages of two or more charts load up front, and no more than this (bytes of source), goes into core. */
const SMALL_SHARED = 2048;

/**
 * The chunks of the element entries, from a first build left to Rolldown's own
 * splitting, which gives a chunk to each set of pages (and on-demand parts) that
 * share code: a gauge's page loaded nine files, six of them what every page
 * loads, split up only by which on-demand parts share it, and three of a few
 * hundred bytes that it shared with one other chart. One chunk, core, now holds
 * what every chart's page loads up front, and the code that two or more pages
 * load up front where it comes to less than SMALL_SHARED; what only some pages
 * load, and more than that (the axes that the trend and the scorecard draw),
 * stays in chunks of its own.
 */
async function elementGroups() {
  const first = outputsOf(await build(libConfig({ format: 'es', entries: ELEMENT_ENTRIES, first: true })));
  const chunks = new Map(first.filter((o) => o.type === 'chunk').map((o) => [o.fileName, o]));
  const pages = new Map();
  for (const name of Object.keys(ELEMENT_ENTRIES)) {
    for (const file of staticClosure(chunks, `${name}.js`)) for (const id of chunks.get(file).moduleIds) pages.set(id, [...(pages.get(id) ?? []), name]);
  }
  const size = new Map(first.filter((o) => o.type === 'chunk').flatMap((o) => Object.entries(o.modules).map(([id, m]) => [id, m.renderedLength])));
  const shared = new Map();
  for (const [id, names] of pages) if (names.length > 1) shared.set(names.join(), (shared.get(names.join()) ?? 0) + (size.get(id) ?? 0));
  const all = Object.keys(ELEMENT_ENTRIES).join();
  const core = (id) => {
    const key = pages.get(id)?.join();
    return key === all || (key !== undefined && key.includes(',') && shared.get(key) < SMALL_SHARED);
  };
  return [{ name: 'core', test: core }];
}

/**
 * The modules only the ES module's on-demand parts use, from a first build left
 * to Rolldown's own splitting. Left to itself, Rolldown moves the ECharts code
 * the parts share with the page into a chunk of its own, which every page then
 * loads up front too, as soon as one part needs page code that the others do
 * not (the bar chart needs the axes, the SVG renderer and decals do not). The
 * second build keeps every module but these in edu-progress.js.
 */
async function partModules() {
  const first = outputsOf(await build(libConfig({ format: 'es', fileName: ES_FILE, plugins: [staticOnDemandImports(ES_STATIC_IMPORTS)], first: true })));
  return new Set(first.filter((o) => o.type === 'chunk' && o.isDynamicEntry).flatMap((o) => o.moduleIds));
}

function fail(message) {
  console.error(`build-lib: ${message}`);
  process.exit(1);
}

/** What must never be in a bundle: a leftover process.env (a ReferenceError in browsers) or Lit's development build. */
function checkBundleText(file) {
  const text = readFileSync(join(outDir, file), 'utf8');
  if (text.includes('process.env')) fail(`${file} still reads process.env`);
  if (text.includes('Lit is in dev mode')) fail(`${file} bundles Lit's development build`);
  return text;
}

rmSync(outDir, { recursive: true, force: true });

// 1. The ES module, and its worker next to it.
const es = outputsOf(
  await build(libConfig({ format: 'es', fileName: ES_FILE, plugins: [staticOnDemandImports(ES_STATIC_IMPORTS)], partOnly: await partModules() })),
);
const esChunk = es.find((o) => o.type === 'chunk' && o.fileName === ES_FILE);
if (!esChunk) fail(`no ${ES_FILE} in the ES build`);
const esOthers = es.filter((o) => o.type === 'chunk' && o !== esChunk && o.fileName !== WORKER_FILE).map((o) => o.fileName).sort();
if (esOthers.join() !== LAZY_FILES.join()) fail(`the ES build made chunks ${esOthers.join(', ')}; expected ${LAZY_FILES.join(', ')}`);
if (esChunk.imports.length > 0) fail(`${ES_FILE} imports ${esChunk.imports.join(', ')} up front`);
if ([...esChunk.dynamicImports].sort().join() !== LAZY_FILES.join()) fail(`${ES_FILE} imports on demand ${esChunk.dynamicImports.join(', ')}`);
if (!es.some((o) => o.fileName === WORKER_FILE)) fail(`the ES build emitted no ${WORKER_FILE}`);
checkBundleText(ES_FILE);
const workerParseText = checkBundleText(WORKER_PARSE_FILE);
if (!workerParseText.includes(`"${WORKER_FILE}"`) && !workerParseText.includes(`\`${WORKER_FILE}\``)) fail(`${WORKER_PARSE_FILE} does not load ${WORKER_FILE}`);
checkBundleText(WORKER_FILE);

// 2. One entry per chart, sharing chunks; its parse worker is the same file as the ES module's.
const workerBytes = readFileSync(join(outDir, WORKER_FILE));
const elements = outputsOf(await build(libConfig({ format: 'es', entries: ELEMENT_ENTRIES, groups: await elementGroups() })));
if (!readFileSync(join(outDir, WORKER_FILE)).equals(workerBytes)) fail(`the element entries' ${WORKER_FILE} differs from ${ES_FILE}'s`);
const elementChunks = new Map(elements.filter((o) => o.type === 'chunk' && o.fileName !== WORKER_FILE).map((o) => [o.fileName, o]));
for (const [name, source] of Object.entries(ELEMENT_ENTRIES)) {
  const file = `${name}.js`;
  if (!elementChunks.get(file)?.isEntry) fail(`the element build emitted no ${file} for ${relative(root, source)}`);
  checkBundleText(file);
}
for (const file of elementChunks.keys()) {
  if (!file.startsWith(`${CHUNKS_DIR}/`) && !(file.replace(/\.js$/, '') in ELEMENT_ENTRIES)) fail(`the element build made ${file} outside ${CHUNKS_DIR}/`);
}

/**
 * What a page of one chart must not load up front: the other charts' ECharts series and builders,
 * and what every page loads only when asked (the problems' messages, the JSON reader, the parse
 * worker's side, the pack reader, the theme table's reader but on the radar and the scorecard,
 * whose axes and bars are named by it).
 */
const ON_DEMAND = /\/src\/(i18n\/problem-messages|data\/(worker-parse|read-json|json-error|pack|pack-manifest|rebuild))\.ts$/;
const NOT_UP_FRONT = {
  'edu-gauge': /\/echarts\/lib\/(chart\/(line|radar|bar)|component\/(grid|radar)|coord\/(cartesian|radar))\/|\/src\/(charts\/(trend|radar|scorecard|bullet|figure)|data\/themes)\.ts$|\/d3-dsv\//,
  'edu-trend': /\/echarts\/lib\/(chart\/(gauge|radar|bar)|component\/radar|coord\/radar)\/|\/src\/(charts\/(dial|radar|scorecard|bullet|figure)|data\/themes)\.ts$|\/d3-dsv\//,
  'edu-radar': /\/echarts\/lib\/(chart\/(gauge|line|bar)|component\/grid|coord\/cartesian)\/|\/src\/charts\/(dial|trend|scorecard|bullet|figure)\.ts$/,
  'edu-scorecard': /\/echarts\/lib\/(chart\/(gauge|line|radar)|component\/radar|coord\/radar)\/|\/src\/charts\/(dial|trend|radar|bullet|figure)\.ts$/,
};
for (const [name, pattern] of Object.entries(NOT_UP_FRONT)) {
  const modules = [...staticClosure(elementChunks, `${name}.js`)].flatMap((file) => elementChunks.get(file).moduleIds);
  const strays = modules.filter((id) => pattern.test(id) || ON_DEMAND.test(id)).map((id) => relative(root, id));
  if (strays.length > 0) fail(`${name}.js loads up front what it should not: ${strays.join(', ')}`);
}

// 3. The classic script, with the worker inlined.
const iife = outputsOf(
  await build(libConfig({ format: 'iife', fileName: IIFE_FILE, plugins: [inlineParseWorker(join(outDir, WORKER_FILE)), staticOnDemandImports()] })),
);
const iifeExtra = iife.filter((o) => o.fileName !== IIFE_FILE);
if (iifeExtra.length > 0) fail(`the IIFE build also emitted ${iifeExtra.map((o) => o.fileName).join(', ')}`);
const iifeText = checkBundleText(IIFE_FILE);
if (iifeText.includes('import.meta')) fail(`${IIFE_FILE} uses import.meta`);
if (iifeText.includes(WORKER_FILE)) fail(`${IIFE_FILE} refers to ${WORKER_FILE} instead of inlining it`);

// 4. The embed host script: no imports, no global.
await build(libConfig({ format: 'iife', fileName: EMBED_HOST_FILE, entryFile: join(root, 'demo/embed-host.ts') }));
const embedHostText = checkBundleText(EMBED_HOST_FILE);
if (embedHostText.includes(IIFE_GLOBAL)) fail(`${EMBED_HOST_FILE} defines a global`);

writeLicenses();

// 5. The unbundled ES modules of the npm package (dist/esm) and the type declarations.
try {
  emitEsm();
} catch (error) {
  fail(`dist/esm and the type declarations:\n${error.message}`);
}
if (!existsSync(join(root, pkg.types))) fail(`package.json "types" names ${pkg.types}, which was not emitted`);

// 6. The Custom Elements Manifest.
const analyzer = spawnSync(
  process.execPath,
  [
    require.resolve('@custom-elements-manifest/analyzer/cem.js'),
    'analyze',
    '--litelement',
    '--quiet',
    '--config',
    'scripts/custom-elements-manifest.config.mjs',
  ],
  { cwd: root, stdio: 'inherit' },
);
if (analyzer.status !== 0) fail('the Custom Elements Manifest analyzer failed');
checkManifest(JSON.parse(readFileSync(join(outDir, 'custom-elements.json'), 'utf8')));

/** Every file package.json's exports name (but the patterns, subpath/*), from its conditions too. */
const exported = (target) => (typeof target === 'string' ? [target] : Object.values(target).flatMap(exported));
for (const [subpath, target] of Object.entries(pkg.exports)) {
  for (const file of exported(target)) if (!file.includes('*') && !existsSync(join(root, file))) fail(`package.json exports ${subpath} as ${file}, which was not built`);
}

/** Every tag with what the README promises, inherited members included. */
function checkManifest(manifest) {
  const declarations = manifest.modules.flatMap((m) => m.declarations ?? []);
  const tag = (name) => declarations.find((d) => d.tagName === name) ?? fail(`custom-elements.json has no <${name}>`);
  const names = (list) => new Set((list ?? []).map((x) => x.name));
  const expect = (what, have, wanted) => {
    const missing = wanted.filter((w) => !have.has(w));
    if (missing.length > 0) fail(`custom-elements.json: ${what} lacks ${missing.join(', ')}`);
  };
  const data = tag('edu-data');
  expect('<edu-data> attributes', names(data.attributes), ['src', 'themes-src', 'status']);
  expect('<edu-data> members', names(data.members), ['dataset', 'problems', 'problemCount', 'retry']);
  expect('<edu-data> events', names(data.events), ['edu-ready', 'edu-error']);
  const chartAttributes = ['src', 'themes-src', 'region', 'indicator', 'year', 'lang', 'renderer', 'theme', 'decals', 'status'];
  const ownAttributes = { 'edu-radar': ['measure'], 'edu-gauge': ['variant'], 'edu-scorecard': ['theme-filter'] };
  const colourProperties = {
    'edu-scorecard': ['--edu-color-met', '--edu-color-near', '--edu-color-not-met', '--edu-color-in-progress', '--edu-color-not-reported'],
  };
  for (const name of ['edu-gauge', 'edu-trend', 'edu-radar', 'edu-scorecard']) {
    const chart = tag(name);
    expect(`<${name}> attributes`, names(chart.attributes), [...chartAttributes, ...(ownAttributes[name] ?? [])]);
    expect(`<${name}> members`, names(chart.members), ['dataset', 'echarts', 'model', 'problems']);
    expect(`<${name}> events`, names(chart.events), ['edu-ready', 'edu-error', 'edu-select']);
    const ownParts = name === 'edu-gauge' ? ['figure', 'label'] : [];
    expect(`<${name}> css parts`, names(chart.cssParts), ['base', 'chart', 'caption', 'toggle', 'table', 'status', 'retry', ...ownParts]);
    expect(`<${name}> css properties`, names(chart.cssProperties), [...(colourProperties[name] ?? ['--edu-color-actual']), '--edu-chart-height', '--edu-focus-color']);
    const internal = (chart.attributes ?? []).filter((a) => /^[a-z]+[A-Z]/.test(a.name) || a.name === 'role');
    if (internal.length > 0) fail(`custom-elements.json: <${name}> lists internal attributes ${internal.map((a) => a.name).join(', ')}`);
    if (names(chart.events).has('name')) fail(`custom-elements.json: <${name}> lists an event called "name"`);
  }
}

// 7. Sizes: what a page downloads, gzipped as a server at its best would (zlib's level 9, as `gzip -9`).
const gzipped = (file) => gzipSync(readFileSync(join(outDir, file)), { level: 9 }).length;
const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;
const listed = [ES_FILE, ...LAZY_FILES, WORKER_FILE, IIFE_FILE, EMBED_HOST_FILE, ...Object.keys(ELEMENT_ENTRIES).map((name) => `${name}.js`)];
console.log(`\n${relative(root, outDir)}/`);
for (const file of listed) console.log(`  ${file.padEnd(29)} ${kib(readFileSync(join(outDir, file)).length).padStart(10)}   gzip ${kib(gzipped(file)).padStart(10)}`);
const shared = [...elementChunks.keys()].filter((file) => file.startsWith(`${CHUNKS_DIR}/`));
console.log(`  ${`${CHUNKS_DIR}/ (${shared.length} files)`.padEnd(29)} ${kib(shared.reduce((sum, file) => sum + readFileSync(join(outDir, file)).length, 0)).padStart(10)}   gzip ${kib(shared.reduce((sum, file) => sum + gzipped(file), 0)).padStart(10)}`);
console.log(`  types/, custom-elements.json, THIRD-PARTY-LICENSES.txt`);

const esChunks = new Map(es.filter((o) => o.type === 'chunk').map((o) => [o.fileName, o]));
const pages = [
  ['every chart', ES_FILE, esChunks],
  ...Object.keys(ELEMENT_ENTRIES).map((name) => [`<${name}> alone`, `${name}.js`, elementChunks]),
];
console.log(`  a page, up front (its module and the chunks that imports, gzip -9):`);
const over = [];
for (const [page, file, chunks] of pages) {
  const files = [...staticClosure(chunks, file)];
  const total = files.reduce((sum, f) => sum + gzipped(f), 0);
  const goal = GOALS_KIB[file];
  const verdict = goal === undefined ? '' : `, ${total <= goal * 1024 ? 'within' : 'OVER'} the ${goal} KiB goal`;
  if (goal !== undefined && total > goal * 1024) over.push(`${page} (${file}) loads ${kib(total)} up front, over ${goal} KiB`);
  console.log(`    ${page.padEnd(22)} ${kib(total).padStart(10)} in ${String(files.length).padStart(2)} file${files.length === 1 ? '' : 's'}  ${file}${verdict}`);
}
console.log(
  `    on demand only: the parse worker for files of 2 MB or more, the problems' messages, the JSON reader, the theme table's reader, the pack reader for data packs, and the ECharts parts for <edu-scorecard> (in edu-progress.js), decals, a gauge's figure or bullet and renderer="svg"`,
);
if (over.length > 0) fail(`size goal missed: ${over.join('; ')}`);
