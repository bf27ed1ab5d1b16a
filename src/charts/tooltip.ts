import type { ChartTokens } from './tokens.js';

/**
 * Tooltips drawn by ECharts itself (renderMode richText) rather than as HTML:
 * dataset text can never become markup, and no inline style is injected,
 * so a strict Content-Security-Policy page works too.
 */
export function tooltipBase(tokens: ChartTokens) {
  return {
    renderMode: 'richText',
    confine: true,
    backgroundColor: tokens.background,
    borderColor: tokens.muted,
    borderWidth: 1,
    padding: [6, 10],
    textStyle: { color: tokens.text, fontFamily: tokens.fontFamily, fontSize: tokens.fontSize * 0.9 },
  } as const;
}
