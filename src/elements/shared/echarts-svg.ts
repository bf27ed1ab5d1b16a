// Loaded on demand by echarts.ts for renderer="svg".
import { use } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

use(SVGRenderer);
