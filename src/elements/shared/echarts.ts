// Only the ECharts parts the views use, so the bundle stays small.
import { GaugeChart, LineChart, RadarChart } from 'echarts/charts';
import { GridComponent, RadarComponent } from 'echarts/components';
import { init, use, type ECharts } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import type * as BarPart from './echarts-bar.js';

use([GaugeChart, LineChart, RadarChart, GridComponent, RadarComponent, CanvasRenderer]);

/**
 * Parts that only some charts ask for, fetched on first use so that other pages
 * never load them: the SVG renderer (renderer="svg", about 8 KiB gzipped), the
 * decal patterns of ECharts' aria component (decals), and the bar chart with
 * the scorecard's builders (<edu-scorecard>, about 10 KiB).
 */
export type OptionalPart = 'svg' | 'decals' | 'bar';

/** What each part's module gives besides registering its ECharts code. */
export interface PartModules {
  readonly svg: unknown;
  readonly decals: unknown;
  readonly bar: typeof BarPart;
}

const importers: { readonly [P in OptionalPart]: () => Promise<PartModules[P]> } = {
  svg: () => import('./echarts-svg.js'),
  decals: () => import('./echarts-decals.js'),
  bar: () => import('./echarts-bar.js'),
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

function load(part: OptionalPart): Promise<void> {
  const promise = importers[part]().then(
    (module) => void parts.set(part, { module }),
    (error: unknown) => {
      parts.set(part, 'failed');
      console.warn(`edu-progress: could not load the ECharts ${part} part.`, error);
    },
  );
  parts.set(part, promise);
  return promise;
}

export { init, type ECharts };
