// Loaded on demand by echarts.ts for <edu-scorecard>, the one chart drawn in bars,
// with the scorecard's slice and builder, which no other chart uses.
import { BarChart } from 'echarts/charts';
import { use } from 'echarts/core';

use(BarChart);

export { buildScorecardModel, scorecardSlice } from '../../charts/scorecard.js';
