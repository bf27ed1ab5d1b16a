// Loaded on demand by echarts.ts for <edu-gauge>'s views other than the dial: the
// figure's spark line and the bullet's bar and marker are line series on a grid.
// With their builders, which a page of dials never needs.
import { LineChart } from 'echarts/charts';
import { GridComponent } from 'echarts/components';

export const extensions = [LineChart, GridComponent];

export { buildBulletModel } from '../../charts/bullet.js';
export { buildGaugeModel } from '../../charts/gauge.js';
