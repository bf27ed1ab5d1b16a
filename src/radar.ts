// <edu-radar> and <edu-data> alone: dist/lib/edu-radar.js, `edu-progress/radar`.
import { defineChart } from './define.js';
import { EduData } from './elements/edu-data/edu-data.js';
import { EduRadar } from './elements/edu-radar/edu-radar.js';

defineChart('edu-radar', EduRadar);

export { EduData, EduRadar };
