// Registers every element once: importing the package twice, or two copies of
// the bundle on one page, leaves the first definitions in place without an error.
import { ContextRoot } from '@lit/context';
import { EduData } from './elements/edu-data/edu-data.js';
import { EduGauge } from './elements/edu-gauge/edu-gauge.js';
import { EduRadar } from './elements/edu-radar/edu-radar.js';
import { EduScorecard } from './elements/edu-scorecard/edu-scorecard.js';
import { EduTrend } from './elements/edu-trend/edu-trend.js';

// The elements' dataset property (a Dataset) shadows HTMLElement's, hence the cast.
function define(name: string, element: new () => object): void {
  if (!customElements.get(name)) customElements.define(name, element as unknown as CustomElementConstructor);
}

// Lets a chart that asked for its dataset before <edu-data> was upgraded still find it.
const ROOT = Symbol.for('edu-progress/context-root');
const page = globalThis as { [ROOT]?: ContextRoot };
if (!page[ROOT]) {
  page[ROOT] = new ContextRoot();
  page[ROOT].attach(document.documentElement);
}

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
