// <edu-scorecard> and <edu-data> alone: dist/lib/edu-scorecard.js, `edu-progress/scorecard`.
// The scorecard always draws bars: here the bar chart and its builders come with the
// page, not on demand once the data has come, as they do for edu-progress.js.
import { defineChart } from './define.js';
import { EduData } from './elements/edu-data/edu-data.js';
import { EduScorecard } from './elements/edu-scorecard/edu-scorecard.js';
import * as bars from './elements/shared/echarts-bar.js';
import { providePart } from './elements/shared/echarts.js';

providePart('bar', bars);
defineChart('edu-scorecard', EduScorecard);

export { EduData, EduScorecard };
