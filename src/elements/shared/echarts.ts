// Only the ECharts parts the views use, so the bundles stay small: each chart
// element names its own series and components (echartsExtensions), registered
// before its first instance, so that a page loads those of its charts alone.
import { init, use, type ECharts } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import type * as BarPart from './echarts-bar.js';
import type * as DecalsPart from './echarts-decals.js';
import type * as LinePart from './echarts-line.js';
import type * as SvgPart from './echarts-svg.js';

/** One chart type, component or renderer of ECharts, as use() takes it. */
export type EChartsExtension = Exclude<Parameters<typeof use>[0], readonly unknown[]>;

/** Registers a chart's series and components, and the canvas renderer every chart draws with (use() skips what it has). */
export function register(extensions: readonly EChartsExtension[]): void {
  use([CanvasRenderer, ...extensions]);
}

/**
 * Parts that only some charts ask for, fetched on first use so that other pages
 * never load them: the SVG renderer (renderer="svg", about 8 KiB gzipped), the
 * decal patterns of ECharts' aria component (decals), the bar chart with the
 * scorecard's builders (<edu-scorecard>, about 10 KiB), and the line chart and
 * grid with the gauge's figure and bullet builders (<edu-gauge> without a dial).
 */
export type OptionalPart = 'svg' | 'decals' | 'bar' | 'line';

/** What each part's module gives: the ECharts extensions it registers, and builders that come with them. */
export interface PartModules {
  readonly svg: typeof SvgPart;
  readonly decals: typeof DecalsPart;
  readonly bar: typeof BarPart;
  readonly line: typeof LinePart;
}

const importers: { readonly [P in OptionalPart]: () => Promise<PartModules[P]> } = {
  svg: () => import('./echarts-svg.js'),
  decals: () => import('./echarts-decals.js'),
  bar: () => import('./echarts-bar.js'),
  line: () => import('./echarts-line.js'),
};

/** Per part: loading (its promise), loaded (its module), or failed (offline, a blocked script: a chart draws without it if it can). */
const parts = new Map<OptionalPart, Promise<void> | { readonly module: unknown } | 'failed'>();

/** Whether a part is registered, so that an instance created now can use it. */
export function hasPart(part: OptionalPart): boolean {
  return loadedPart(part) !== undefined;
}

/** A part's module once it has loaded, else undefined. */
export function loadedPart<P extends OptionalPart>(part: P): PartModules[P] | undefined {
  const state = parts.get(part);
  return typeof state === 'object' && 'module' in state ? (state.module as PartModules[P]) : undefined;
}

/**
 * Starts loading the parts not asked for before. Undefined when every one of
 * them has already loaded or failed to; otherwise a promise that they have.
 */
export function settleParts(wanted: readonly OptionalPart[]): Promise<void> | undefined {
  const pending = wanted.map((part) => {
    const state = parts.get(part) ?? load(part);
    return state instanceof Promise ? state : undefined;
  });
  return pending.some(Boolean) ? Promise.all(pending).then(() => undefined) : undefined;
}

/** Registers a part's module that an entry imports up front (the scorecard's bars in edu-scorecard.js). */
export function providePart<P extends OptionalPart>(part: P, module: PartModules[P]): void {
  use([...module.extensions]);
  parts.set(part, { module });
}

function load(part: OptionalPart): Promise<void> {
  const promise = importers[part]().then(
    (module) => providePart(part, module),
    (error: unknown) => {
      parts.set(part, 'failed');
      console.warn(`edu-progress: could not load the ECharts ${part} part.`, error);
    },
  );
  parts.set(part, promise);
  return promise;
}

export { init, type ECharts };
