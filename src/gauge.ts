// <edu-gauge> and <edu-data> alone: dist/lib/edu-gauge.js, `edu-progress/gauge`.
import { defineChart } from './define.js';
import { EduData } from './elements/edu-data/edu-data.js';
import { EduGauge } from './elements/edu-gauge/edu-gauge.js';

defineChart('edu-gauge', EduGauge);

export { EduData, EduGauge };
export type { GaugeVariant } from './elements/edu-gauge/edu-gauge.js';
