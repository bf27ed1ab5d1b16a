import type { Outcome } from '../data/outcomes.js';
import type { Locale } from './locale.js';

/**
 * The scorecard's own words, in each locale. Apart from terms.ts because they
 * load with its builders, on demand (src/elements/shared/echarts-bar.ts); the
 * words the element needs before then (no targets, unknown theme) are there.
 */
export interface ScorecardTerms {
  readonly columns: {
    readonly target: string;
    readonly outcome: string;
    readonly status: string;
    readonly targetSource: string;
    readonly outcomeSource: string;
  };
  /** What became of a target (the legend, the table and the tooltips). */
  readonly outcome: Readonly<Record<Outcome, string>>;
  /**
   * The headline for one region: its targets and what became of them.
   * counts: the outcomes that occur, in OUTCOMES order. When no report speaks
   * of any of them (a plan without a report, often), it says so once.
   */
  readonly headline: (p: { region: string; year: number; theme?: string; counts: readonly (readonly [Outcome, number])[] }) => string;
  /** The headlines, one a region, as one text. */
  readonly sentences: (items: readonly string[]) => string;
  /** "5 项", "5 targets". */
  readonly targetCount: (n: number) => string;
  /** A bar's label: what it counts, and how many targets. */
  readonly barLabel: (name: string, n: number) => string;
  /** A target with its range and direction: "≥ 80%", "1–2所", "≤ 0起（越低越好）". value: formatted, with a range's upper end. */
  readonly targetValue: (p: { value: string; range: boolean; lower: boolean }) => string;
  /** A figure and the year it is of. */
  readonly valueInYear: (value: string, year: number) => string;
  /** A target not yet due, held against the latest actual so far, if there is one. */
  readonly inProgress: (latest: { value: string; year: number } | undefined) => string;
  /** What the reports give on the same subject in other terms, for a target they do not report on. */
  readonly relatedFigures: (items: readonly string[]) => string;
  /** Clauses in one cell: "进行中：…；相关数据：…". */
  readonly clauses: (items: readonly string[]) => string;
  /** A tooltip's line: a target and, if known, what became of it. */
  readonly targetLine: (p: { indicator: string; target: string; outcome: string | undefined }) => string;
  /** The last line of a tooltip that lists only the first targets. */
  readonly andMore: (n: number) => string;
  /** The bar of targets without a theme. */
  readonly noTheme: string;
  /** A region (or the whole dataset) with no targets for the year (and theme). */
  readonly noTargets: (p: { region?: string; year?: number; theme?: string }) => string;
  readonly unknownTheme: (query: string) => string;
}

/** Each outcome's count as a headline lists it: "已达成 5 项", "15 项在年终总结中未见报告". */
const ZH_COUNTS: Readonly<Record<Outcome, (n: number) => string>> = {
  met: (n) => `已达成 ${n} 项`,
  near: (n) => `接近目标 ${n} 项`,
  'not-met': (n) => `未达成 ${n} 项`,
  'in-progress': (n) => `${n} 项仍在进行中`,
  'not-reported': (n) => `${n} 项在年终总结中未见报告`,
};

const EN_COUNTS: Readonly<Record<Outcome, (n: number) => string>> = {
  met: (n) => `${n} met`,
  near: (n) => `${n} near target`,
  'not-met': (n) => `${n} not met`,
  'in-progress': (n) => `${n} in progress`,
  'not-reported': (n) => `${n} not reported in the year-end summary`,
};

const total = (counts: readonly (readonly [Outcome, number])[]) => counts.reduce((sum, [, n]) => sum + n, 0);
const noneReported = (counts: readonly (readonly [Outcome, number])[]) => counts.length === 1 && counts[0]![0] === 'not-reported';

const zh: ScorecardTerms = {
  columns: { target: '目标', outcome: '完成情况', status: '状态', targetSource: '目标来源', outcomeSource: '完成情况来源' },
  outcome: { met: '已达成', near: '接近目标', 'not-met': '未达成', 'in-progress': '进行中', 'not-reported': '未见报告' },
  headline: (p) => {
    const n = total(p.counts);
    const start = `${p.region} ${p.year} 年工作要点${p.theme ? `在${p.theme}方面` : ''}共 ${n} 项量化目标`;
    if (noneReported(p.counts)) return `${start}，${n > 1 ? '均' : ''}未见完成情况报告`;
    return `${start}：${p.counts.map(([outcome, count]) => ZH_COUNTS[outcome](count)).join('，')}`;
  },
  sentences: (items) => items.join('。'),
  targetCount: (n) => `${n} 项`,
  barLabel: (name, n) => `${name}（${n} 项）`,
  targetValue: (p) => `${p.range ? '' : p.lower ? '≤ ' : '≥ '}${p.value}${p.lower ? '（越低越好）' : ''}`,
  valueInYear: (value, year) => `${value}（${year} 年）`,
  inProgress: (latest) => (latest ? `进行中：截至 ${latest.year} 年 ${latest.value}` : '进行中：尚无完成数据'),
  relatedFigures: (items) => `相关数据：${items.join('；')}`,
  clauses: (items) => items.join('；'),
  targetLine: (p) => `${p.indicator}：目标 ${p.target}${p.outcome ? `，${p.outcome}` : ''}`,
  andMore: (n) => `另有 ${n} 项`,
  noTheme: '未分主题',
  noTargets: (p) => `${p.region ?? '数据中'}${p.year !== undefined ? ` ${p.year} 年` : ''}没有${p.theme ? `${p.theme}方面的` : ''}量化目标`,
  unknownTheme: (q) => `数据中没有主题“${q}”`,
};

const en: ScorecardTerms = {
  columns: { target: 'Target', outcome: 'Outcome', status: 'Status', targetSource: 'Target source', outcomeSource: 'Outcome source' },
  outcome: { met: 'Met', near: 'Near target', 'not-met': 'Not met', 'in-progress': 'In progress', 'not-reported': 'Not reported' },
  headline: (p) => {
    const n = total(p.counts);
    const start = `${p.region}'s ${p.year} work plan set ${n} quantified target${n === 1 ? '' : 's'}${p.theme ? ` in ${p.theme}` : ''}`;
    if (noneReported(p.counts)) return `${start}, ${n > 1 ? 'none of them' : 'not'} reported on`;
    return `${start}: ${p.counts.map(([outcome, count]) => EN_COUNTS[outcome](count)).join(', ')}`;
  },
  sentences: (items) => items.join('. '),
  targetCount: (n) => `${n} target${n === 1 ? '' : 's'}`,
  // A no-break space: a label wrapped on a phone keeps "(7 targets)" whole.
  barLabel: (name, n) => `${name} (${n}\u00a0target${n === 1 ? '' : 's'})`,
  targetValue: (p) => `${p.range ? '' : p.lower ? '≤ ' : '≥ '}${p.value}${p.lower ? ' (lower is better)' : ''}`,
  valueInYear: (value, year) => `${value} (${year})`,
  inProgress: (latest) => (latest ? `In progress: ${latest.value} as of ${latest.year}` : 'In progress: no figure yet'),
  relatedFigures: (items) => `Related figure${items.length === 1 ? '' : 's'}: ${items.join('; ')}`,
  clauses: (items) => items.join('; '),
  targetLine: (p) => `${p.indicator}: target ${p.target}${p.outcome ? `, ${p.outcome}` : ''}`,
  andMore: (n) => `and ${n} more`,
  noTheme: 'No theme',
  noTargets: (p) =>
    `No quantified targets${p.theme ? ` in ${p.theme}` : ''}${p.region ? ` for ${p.region}` : ''}${p.year !== undefined ? ` in ${p.year}` : ''}`,
  unknownTheme: (q) => `The dataset has no theme “${q}”`,
};

export const SCORECARD_TERMS: Readonly<Record<Locale, ScorecardTerms>> = { 'zh-CN': zh, en };
