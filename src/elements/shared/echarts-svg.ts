// Loaded on demand by echarts.ts for renderer="svg".
import { SVGRenderer } from 'echarts/renderers';

export const extensions = [SVGRenderer];
