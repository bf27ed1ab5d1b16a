import type { Status } from '../data/pairing.js';
import type { Kind } from '../data/schema.js';
import type { Locale } from './locale.js';

/** Every string the charts and elements show, in each locale. */
export interface Terms {
  readonly kind: Readonly<Record<Kind, string>>;
  readonly status: Readonly<Record<Status, string>>;
  /** Under the gauge's value: "目标 80%". */
  readonly targetLabel: (value: string) => string;
  /** When the target is from another year than the actual: its year and document. */
  readonly targetFrom: (year: number, source: string) => string;
  readonly noActual: string;
  readonly noTarget: string;
  readonly year: (year: number) => string;
  /** The accessible one-sentence summary of a gauge. */
  readonly gaugeSummary: (p: {
    region: string;
    year: number;
    indicator: string;
    actual: string | undefined;
    /** The change since the previous year's actual, where the view shows it. */
    change: string | undefined;
    target: string | undefined;
    targetFrom: string | undefined;
    status: string;
  }) => string;
  readonly list: (items: readonly string[]) => string;
  /** "东丽区 2021 年无此指标数据". */
  readonly emptyFor: (p: { region?: string; year?: number; indicator?: string }) => string;
  readonly unknownRegion: (query: string) => string;
  readonly unknownIndicator: (query: string) => string;
  readonly chooseIndicator: string;
  readonly columns: {
    readonly region: string;
    readonly year: string;
    readonly indicator: string;
    readonly theme: string;
    readonly kind: string;
    readonly value: string;
    readonly unit: string;
    readonly source: string;
  };
  readonly showTable: string;
  /** The name of the data table's scrolling region. */
  readonly dataTable: string;
  /** The legend's name: its buttons show or hide a line or shape. */
  readonly legend: string;
  readonly hideTable: string;
  readonly loading: string;
  readonly loadingProgress: (percent: number) => string;
  readonly errorTitle: string;
  /** A part of the chart's code could not be fetched (offline, or blocked). */
  readonly partFailed: string;
  /** Above the data table, where the browser cannot draw the chart (an old or locked-down one). */
  readonly needsNewerBrowser: string;
  readonly retry: string;
  readonly moreProblems: (n: number) => string;
  readonly line: (line: number) => string;
  readonly sourceLabel: string;
  /** Announced when keyboard focus moves to a data point. */
  readonly pointLabel: (p: { series: string; name: string; value: string }) => string;
  readonly keyboardHint: string;
  /** What a screen reader calls the focusable chart. */
  readonly chartRole: string;
  readonly noSource: string;
}

const zh: Terms = {
  kind: { target: '目标', actual: '实际', baseline: '基线' },
  status: { met: '已达成', near: '接近目标', 'not-met': '未达成', 'no-target': '未设目标', 'no-actual': '未见报告' },
  targetLabel: (value) => `目标 ${value}`,
  targetFrom: (year, source) => `${year} 年${source ? `，${source}` : ''}`,
  noActual: '尚未报告完成情况',
  noTarget: '未设目标',
  year: (year) => `${year} 年`,
  gaugeSummary: (p) =>
    `${p.region} ${p.year} 年${p.indicator}` +
    (p.actual ? ` ${p.actual}` : '，尚未报告完成情况') +
    (p.change ? `，${p.change}` : '') +
    (p.target ? `，目标 ${p.target}${p.targetFrom ? `（${p.targetFrom}）` : ''}` : '，未设目标') +
    (p.actual && p.target ? `，${p.status}` : ''),
  list: (items) => items.join('、'),
  emptyFor: (p) => `${p.region ?? ''}${p.year !== undefined ? ` ${p.year} 年` : ''}无${p.indicator ? `“${p.indicator}”` : '此指标'}数据`.trim(),
  unknownRegion: (q) => `数据中没有地区“${q}”`,
  unknownIndicator: (q) => `数据中没有指标“${q}”`,
  chooseIndicator: '请设置 indicator 属性以选择指标',
  columns: { region: '地区', year: '年份', indicator: '指标', theme: '主题', kind: '类型', value: '数值', unit: '单位', source: '来源' },
  showTable: '显示数据表',
  dataTable: '数据表',
  legend: '图例（按下显示，再按隐藏）',
  hideTable: '隐藏数据表',
  loading: '正在加载数据…',
  loadingProgress: (percent) => `正在加载数据… ${percent}%`,
  errorTitle: '数据无法显示',
  partFailed: '图表的一部分未能加载：请检查网络后重新载入页面',
  needsNewerBrowser: '此图表需要较新版本的浏览器才能显示，下表是它的数据。',
  retry: '重试',
  moreProblems: (n) => `另有 ${n} 个问题未列出`,
  line: (line) => `第 ${line} 行`,
  sourceLabel: '来源',
  pointLabel: (p) => `${p.series}，${p.name}：${p.value}`,
  keyboardHint: '用方向键浏览数据点，按回车查看来源',
  chartRole: '交互式图表',
  noSource: '未指定数据：请设置 src 属性，或放在 <edu-data> 元素中',
};

const en: Terms = {
  kind: { target: 'Target', actual: 'Actual', baseline: 'Baseline' },
  status: { met: 'Met', near: 'Near target', 'not-met': 'Not met', 'no-target': 'No target', 'no-actual': 'Not reported' },
  targetLabel: (value) => `Target ${value}`,
  targetFrom: (year, source) => `${year}${source ? `, ${source}` : ''}`,
  noActual: 'No achievement reported yet',
  noTarget: 'No target set',
  year: (year) => String(year),
  gaugeSummary: (p) =>
    `${p.region} ${p.year}, ${p.indicator}: ` +
    (p.actual ?? 'no achievement reported yet') +
    (p.change ? `, ${p.change}` : '') +
    (p.target ? `, target ${p.target}${p.targetFrom ? ` (${p.targetFrom})` : ''}` : ', no target set') +
    (p.actual && p.target ? `, ${p.status.toLowerCase()}` : ''),
  list: (items) => items.join(', '),
  emptyFor: (p) =>
    `No data${p.indicator ? ` for “${p.indicator}”` : ''}${p.region ? ` in ${p.region}` : ''}${p.year !== undefined ? ` in ${p.year}` : ''}`,
  unknownRegion: (q) => `The dataset has no region “${q}”`,
  unknownIndicator: (q) => `The dataset has no indicator “${q}”`,
  chooseIndicator: 'Set the indicator attribute to choose an indicator',
  columns: { region: 'Region', year: 'Year', indicator: 'Indicator', theme: 'Theme', kind: 'Kind', value: 'Value', unit: 'Unit', source: 'Source' },
  showTable: 'Show data table',
  dataTable: 'Data table',
  legend: 'Legend (press to show or hide)',
  hideTable: 'Hide data table',
  loading: 'Loading data…',
  loadingProgress: (percent) => `Loading data… ${percent}%`,
  errorTitle: 'The data cannot be shown',
  partFailed: 'Part of the chart could not be loaded: check the connection and reload the page',
  needsNewerBrowser: 'This chart needs a newer browser; its data is in the table below.',
  retry: 'Retry',
  moreProblems: (n) => `${n} more problems not listed`,
  line: (line) => `line ${line}`,
  sourceLabel: 'Source',
  pointLabel: (p) => `${p.series}, ${p.name}: ${p.value}`,
  keyboardHint: 'Arrow keys move between data points; Enter shows the source',
  chartRole: 'interactive chart',
  noSource: 'No data: set the src attribute, or place the chart inside an <edu-data> element',
};

export const TERMS: Readonly<Record<Locale, Terms>> = { 'zh-CN': zh, en };
