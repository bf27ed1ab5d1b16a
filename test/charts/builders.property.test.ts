import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildBulletModel } from '../../src/charts/bullet.js';
import { buildGaugeModel } from '../../src/charts/gauge.js';
import { buildRadarModel, parseMeasure, radarSlice } from '../../src/charts/radar.js';
import { buildScorecardModel, scorecardSlice } from '../../src/charts/scorecard.js';
import { gaugeSlice } from '../../src/charts/slices.js';
import { DARK_TOKENS, LIGHT_TOKENS } from '../../src/charts/tokens.js';
import { buildTrendModel, trendSlice } from '../../src/charts/trend.js';
import { parseDataset } from '../../src/data/index.js';
import { expectFiniteNumbers, THEMES } from './helpers.js';

// Fixed seed and bounded runs, as in the parser's property tests.
const RUNS = { seed: 20261123, numRuns: 150 };

/** Arbitrary but valid datasets: any mix of regions, indicators, years, kinds, values, ranges and directions. */
const row = fc.record({
  region: fc.constantFrom('东丽区', '鲤城区', 'A', '{x|y}', '<b>'),
  indicator: fc.constantFrom('rate', 'count', '工作条目数', '零事故'),
  unit: fc.constantFrom('%', '个', '', '万元'),
  theme: fc.constantFrom('', 'preschool', 'teachers', '自由主题'),
  year: fc.integer({ min: 2015, max: 2030 }),
  kind: fc.constantFrom('target', 'actual', 'baseline'),
  value: fc.oneof(fc.constant(0), fc.integer({ min: -100, max: 100 }), fc.double({ min: -1e9, max: 1e9, noNaN: true, noDefaultInfinity: true })),
  span: fc.option(fc.double({ min: 0, max: 1e6, noNaN: true, noDefaultInfinity: true }), { nil: undefined }),
  direction: fc.constantFrom('higher', 'lower', ''),
});

const datasets = fc.array(row, { minLength: 1, maxLength: 25 }).map((rows) => {
  const seen = new Set<string>();
  const lines = ['region,indicator,unit,theme,year,kind,value,value_max,direction'];
  for (const r of rows) {
    // One row per key: conflicting duplicates are the parser's business, not the builders'.
    const key = [r.region, r.indicator, r.year, r.kind, r.theme].join('|');
    if (seen.has(key)) continue;
    seen.add(key);
    const max = r.span === undefined ? '' : String(r.value + r.span);
    lines.push([r.region, r.indicator, r.unit, r.theme, r.year, r.kind, r.value, max, r.direction].map((c) => `"${c}"`).join(','));
  }
  const result = parseDataset(lines.join('\n'));
  if (!result.ok) throw new Error(JSON.stringify(result.problems.map((p) => p.message.en)));
  return result.dataset;
});

describe('option builders on arbitrary datasets', () => {
  it('never throw and never put NaN, Infinity or null into an option', () => {
    fc.assert(
      fc.property(datasets, fc.constantFrom(LIGHT_TOKENS, DARK_TOKENS), fc.constantFrom('zh-CN' as const, 'en' as const), (dataset, tokens, locale) => {
        for (const region of dataset.regions) {
          for (const indicator of dataset.indicators) {
            for (const year of [undefined, ...dataset.years]) {
              const selection = { regions: [region.key], indicator: indicator.key, year };
              const gauge = gaugeSlice(dataset, selection);
              if (gauge.ok) {
                expectFiniteNumbers(buildGaugeModel(gauge, tokens, locale).option);
                expectFiniteNumbers(buildBulletModel(gauge, tokens, locale).option);
              }
              const trend = trendSlice(dataset, { ...selection, regions: dataset.regions.map((r) => r.key) });
              if (trend.ok) expectFiniteNumbers(buildTrendModel(trend, tokens, locale).option);
            }
          }
        }
        for (const measure of ['attainment', 'targets', ...dataset.indicators.map((i) => `indicator:${i.key}`)]) {
          for (const year of [undefined, ...dataset.years]) {
            const radar = radarSlice(dataset, { regions: [], indicator: undefined, year }, parseMeasure(measure), THEMES, locale);
            if (radar.ok) expectFiniteNumbers(buildRadarModel(radar, tokens, locale).option);
          }
        }
        for (const theme of [undefined, ...dataset.themes]) {
          for (const year of [undefined, ...dataset.years]) {
            const scorecard = scorecardSlice(dataset, { regions: [], indicator: undefined, year }, theme, THEMES, locale);
            if (scorecard.ok) expectFiniteNumbers(buildScorecardModel(scorecard, tokens, locale).option);
          }
        }
        return true;
      }),
      RUNS,
    );
    expect(true).toBe(true);
    // Bounded by its runs, not by time: a busy CI machine must not fail it.
  }, 60_000);
});
