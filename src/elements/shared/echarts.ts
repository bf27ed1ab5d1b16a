// Only the ECharts parts the three views use, so the bundle stays small.
import { GaugeChart, LineChart, RadarChart } from 'echarts/charts';
import { GridComponent, RadarComponent } from 'echarts/components';
import { init, use, type ECharts } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

use([GaugeChart, LineChart, RadarChart, GridComponent, RadarComponent, CanvasRenderer]);

/**
 * Parts that only some charts ask for, fetched on first use so that other pages
 * never load them: the SVG renderer (renderer="svg", about 8 KiB gzipped) and
 * the decal patterns of ECharts' aria component (decals).
 */
export type OptionalPart = 'svg' | 'decals';

const importers: Record<OptionalPart, () => Promise<unknown>> = {
  svg: () => import('./echarts-svg.js'),
  decals: () => import('./echarts-decals.js'),
};

/** Per part: loading (its promise), loaded, or failed (offline, a blocked script: charts go on without it). */
const parts = new Map<OptionalPart, Promise<void> | 'loaded' | 'failed'>();

/** Whether a part is registered, so that an instance created now can use it. */
export function hasPart(part: OptionalPart): boolean {
  return parts.get(part) === 'loaded';
}

/**
 * Starts loading the parts not asked for before. Undefined when every one of
 * them has already loaded or failed to; otherwise a promise that they have.
 */
export function settleParts(wanted: readonly OptionalPart[]): Promise<void> | undefined {
  const pending = wanted.map((part) => {
    const state = parts.get(part) ?? load(part);
    return typeof state === 'string' ? undefined : state;
  });
  return pending.some(Boolean) ? Promise.all(pending).then(() => undefined) : undefined;
}

function load(part: OptionalPart): Promise<void> {
  const promise = importers[part]().then(
    () => void parts.set(part, 'loaded'),
    (error: unknown) => {
      parts.set(part, 'failed');
      console.warn(`edu-progress: could not load the ECharts ${part} part; drawing without it.`, error);
    },
  );
  parts.set(part, promise);
  return promise;
}

export { init, type ECharts };
