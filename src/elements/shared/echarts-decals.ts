// Loaded on demand by echarts.ts for decals: ECharts draws its decal patterns in the aria component.
import { AriaComponent } from 'echarts/components';

export const extensions = [AriaComponent];
