import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { buildBulletModel } from '../../src/charts/bullet.js';
import { formatNumber } from '../../src/charts/format.js';
import { buildGaugeModel } from '../../src/charts/gauge.js';
import { buildRadarModel, parseMeasure, radarSlice } from '../../src/charts/radar.js';
import { buildScorecardModel, scorecardSlice } from '../../src/charts/scorecard.js';
import { gaugeSlice } from '../../src/charts/slices.js';
import { LIGHT_TOKENS } from '../../src/charts/tokens.js';
import { buildTrendModel, trendSlice } from '../../src/charts/trend.js';
import { bundled, LOCALES, THEMES } from './helpers.js';

describe('the charts of the bundled dataset', () => {
  it('are written without an Intl.NumberFormat, whose locale data a page would load first', () => {
    const made = vi.spyOn(Intl, 'NumberFormat');
    const dataset = bundled();
    for (const locale of LOCALES) {
      for (const region of dataset.regions) {
        for (const indicator of dataset.indicators) {
          const gauge = gaugeSlice(dataset, { regions: [region.key], indicator: indicator.key, year: undefined });
          if (gauge.ok) {
            buildGaugeModel(gauge, LIGHT_TOKENS, locale);
            buildBulletModel(gauge, LIGHT_TOKENS, locale);
          }
          const trend = trendSlice(dataset, { regions: [region.key], indicator: indicator.key, year: undefined });
          if (trend.ok) buildTrendModel(trend, LIGHT_TOKENS, locale);
        }
        const radar = radarSlice(dataset, { regions: [region.key], indicator: undefined, year: undefined }, parseMeasure('attainment'), THEMES, locale);
        if (radar.ok) buildRadarModel(radar, LIGHT_TOKENS, locale);
        const scorecard = scorecardSlice(dataset, { regions: [region.key], indicator: undefined, year: undefined }, undefined, THEMES, locale);
        if (scorecard.ok) buildScorecardModel(scorecard, LIGHT_TOKENS, locale);
      }
    }
    expect(made).not.toHaveBeenCalled();
    made.mockRestore();
  });
});

// What formatNumber must write: Intl's text in both locales (Node's ICU is the browsers' ICU).
const intl = { 'zh-CN': new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2 }), en: new Intl.NumberFormat('en', { maximumFractionDigits: 2 }) };
const same = (value: number) => {
  for (const locale of ['zh-CN', 'en'] as const) expect(formatNumber(value, locale), String(value)).toBe(intl[locale].format(value));
};

describe('formatNumber writes what Intl.NumberFormat writes, without its locale data', () => {
  it('rounds the number as written (1.005 is 1.01), groups thousands, and keeps signs', () => {
    for (const value of [0, -0, 1.005, 2.675, 0.015, 0.005, 0.004, -0.004, -0.005, 999.995, 99.995, 9.999, 0.095, 1234.5, -1234.5, 1350, 33000, 88.4, 97.05, 66.666]) same(value);
  });

  it('writes the very large and very small, NaN and the infinities', () => {
    for (const value of [1e21, 1.5e21, 123456789012345680000, 1e-7, 5e-324, -1e-9, Number.MAX_VALUE, Number.MAX_SAFE_INTEGER, NaN, Infinity, -Infinity]) same(value);
  });

  it('agrees on any double', () => {
    fc.assert(fc.property(fc.double(), same), { numRuns: 20_000, seed: 20261203 });
  });

  it('agrees on figures as datasets write them: up to four decimals, halves included', () => {
    const figure = fc.tuple(fc.integer({ min: -1e9, max: 1e9 }), fc.constantFrom(1, 10, 100, 1000, 10000, 200)).map(([n, d]) => n / d);
    fc.assert(fc.property(figure, same), { numRuns: 20_000, seed: 20261203 });
  });
});
