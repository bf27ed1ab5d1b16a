import type { ChartTokens } from './tokens.js';

/** What every chart's option starts with: a transparent background, motion, decals and type from the tokens. */
export function baseOption(tokens: ChartTokens) {
  return {
    backgroundColor: 'transparent',
    animation: tokens.animation,
    // The element names the chart itself; ECharts' label would overwrite the container's role and name.
    aria: { enabled: true, label: { enabled: false }, decal: { show: tokens.decals } },
    textStyle: { fontFamily: tokens.fontFamily, fontSize: tokens.fontSize },
  };
}

/** Axis, legend and radar labels: a little smaller than the base size. */
export function labelStyle(tokens: ChartTokens) {
  return { color: tokens.text, fontSize: tokens.fontSize * 0.85, fontFamily: tokens.fontFamily };
}
