import { describe, expect, it } from 'vitest';
import { isHiddenPoint, withHiddenEntries } from '../../src/charts/legend.js';
import { buildRadarModel, parseMeasure, radarSlice } from '../../src/charts/radar.js';
import { LIGHT_TOKENS as T } from '../../src/charts/tokens.js';
import { buildTrendModel, trendSlice } from '../../src/charts/trend.js';
import { ok, rowsDataset, selection, seriesOf, THEMES } from './helpers.js';

const DATA = rowsDataset([
  'A,2021,preschool,rate,%,actual,70,,higher,,,',
  'A,2022,preschool,rate,%,actual,75,,higher,,,',
  'A,2022,preschool,rate,%,target,80,,higher,,,',
  'B,2022,preschool,rate,%,actual,60,,higher,,,',
  'A,2022,teachers,tc,名,actual,9,,higher,,,',
  'A,2022,teachers,tc,名,target,10,,higher,,,',
  'B,2022,teachers,tc,名,actual,5,,higher,,,',
  'B,2022,teachers,tc,名,target,10,,higher,,,',
]);

describe('hiding legend entries', () => {
  const trend = buildTrendModel(ok(trendSlice(DATA, selection(['A', 'B'], 'rate'))), T, 'zh-CN');

  it('empties a hidden line and keeps every series in place, so points still refer to the right one', () => {
    const labels = trend.legend.map((e) => e.label);
    expect(labels).toEqual(['A · 目标', 'A · 实际', 'B · 实际']);
    const hidden = new Set([labels.indexOf('A · 实际')]);
    const series = seriesOf(withHiddenEntries(trend.option, trend.legend, hidden) as Record<string, unknown>);
    expect(series.map((s) => s.data)).toEqual([['-', 80], [], ['-', 60]]);
    // the model's own option is left as it was
    expect(seriesOf(trend.option)[1].data).toEqual([70, 75]);
    const shown = trend.points.filter((p) => !isHiddenPoint(p, trend.legend, hidden));
    expect(shown.map((p) => p.label)).toEqual(trend.points.filter((p) => p.seriesIndex !== 1).map((p) => p.label));
    expect(shown).toHaveLength(2);
  });

  it('leaves a hidden region out of a radar, as a shape without values', () => {
    const radar = buildRadarModel(ok(radarSlice(DATA, selection(['A', 'B'], undefined, 2022), parseMeasure('attainment'), THEMES, 'en')), T, 'en');
    expect(radar.legend.map((e) => [e.label, e.dataIndex])).toEqual([['A', 0], ['B', 1]]);
    const data = seriesOf(withHiddenEntries(radar.option, radar.legend, new Set([1])) as Record<string, unknown>)[0].data;
    expect(data[0].value).toEqual(seriesOf(radar.option)[0].data[0].value);
    expect(data[1].value.every((v: unknown) => v === '-')).toBe(true);
    expect(radar.points.map((p) => isHiddenPoint(p, radar.legend, new Set([1])))).toEqual([false, true]);
  });

  it('returns the option itself when nothing is hidden', () => {
    expect(withHiddenEntries(trend.option, trend.legend, new Set())).toBe(trend.option);
  });
});
