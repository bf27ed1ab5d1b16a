import type { Locale } from './locale.js';

/**
 * The words of <edu-gauge>'s figure view (a figure without a target, with its
 * spark line and its change since the year before), in each locale. Apart from
 * terms.ts because they load with its builders, on demand (src/elements/shared/echarts-line.ts).
 */
export interface FigureTerms {
  /** The years a spark line covers: "2021–2023 年". */
  readonly yearSpan: (first: number, last: number) => string;
  /**
   * A change since an earlier year, its direction in words and whether that is
   * better or worse for the indicator: "比 2022 年上升 12.3 个百分点（改善）".
   */
  readonly changed: (p: { since: number; amount: string; up: boolean; better: boolean }) => string;
  /** No change since an earlier year: "与 2022 年持平". */
  readonly unchanged: (since: number) => string;
  /** A change of a percentage, in percentage points: "12.3 个百分点". */
  readonly percentagePoints: (amount: string) => string;
}

const zh: FigureTerms = {
  yearSpan: (first, last) => `${first}–${last} 年`,
  changed: (p) => `比 ${p.since} 年${p.up ? '上升' : '下降'} ${p.amount}（${p.better ? '改善' : '变差'}）`,
  unchanged: (since) => `与 ${since} 年持平`,
  percentagePoints: (amount) => `${amount} 个百分点`,
};

const en: FigureTerms = {
  yearSpan: (first, last) => `${first}–${last}`,
  changed: (p) => `${p.up ? 'up' : 'down'} ${p.amount} since ${p.since} (${p.better ? 'better' : 'worse'})`,
  unchanged: (since) => `unchanged since ${since}`,
  percentagePoints: (amount) => `${amount} percentage ${amount === '1' ? 'point' : 'points'}`,
};

export const FIGURE_TERMS: Readonly<Record<Locale, FigureTerms>> = { 'zh-CN': zh, en };
