// Parts of ECharts that its core always loads and the elements never use, left
// out of the bundles scripts/build-lib.mjs builds (dist/lib): each module below
// is replaced by a stand-in with the same exports. About 3 KiB gzipped on every
// page. The npm package's ES modules (dist/esm) leave ECharts as it is: an app
// that bundles them gets the whole of it.
//
// A new ECharts version whose module is gone, or exports other names, fails the
// build (and test/dist/echarts-unused.test.ts), so that a stand-in never hides
// something the new version needs.

/** Module (inside node_modules) -> why the elements never reach it, and its stand-in. */
export const UNUSED = {
  'echarts/lib/theme/dark.js': {
    why: "ECharts' dark theme: the elements create every instance without an ECharts theme and draw theme=\"dark\" in colours of their own",
    code: 'export default {};',
  },
  'echarts/lib/i18n/langZH.js': {
    why: "ECharts' Chinese texts (toolbox, aria descriptions, month names), which no chart shows: the elements write their own; its English ones stand in",
    code: "export { default } from './langEN.js';",
  },
  'echarts/lib/loading/default.js': {
    why: "ECharts' loading animation (showLoading): the elements show a loading state of their own",
    code: [
      "import Group from 'zrender/lib/graphic/Group.js';",
      'export default function defaultLoading() {',
      '  const group = new Group();',
      '  group.resize = function () {};',
      '  return group;',
      '}',
    ].join('\n'),
  },
  'echarts/lib/component/tooltip/seriesFormatTooltip.js': {
    why: "the text of a series' tooltip (SeriesModel.formatTooltip), which only ECharts' tooltip component shows: the elements register none and show tooltips of their own",
    code: 'export function defaultSeriesFormatTooltip() {\n  return null;\n}',
  },
  'echarts/lib/legacy/dataSelectAction.js': {
    why: "ECharts 4's selection events and actions of pie, map and geo charts, which the elements do not draw",
    code: 'export function createLegacyDataSelectAction() {}\nexport function handleLegacySelectEvents() {}',
  },
};

/** The names a module exports ('default' for its default export). */
export function exportedNames(code) {
  const names = new Set();
  for (const match of code.matchAll(/^export\s+(default\b|(?:async\s+)?function\*?\s+([\w$]+)|(?:const|let|var|class)\s+([\w$]+))/gm)) {
    names.add(match[1] === 'default' ? 'default' : (match[2] ?? match[3]));
  }
  for (const match of code.matchAll(/^export\s*\{([^}]*)\}/gm)) {
    for (const part of match[1].split(',')) {
      const name = part.trim().split(/\s+as\s+/).pop();
      if (name) names.add(name);
    }
  }
  return [...names].sort();
}

/** A module's path inside node_modules ('echarts/lib/theme/dark.js'), if it is listed above. */
function listed(id) {
  const at = id.lastIndexOf('/node_modules/');
  if (at < 0) return undefined;
  const path = id.slice(at + '/node_modules/'.length).split('?')[0];
  return path in UNUSED ? path : undefined;
}

/** For the library's Vite builds: loads each listed module's stand-in, once it has checked that both export the same names. */
export function echartsUnused() {
  return {
    name: 'edu-progress:echarts-unused',
    enforce: 'pre',
    async load(id) {
      const path = listed(id);
      if (!path) return undefined;
      const { readFile } = await import('node:fs/promises');
      const original = exportedNames(await readFile(id.split('?')[0], 'utf8'));
      const { code } = UNUSED[path];
      if (original.join() !== exportedNames(code).join()) {
        this.error(`echarts-unused: ${path} exports ${original.join(', ')}; its stand-in ${exportedNames(code).join(', ')}: check it against this ECharts version`);
      }
      return { code, map: null };
    },
  };
}
