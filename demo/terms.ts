import type { ChartKind } from './embed-code.js';
import type { Locale } from '../src/i18n/locale.js';

/** The demo page's own strings (the charts carry theirs). */
export interface DemoTerms {
  readonly title: string;
  readonly lead: string;
  readonly language: string;
  readonly dataHeading: string;
  readonly bundled: string;
  readonly bundledName: string;
  readonly uploadLabel: string;
  readonly dropHint: string;
  readonly urlLabel: string;
  readonly load: string;
  readonly privacy: string;
  readonly loading: string;
  readonly loaded: (name: string, rows: number, regions: number, indicators: number) => string;
  readonly kept: (count: number) => string;
  readonly warnings: (count: number) => string;
  readonly at: (line: number | undefined, column: number | undefined) => string;
  readonly more: (count: number) => string;
  readonly downloadTemplate: string;
  readonly downloadDataset: string;
  readonly region: string;
  readonly year: string;
  readonly theme: string;
  readonly allThemes: string;
  readonly indicator: string;
  readonly gaugesHeading: (region: string, year: number | undefined) => string;
  readonly gaugesCount: (count: number) => string;
  readonly noGauges: string;
  readonly showTrend: string;
  readonly trendHeading: string;
  readonly radarHeading: string;
  readonly radarAttainment: string;
  readonly radarEmphasis: string;
  readonly embedHeading: string;
  readonly embedChart: string;
  readonly chartNames: Readonly<Record<ChartKind, string>>;
  readonly scriptSnippet: string;
  readonly iframeSnippet: string;
  readonly copy: string;
  readonly copied: string;
  readonly preview: string;
  readonly exportPng: string;
  readonly exportSvg: string;
  readonly exportCsv: string;
  readonly sourcesHeading: string;
  readonly iframeTitle: (chart: string) => string;
}

const zh: DemoTerms = {
  title: '区县教育工作目标完成情况',
  lead: '各区教育工作要点中的目标，与年终总结中的完成情况对照。每个数字都可追溯到原文件。',
  language: '语言',
  dataHeading: '数据',
  bundled: '内置数据',
  bundledName: '四个区县的工作要点与总结（内置）',
  uploadLabel: '上传数据文件（CSV、TSV 或 JSON；UTF-8 或 GBK）',
  dropHint: '或把文件拖到这里',
  urlLabel: '数据文件网址',
  load: '加载',
  privacy: '文件只在您的浏览器中读取，不会上传到任何地方。',
  loading: '正在读取数据…',
  loaded: (name, rows, regions, indicators) => `当前数据：${name}，${rows} 行，${regions} 个地区，${indicators} 项指标。`,
  kept: (count) => `新数据有 ${count} 个错误，图表仍显示原来的数据。请修正后重试：`,
  warnings: (count) => `数据已加载，但有 ${count} 个提示：`,
  at: (line, column) => (line === undefined ? '' : column === undefined ? `第 ${line} 行：` : `第 ${line} 行第 ${column} 列：`),
  more: (count) => `另有 ${count} 个问题未列出。`,
  downloadTemplate: '下载模板 CSV',
  downloadDataset: '下载当前数据 CSV',
  region: '地区',
  year: '年份',
  theme: '主题',
  allThemes: '全部主题',
  indicator: '趋势指标',
  gaugesHeading: (region, year) => `${region}${year ? ` ${year} 年` : ''}目标与完成`,
  gaugesCount: (count) => `共 ${count} 项指标`,
  noGauges: '该地区这一年没有目标或完成数据。',
  showTrend: '看趋势',
  trendHeading: '逐年趋势',
  radarHeading: '各主题对比',
  radarAttainment: '目标达成度',
  radarEmphasis: '工作要点的侧重（各主题工作条目数）',
  embedHeading: '嵌入到您的网页',
  embedChart: '要嵌入的图表',
  chartNames: { scorecard: '目标完成情况（当前地区、计划年份）', gauge: '仪表盘（当前地区、趋势指标）', trend: '趋势图（当前指标）', radar: '主题雷达图（达成度）' },
  scriptSnippet: '脚本方式（网页允许脚本时）',
  iframeSnippet: 'iframe 方式（任何网页）',
  copy: '复制',
  copied: '已复制',
  preview: '预览',
  exportPng: '导出 PNG',
  exportSvg: '导出 SVG',
  exportCsv: '导出数据 CSV',
  sourcesHeading: '数据来源',
  iframeTitle: (chart) => `教育工作目标完成情况：${chart}`,
};

const en: DemoTerms = {
  title: 'District education: targets and achievements',
  lead: 'Targets from district education work plans, held against what year-end summaries report. Every figure links back to its document.',
  language: 'Language',
  dataHeading: 'Data',
  bundledName: 'Four districts\' plans and summary (bundled)',
  bundled: 'Bundled data',
  uploadLabel: 'Upload a dataset (CSV, TSV or JSON; UTF-8 or GBK)',
  dropHint: 'or drop a file here',
  urlLabel: 'Dataset URL',
  load: 'Load',
  privacy: 'Your file is read in your browser only and sent nowhere.',
  loading: 'Reading the data…',
  loaded: (name, rows, regions, indicators) => `Showing ${name}: ${rows} rows, ${regions} regions, ${indicators} indicators.`,
  kept: (count) => `The new data has ${count} errors; the charts still show the previous data. Fix these and try again:`,
  warnings: (count) => `Loaded, with ${count} warnings:`,
  at: (line, column) => (line === undefined ? '' : column === undefined ? `Line ${line}: ` : `Line ${line}, column ${column}: `),
  more: (count) => `${count} more problems not listed.`,
  downloadTemplate: 'Download template CSV',
  downloadDataset: 'Download current data as CSV',
  region: 'Region',
  year: 'Year',
  theme: 'Theme',
  allThemes: 'All themes',
  indicator: 'Trend indicator',
  gaugesHeading: (region, year) => `${region}${year ? ` ${year}` : ''}: targets and achievements`,
  gaugesCount: (count) => `${count} indicators`,
  noGauges: 'This region has no target or achievement for this year.',
  showTrend: 'Show trend',
  trendHeading: 'Year by year',
  radarHeading: 'By theme',
  radarAttainment: 'Target attainment',
  radarEmphasis: 'What the plans stress (work items per theme)',
  embedHeading: 'Embed in your page',
  embedChart: 'Chart to embed',
  chartNames: { scorecard: 'Scorecard (current region and plan year)', gauge: 'Gauge (current region and trend indicator)', trend: 'Trend (current indicator)', radar: 'Theme radar (attainment)' },
  scriptSnippet: 'Script tag (pages that allow scripts)',
  iframeSnippet: 'iframe (any page)',
  copy: 'Copy',
  copied: 'Copied',
  preview: 'Preview',
  exportPng: 'Export PNG',
  exportSvg: 'Export SVG',
  exportCsv: 'Export data CSV',
  sourcesHeading: 'Sources',
  iframeTitle: (chart) => `Education targets and achievements: ${chart}`,
};

export const DEMO_TERMS: Readonly<Record<Locale, DemoTerms>> = { 'zh-CN': zh, en };
