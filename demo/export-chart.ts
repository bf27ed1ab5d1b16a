import { LegendPlainComponent } from 'echarts/components';
import type { EChartsCoreOption } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import type { ChartModel } from '../src/charts/model.js';
import { init, register } from '../src/elements/shared/echarts.js';
import type { EduChartElement } from '../src/elements/shared/edu-chart-element.js';

// Exports draw in SVG whatever the chart uses, so the demo takes the renderer up front (and the canvas
// renderer, for PNG); on the page, the element's legend is HTML, and a saved image carries its own.
register([SVGRenderer, LegendPlainComponent]);

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

/** The chart's option for a file: still, with the legend drawn in under the chart. */
function fileOption(model: ChartModel): EChartsCoreOption {
  const option: EChartsCoreOption = { ...model.option, animation: false };
  if (model.legend.length === 0) return option;
  const grid = option['grid'] as Record<string, unknown> | undefined;
  return {
    ...option,
    legend: { show: true, bottom: 0, textStyle: (option['textStyle'] as object | undefined) ?? {} },
    // Room for the legend below the axis labels.
    ...(grid ? { grid: { ...grid, bottom: 48 } } : {}),
  };
}

/** Draws the element's chart again off screen, at the size it has on the page; undefined when it has nothing to show. */
function drawOffscreen<T>(element: EduChartElement, renderer: 'canvas' | 'svg', take: (chart: ReturnType<typeof init>) => T): T | undefined {
  const model = element.model;
  if (!model) return undefined;
  const box = element.shadowRoot?.querySelector('[part~="chart"]')?.getBoundingClientRect();
  const width = Math.round(box?.width || 640);
  const height = Math.round(box?.height || 360) + (model.legend.length > 0 ? 40 : 0);
  const chart =
    renderer === 'svg'
      ? init(null, null, { renderer: 'svg', ssr: true, width, height })
      : init(document.createElement('div'), null, { renderer: 'canvas', width, height });
  try {
    chart.setOption(fileOption(model));
    return take(chart);
  } finally {
    chart.dispose();
  }
}

/** The chart at twice its size. */
export function exportPng(element: EduChartElement, name: string): void {
  const background = getComputedStyle(element).backgroundColor;
  const url = drawOffscreen(element, 'canvas', (chart) =>
    chart.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: background === 'rgba(0, 0, 0, 0)' ? '#fff' : background }),
  );
  if (url !== undefined) download(name, url);
}

/** The chart as SVG, whatever renderer the element uses. */
export function exportSvg(element: EduChartElement, name: string): void {
  const svg = drawOffscreen(element, 'svg', (chart) => chart.renderToSVGString());
  if (svg !== undefined) downloadText(name, svg, 'image/svg+xml');
}
