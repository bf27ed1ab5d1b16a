// Loaded on demand by echarts.ts for <edu-gauge>'s views other than the dial: the
// figure's spark line and the bullet's bar and marker are line series on a grid.
// With their builders and the views' styles, which a page of dials never needs.
import { LineChart } from 'echarts/charts';
import { GridSimpleComponent } from 'echarts/components';

// The grid without the axis pointer, as for <edu-trend>.
export const extensions = [LineChart, GridSimpleComponent];

export { buildBulletModel } from '../../charts/bullet.js';
export { buildGaugeModel } from '../../charts/gauge.js';
export { gaugeViewStyles } from '../edu-gauge/edu-gauge-views.styles.js';
