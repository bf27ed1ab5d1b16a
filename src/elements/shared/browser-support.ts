/**
 * What a chart needs from the browser to draw, checked once as the library
 * loads. Without it, each chart shows its data table and one line saying that
 * it needs a newer browser, and never creates an ECharts instance.
 *
 * Not listed, for the charts draw without them: IntersectionObserver, which
 * orders their updates by distance from the viewport (without it every chart
 * updates and draws at once: viewport-priority.ts); ElementInternals, which
 * carries the host's role and name (else attributes do: host-aria.ts);
 * constructable stylesheets (Lit puts <style> elements in their place).
 * README, "Older browsers".
 */
const requiredToDraw = {
  // ECharts draws at the size its container has when created, and must be told of each change: without
  // an observer a chart would keep a stale size, and one created hidden (a closed tab) would never draw.
  ResizeObserver: typeof ResizeObserver === 'function',
};

const missing = Object.entries(requiredToDraw)
  .filter(([, present]) => !present)
  .map(([name]) => name);

/** Whether charts draw here; else each shows its data table. */
export const canDrawCharts = missing.length === 0;

if (!canDrawCharts) console.warn(`edu-progress: this browser lacks ${missing.join(', ')}: each chart shows its data table instead.`);
