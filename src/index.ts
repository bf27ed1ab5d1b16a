// Registers every element once (define.ts). One chart's own entry (gauge.ts,
// trend.ts, radar.ts, scorecard.ts) registers that chart and <edu-data> only.
import { define } from './define.js';
import { EduData } from './elements/edu-data/edu-data.js';
import { EduGauge } from './elements/edu-gauge/edu-gauge.js';
import { EduRadar } from './elements/edu-radar/edu-radar.js';
import { EduScorecard } from './elements/edu-scorecard/edu-scorecard.js';
import { EduTrend } from './elements/edu-trend/edu-trend.js';

// The provider first, so charts upgraded inside it find it at once.
define('edu-data', EduData);
define('edu-gauge', EduGauge);
define('edu-trend', EduTrend);
define('edu-radar', EduRadar);
define('edu-scorecard', EduScorecard);

export { EduData, EduGauge, EduRadar, EduScorecard, EduTrend };
export * from './data/index.js';
export type { ChartFigure, ChartModel, ChartPoint, ChartTable } from './charts/model.js';
export type { GaugeVariant } from './elements/edu-gauge/edu-gauge.js';
export type { SelectDetail, ErrorDetail, ChartStatus } from './elements/shared/edu-chart-element.js';
