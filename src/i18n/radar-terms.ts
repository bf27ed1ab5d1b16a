import type { Locale } from './locale.js';

/**
 * The radar's own words, in each locale. Apart from terms.ts so that a page
 * without a radar does not load them; the sentence saying which regions it
 * cannot compare (notCompared) is there, for the element says it too.
 */
export interface RadarTerms {
  /** notCompared: the regions asked for that it leaves out, and why (the notCompared sentence). */
  readonly radarSummary: (p: { regions: string; when: string; measure: string; axes: number; notCompared: string | undefined }) => string;
  /** A radar whose regions each show their own latest year. */
  readonly eachLatestYear: string;
  readonly measureAttainment: string;
  readonly measureTargets: string;
  readonly attainmentUnit: string;
  readonly targetsUnit: string;
}

const zh: RadarTerms = {
  radarSummary: (p) => `${p.regions} ${p.when}各主题${p.measure}对比，共 ${p.axes} 个主题${p.notCompared ? `；${p.notCompared}` : ''}`,
  eachLatestYear: '各自最新年份的',
  measureAttainment: '目标达成度',
  measureTargets: '量化目标数',
  attainmentUnit: '%',
  targetsUnit: '项',
};

const en: RadarTerms = {
  radarSummary: (p) =>
    `${p.measure} by theme in ${p.regions}, ${p.when}: ${p.axes} ${p.axes === 1 ? 'theme' : 'themes'}${p.notCompared ? `. ${p.notCompared}` : ''}`,
  eachLatestYear: "each region's latest year",
  measureAttainment: 'Target attainment',
  measureTargets: 'Quantified targets',
  attainmentUnit: '%',
  targetsUnit: '',
};

export const RADAR_TERMS: Readonly<Record<Locale, RadarTerms>> = { 'zh-CN': zh, en };
