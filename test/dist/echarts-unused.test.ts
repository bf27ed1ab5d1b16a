import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { exportedNames, UNUSED } from '../../scripts/echarts-unused.mjs';

const require = createRequire(import.meta.url);
const source = (path: string) => readFileSync(require.resolve(path), 'utf8');

describe('echarts-unused', () => {
  it('stands in for modules that ECharts core loads, with the same exports', () => {
    const core = source('echarts/lib/core/echarts.js') + source('echarts/lib/core/locale.js') + source('echarts/lib/model/Series.js');
    for (const [path, { code, why }] of Object.entries(UNUSED)) {
      expect(why, path).not.toBe('');
      expect(core, `${path} is loaded by ECharts core`).toContain(path.replace(/^echarts\/lib\/[^/]+\//, '/'));
      expect(exportedNames(code), path).toEqual(exportedNames(source(path)));
    }
  });

  it('reads the export forms ECharts uses', () => {
    expect(exportedNames('export default theme;\nexport function a() {}\nexport var b = 1;\nexport { c, d as e };')).toEqual(['a', 'b', 'c', 'default', 'e']);
  });
});
