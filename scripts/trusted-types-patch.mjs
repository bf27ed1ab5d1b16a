// Trusted Types: a page whose policy says `require-trusted-types-for 'script'` lets
// no string reach an HTML sink. ECharts' renderer (zrender) empties its container with
// `innerHTML = ''` (or `= null`) when a chart starts and when it is cleared or disposed,
// so there the browser blocks it and the chart never draws. Emptying an element needs
// no HTML: this rewrites those statements to `replaceChildren()` wherever the library
// is bundled or served (vite.config.ts, scripts/build-lib.mjs,
// test/web-test-runner.config.mjs), so the library needs no policy but Lit's own.
// Any other HTML or script sink in an ECharts or zrender module fails the build
// unless it is listed with why the elements never reach it, so that an upgrade that
// moves or adds one cannot silently drop the protection.

/** The modules that empty an element through innerHTML, and how many such statements each holds. */
const CLEARS = {
  // When the painter starts, and in dispose().
  'zrender/lib/canvas/Painter.js': 2,
  // In clear() and in dispose().
  'zrender/lib/svg/Painter.js': 2,
};

/**
 * The other sinks in the ECharts modules a build loads (the barrels load every
 * component, most of them then shaken out), with how many each holds, and why
 * the elements never reach them.
 */
const UNREACHABLE = {
  // getConnectedDataURL(), for charts joined with echarts.connect(), which the elements never do.
  'echarts/lib/core/echarts.js': 1,
  // ECharts' HTML tooltip: the elements show their own, and register no TooltipComponent.
  'echarts/lib/component/tooltip/TooltipHTMLContent.js': 4,
  // The toolbox, which the elements do not register.
  'echarts/lib/component/toolbox/feature/DataView.js': 4,
  'echarts/lib/component/toolbox/feature/SaveAsImage.js': 1,
  // Maps (GeoJSON given as a string, SVG maps), which the elements do not register.
  'echarts/lib/coord/geo/GeoJSONResource.js': 1,
  'zrender/lib/tool/parseXML.js': 1,
};

/** One statement that empties an element through an HTML sink. */
const CLEAR = /\b([\w$.]+)\.innerHTML = (?:''|null);/g;

/** Assignments and calls that take HTML or script as a string. */
const SINK = /\.(?:inner|outer)HTML\s*=(?!=)|\.insertAdjacentHTML\(|\.parseFromString\(|\bdocument\.write|\.srcdoc\s*=|\bnew Function\(/g;

/** A module's path inside node_modules ('zrender/lib/svg/Painter.js'), if it is ECharts' or zrender's. */
function echartsModule(id) {
  const at = id.lastIndexOf('/node_modules/');
  if (at < 0) return undefined;
  const path = id.slice(at + '/node_modules/'.length).split('?')[0];
  return /^(?:echarts|zrender)\//.test(path) ? path : undefined;
}

/**
 * The module's code with its clearing statements rewritten, or undefined when it
 * needs no change. Throws when a module's sinks are not the ones this file expects.
 */
export function patchTrustedTypesSinks(code, id) {
  const path = echartsModule(id);
  if (!path) return undefined;
  const clears = CLEARS[path];
  if (clears !== undefined) {
    const found = code.match(CLEAR)?.length ?? 0;
    if (found !== clears) throw new Error(`trusted-types-patch: expected ${clears} innerHTML clears in ${path}, found ${found}; check the patch against this ECharts version`);
  }
  const patched = clears ? code.replace(CLEAR, '$1.replaceChildren();') : code;
  const left = patched.match(SINK)?.length ?? 0;
  const known = UNREACHABLE[path] ?? 0;
  if (left !== known) {
    throw new Error(`trusted-types-patch: ${path} has ${left} HTML or script sinks, not ${known}; patch them (CLEARS) or, if the elements cannot reach them, list them (UNREACHABLE)`);
  }
  return clears ? patched : undefined;
}

/** For Vite and Rolldown builds. */
export function trustedTypesPatch() {
  return {
    name: 'edu-progress:trusted-types-patch',
    transform(code, id) {
      const patched = patchTrustedTypesSinks(code, id);
      return patched === undefined ? undefined : { code: patched, map: null };
    },
  };
}

/** For the Web Test Runner's dev server, so that element tests run the code pages get. */
export function trustedTypesPatchForDevServer() {
  return {
    name: 'edu-progress:trusted-types-patch',
    transform(context) {
      if (typeof context.body !== 'string') return undefined;
      const patched = patchTrustedTypesSinks(context.body, context.path);
      return patched === undefined ? undefined : { body: patched };
    },
  };
}
