/**
 * Dataset text on the canvas: ECharts reads "{style|text}" in labels as rich-text
 * markup, so braces from a dataset are swapped for their full-width forms.
 * (Tooltips render as rich text too, never HTML: see tooltip.ts.)
 */
export function canvasText(text: string): string {
  return text.replace(/\{/g, '｛').replace(/\}/g, '｝');
}
