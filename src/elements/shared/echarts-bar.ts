// Loaded on demand by echarts.ts for <edu-scorecard>, the one chart drawn in bars,
// with the scorecard's slice and builder, which no other chart uses.
import { BarChart } from 'echarts/charts';
import { GridSimpleComponent } from 'echarts/components';

// The grid without the axis pointer, as for <edu-trend>.
export const extensions = [BarChart, GridSimpleComponent];

export { buildScorecardModel, scorecardSlice } from '../../charts/scorecard.js';
