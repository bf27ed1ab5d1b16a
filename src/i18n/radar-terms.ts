import type { NotCompared } from '../charts/slices.js';
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
  /** "台儿庄区无法比较：…": regions a radar leaves out (none named: no region can be compared), and why. */
  readonly notCompared: (p: NotCompared) => string;
}

const zh: RadarTerms = {
  radarSummary: (p) => `${p.regions} ${p.when}各主题${p.measure}对比，共 ${p.axes} 个主题${p.notCompared ? `；${p.notCompared}` : ''}`,
  eachLatestYear: '各自最新年份的',
  measureAttainment: '目标达成度',
  measureTargets: '量化目标数',
  attainmentUnit: '%',
  targetsUnit: '项',
  notCompared: (p) => {
    const lack = { 'no-paired-indicator': '没有同时具有目标和完成数据的指标', 'no-target': '没有量化目标', 'no-value': `没有“${p.indicator ?? ''}”的数据` }[p.lack];
    if (p.regions.length === 0) return `没有可以比较的地区：${lack}`;
    return `${p.regions.join('、')}${p.year !== undefined ? ` ${p.year} 年` : ''}无法比较：${lack}`;
  },
};

const en: RadarTerms = {
  radarSummary: (p) =>
    `${p.measure} by theme in ${p.regions}, ${p.when}: ${p.axes} ${p.axes === 1 ? 'theme' : 'themes'}${p.notCompared ? `. ${p.notCompared}` : ''}`,
  eachLatestYear: "each region's latest year",
  measureAttainment: 'Target attainment',
  measureTargets: 'Quantified targets',
  attainmentUnit: '%',
  targetsUnit: '',
  notCompared: (p) => {
    const lack = {
      'no-paired-indicator': 'no indicator has both a target and an achievement',
      'no-target': 'no quantified target is set',
      'no-value': `no value of “${p.indicator ?? ''}” is reported`,
    }[p.lack];
    if (p.regions.length === 0) return `No region can be compared: ${lack}`;
    const verb = p.regions.length === 1 ? 'is' : 'are';
    return `${p.regions.join(', ')} ${verb} not compared${p.year !== undefined ? ` in ${p.year}` : ''}: ${lack}`;
  },
};

export const RADAR_TERMS: Readonly<Record<Locale, RadarTerms>> = { 'zh-CN': zh, en };
