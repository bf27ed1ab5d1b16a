// <edu-trend> and <edu-data> alone: dist/lib/edu-trend.js, `edu-progress/trend`.
import { defineChart } from './define.js';
import { EduData } from './elements/edu-data/edu-data.js';
import { EduTrend } from './elements/edu-trend/edu-trend.js';

defineChart('edu-trend', EduTrend);

export { EduData, EduTrend };
