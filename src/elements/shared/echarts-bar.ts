// Loaded on demand by echarts.ts for <edu-scorecard>, the one chart drawn in bars,
// with the scorecard's slice and builder, which no other chart uses.
import { BarChart } from 'echarts/charts';
import { GridComponent } from 'echarts/components';

export const extensions = [BarChart, GridComponent];

export { buildScorecardModel, scorecardSlice } from '../../charts/scorecard.js';
