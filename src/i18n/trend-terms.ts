import type { Locale } from './locale.js';

/**
 * The trend's own words, in each locale. Apart from terms.ts so that a page
 * without a trend does not load them.
 */
export interface TrendTerms {
  /** A trend over several years. */
  readonly trendSummary: (p: { regions: string; indicator: string; first: number; last: number; points: number }) => string;
  /**
   * A trend within one year, which shows no change: only, the kind and value of
   * its point when it has just one ("实际 60%"), else how many points it has.
   */
  readonly trendOneYear: (p: { regions: string; indicator: string; year: number; points: number; only: { kind: string; value: string } | undefined }) => string;
}

const zh: TrendTerms = {
  trendSummary: (p) => `${p.regions}${p.indicator} ${p.first}–${p.last} 年走势，共 ${p.points} 个数据点`,
  trendOneYear: (p) =>
    `${p.regions}${p.indicator} ${p.year} 年，仅一年数据` + (p.only ? `：${p.only.kind} ${p.only.value}` : `，共 ${p.points} 个数据点`),
};

const en: TrendTerms = {
  trendSummary: (p) => `${p.indicator} in ${p.regions}, ${p.first}–${p.last}: ${p.points} data points`,
  trendOneYear: (p) =>
    `${p.indicator} in ${p.regions} in ${p.year}: one year of data` +
    (p.only ? `, ${p.only.kind.toLowerCase()} ${p.only.value}` : `, ${p.points} data points`),
};

export const TREND_TERMS: Readonly<Record<Locale, TrendTerms>> = { 'zh-CN': zh, en };
