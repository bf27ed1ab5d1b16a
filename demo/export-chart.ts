import { init } from '../src/elements/shared/echarts.js';
import type { EduChartElement } from '../src/elements/shared/edu-chart-element.js';

function download(name: string, url: string): void {
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
}

export function downloadText(name: string, text: string, type: string): void {
  // A BOM, so Excel in China opens the UTF-8 CSV with its Chinese intact.
  const url = URL.createObjectURL(new Blob([type === 'text/csv' ? '\uFEFF' + text : text], { type: `${type};charset=utf-8` }));
  download(name, url);
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** The chart as drawn, at twice its size; false when it has not been drawn yet (still off screen). */
export function exportPng(element: EduChartElement, name: string): boolean {
  const chart = element.echarts;
  if (!chart) return false;
  const background = getComputedStyle(element).backgroundColor;
  download(name, chart.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: background === 'rgba(0, 0, 0, 0)' ? '#fff' : background }));
  return true;
}

/** The chart's option drawn again as SVG, off screen, whatever renderer the element uses. */
export function exportSvg(element: EduChartElement, name: string): void {
  const model = element.model;
  if (!model) return;
  const box = element.shadowRoot?.querySelector('[part~="chart"]')?.getBoundingClientRect();
  const chart = init(null, null, { renderer: 'svg', ssr: true, width: Math.round(box?.width || 640), height: Math.round(box?.height || 360) });
  chart.setOption({ ...model.option, animation: false });
  const svg = chart.renderToSVGString();
  chart.dispose();
  downloadText(name, svg, 'image/svg+xml');
}
