// What the engine under test can do for a test, where the three differ
// (test/browsers.mjs launches them; README, "Browser support", lists what runs where).
import { waitUntil } from './wait.js';
import { emulateMedia } from '@web/test-runner-commands';
import type { EduChartElement } from '../src/elements/shared/edu-chart-element.js';

export type Engine = 'chromium' | 'firefox' | 'webkit';

export const engine: Engine = /Firefox\//.test(navigator.userAgent) ? 'firefox' : /Chrome\//.test(navigator.userAgent) ? 'chromium' : 'webkit';

/** Emulating the reader's media preferences goes through the DevTools protocol, which only Chromium speaks. */
export const canEmulateMedia = engine === 'chromium';

/** Element.computedRole / computedName, what assistive technology is told: Chromium, with experimental web platform features. */
export const computesAccessibility = 'computedRole' in Element.prototype;

/** Asks for reduced motion where the engine can emulate it; elsewhere charts animate and tests wait for stillMarks. */
export async function preferReducedMotion(reduce: boolean): Promise<void> {
  if (canEmulateMedia) await emulateMedia({ reducedMotion: reduce ? 'reduce' : 'no-preference' });
}

/** Resolves once no animation of the chart is running: its marks are where the pointer will find them. */
export async function stillMarks(el: EduChartElement): Promise<void> {
  const animation = () => (el.echarts?.getZr() as unknown as { animation: { _head: unknown } } | undefined)?.animation;
  await waitUntil(() => animation() && !animation()!._head, 'the chart is still animating', { timeout: 5000 });
}
