// Only the ECharts parts the three views use, so the bundle stays small.
import { GaugeChart, LineChart, RadarChart } from 'echarts/charts';
import {
  AriaComponent,
  GridComponent,
  LegendScrollComponent,
  RadarComponent,
  TooltipComponent,
} from 'echarts/components';
import { init, use, type ECharts } from 'echarts/core';
import { CanvasRenderer, SVGRenderer } from 'echarts/renderers';

use([
  GaugeChart,
  LineChart,
  RadarChart,
  AriaComponent,
  GridComponent,
  LegendScrollComponent,
  RadarComponent,
  TooltipComponent,
  CanvasRenderer,
  SVGRenderer,
]);

export { init, type ECharts };
