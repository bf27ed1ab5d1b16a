import type { Outcome } from '../src/data/outcomes.js';
import type { Direction, Kind } from '../src/data/schema.js';
import type { StorageProblem } from './work-store.js';
import type { Decision, DocumentField, EditableField } from './review.js';
import type { DocumentKind } from '../src/extract/types.js';
import type { ChartKind } from './embed-code.js';
import type { Locale } from '../src/i18n/locale.js';
import { SCORECARD_TERMS } from '../src/i18n/scorecard-terms.js';

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
  /** A data pack: its size, and the part of it the page holds (one region's file). */
  readonly loadedPack: (name: string, rows: number, regions: number, indicators: number, region: string, regionRows: number) => string;
  readonly kept: (count: number) => string;
  readonly warnings: (count: number) => string;
  readonly at: (line: number | undefined, column: number | undefined) => string;
  readonly more: (count: number) => string;
  readonly downloadTemplate: string;
  readonly downloadDataset: string;
  readonly controls: string;
  readonly region: string;
  /** The region picker: what its empty field suggests, and its instructions for screen readers. */
  readonly regionPlaceholder: string;
  readonly regionHint: string;
  /** The button that opens the picker's list (for touch and for screen readers on phones). */
  readonly regionList: string;
  /** What the picker announces as the list changes. */
  readonly regionsFound: (count: number) => string;
  readonly regionsAll: (count: number) => string;
  readonly regionsNone: string;
  /** The lines above and below the part of a long list that is shown. */
  readonly regionsAbove: (count: number) => string;
  readonly regionsBelow: (count: number) => string;
  /** Said after the region now chosen, in the list. */
  readonly regionCurrent: string;
  readonly year: string;
  readonly theme: string;
  readonly allThemes: string;
  readonly indicator: string;
  readonly yearOption: (year: number, targets: number) => string;
  /** What became of a target: the scorecard's words, so that a section's counts read as its legend does. */
  readonly outcome: Readonly<Record<Outcome, string>>;
  /** Figures the reports give on a target's subject in other terms. */
  readonly related: (figures: readonly string[]) => string;
  readonly relatedFigure: (indicator: string, value: string, year: number) => string;
  readonly noTheme: string;
  readonly scorecardLabel: (region: string) => string;
  readonly themesHeading: (region: string) => string;
  /** What the sections list: the plan year's targets, the figures of that year and later. */
  readonly themesHint: (year: number, through: number, targets: number, figures: number) => string;
  readonly noYear: string;
  /** A section's counts after its name: targets by outcome, other figures. */
  readonly sectionCounts: (targets: number, counts: Readonly<Record<Outcome, number>>, figures: number) => string;
  readonly emptySection: (year: number) => string;
  readonly onlyTheme: (theme: string) => string;
  readonly showAllThemes: string;
  readonly showTrend: string;
  readonly trendHeading: string;
  readonly trendHint: string;
  readonly radarHeading: string;
  /** Which regions the radars compare, and why the picked one is not among them. */
  readonly radarHint: (regions: readonly string[], missing: string | undefined) => string;
  readonly radarAttainment: string;
  readonly radarEmphasis: string;
  readonly embedHeading: string;
  readonly embedHint: string;
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
  // ---- from a document (issue 13): the draft, its review, and the work kept in the browser
  readonly documentHeading: string;
  readonly documentHint: string;
  readonly documentText: string;
  readonly documentFile: string;
  readonly documentDrop: string;
  readonly extract: string;
  readonly extracting: string;
  /** The draft's heading: the document's title as read, and how many rows. */
  readonly draftSummary: (title: string, rows: number) => string;
  readonly draftNone: string;
  readonly untitled: string;
  /** The document's fields above the rows: what its title line says, to correct or complete. */
  readonly documentInfoLegend: string;
  readonly documentInfoHint: string;
  readonly documentInfoMissing: string;
  readonly documentInfoLocked: string;
  readonly documentFieldNames: Readonly<Record<DocumentField, string>>;
  readonly documentKinds: Readonly<Record<DocumentKind | 'unsaid', string>>;
  readonly reviewCounts: (counts: Readonly<Record<Decision | 'added', number>>) => string;
  readonly acceptAtLeast: string;
  readonly acceptAtLeastButton: string;
  readonly rowHeading: (n: number, total: number) => string;
  readonly confidence: (percent: number) => string;
  /** Between the extractor's reasons for one row. */
  readonly reasonSeparator: string;
  readonly fieldNames: Readonly<Record<EditableField, string>>;
  readonly kinds: Readonly<Record<Kind, string>>;
  readonly directions: Readonly<Record<Direction, string>>;
  readonly valueTo: (max: string) => string;
  readonly accept: string;
  readonly reject: string;
  readonly decisions: Readonly<Record<Decision | 'added', string>>;
  readonly addRows: (count: number) => string;
  readonly downloadAccepted: string;
  readonly discardReview: string;
  readonly reviewErrors: (count: number) => string;
  readonly reviewWarnings: (count: number) => string;
  readonly rowsAdded: (count: number) => string;
  readonly draftRowAt: (row: number | undefined) => string;
  /** The current dataset with a document's rows added. */
  readonly builtName: (dataset: string, document: string) => string;
  /** Work found on return, offered back. */
  readonly offer: (when: string) => string;
  readonly offerDataset: (name: string) => string;
  readonly offerReview: (title: string, decided: number, rows: number) => string;
  readonly continueWork: string;
  readonly discardWork: string;
  /** Another tab saved newer work, now shown here. */
  readonly newerWork: (when: string) => string;
  readonly savedAt: (when: string) => string;
  readonly storage: Readonly<Record<StorageProblem, string>>;
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
  loadedPack: (name, rows, regions, indicators, region, regionRows) =>
    `当前数据包：${name}，共 ${rows} 行，${regions} 个地区，${indicators} 项指标；已读取${region}的 ${regionRows} 行，选择其他地区时再读取该地区的数据。`,
  kept: (count) => `新数据有 ${count} 个错误，图表仍显示原来的数据。请修正后重试：`,
  warnings: (count) => `数据已加载，但有 ${count} 个提示：`,
  at: (line, column) => (line === undefined ? '' : column === undefined ? `第 ${line} 行：` : `第 ${line} 行第 ${column} 列：`),
  more: (count) => `另有 ${count} 个问题未列出。`,
  downloadTemplate: '下载模板 CSV',
  downloadDataset: '下载当前数据 CSV',
  controls: '选择地区和年份',
  region: '地区',
  regionPlaceholder: '输入名称、代码或上级地区',
  regionHint: '可输入地区名称、代码或上级地区筛选；用上下方向键选择，回车确定，Esc 取消。',
  regionList: '地区列表',
  regionsFound: (count) => `找到 ${count.toLocaleString('zh-CN')} 个地区`,
  regionsAll: (count) => `共 ${count.toLocaleString('zh-CN')} 个地区，输入文字可筛选`,
  regionsNone: '没有匹配的地区。请换一个名称、代码或上级地区试试。',
  regionsAbove: (count) => `上面还有 ${count.toLocaleString('zh-CN')} 个地区`,
  regionsBelow: (count) => `还有 ${count.toLocaleString('zh-CN')} 个地区未列出，继续输入可缩小范围`,
  regionCurrent: '（当前选择）',
  year: '工作要点年份',
  theme: '主题',
  allThemes: '全部主题',
  indicator: '趋势指标',
  yearOption: (year, targets) => (targets ? `${year}（${targets} 项目标）` : `${year}（无目标）`),
  outcome: SCORECARD_TERMS['zh-CN'].outcome,
  related: (figures) => `总结中相关的数据：${figures.join('；')}`,
  relatedFigure: (indicator, value, year) => `${indicator} ${value}（${year} 年）`,
  noTheme: '未分主题',
  scorecardLabel: (region) => `${region}目标完成情况`,
  themesHeading: (region) => `${region}：各主题的目标与数据`,
  themesHint: (year, through, targets, figures) => {
    const span = through > year ? `${year}—${through}` : String(year);
    const head = targets ? `列出 ${year} 年工作要点的 ${targets} 项目标及其完成情况` : `${year} 年没有工作要点中的量化目标`;
    const tail = !figures ? '' : targets ? `，以及 ${span} 年工作总结中另外报告的 ${figures} 项数据（没有对应目标，每项取最新一年）` : `；列出 ${span} 年工作总结中的 ${figures} 项数据（每项取最新一年）`;
    return `${head}${tail}。年份指工作要点的年份。`;
  },
  noYear: '该地区没有数据。',
  sectionCounts: (targets, counts, figures) => {
    const done = (['met', 'near', 'not-met', 'in-progress', 'not-reported'] as const).filter((o) => counts[o] > 0).map((o) => `${zh.outcome[o]} ${counts[o]}`);
    const head = targets ? `${targets} 项目标：${done.join('，')}` : figures ? '无目标' : '无目标，无数据';
    return figures ? `${head} · ${targets ? `另有 ${figures} 项数据` : `${figures} 项数据`}` : head;
  },
  emptySection: (year) => `${year} 年的工作要点在这一主题没有目标，此后的总结也没有数据。`,
  onlyTheme: (theme) => `只列出「${theme}」。`,
  showAllThemes: '列出全部主题',
  showTrend: '看趋势',
  trendHeading: '逐年趋势',
  trendHint: '各地区这一指标的目标与完成，按年份。',
  radarHeading: '各区按主题对比',
  radarHint: (regions, missing) =>
    `${regions.length ? `对比 ${regions.join('、')}，各取其最近一年的数据。` : ''}${missing ? `${missing}没有可对照的数据，图下说明原因。` : ''}`,
  radarAttainment: '目标达成度',
  radarEmphasis: '工作要点的侧重（各主题工作条目数）',
  embedHeading: '嵌入到您的网页',
  embedHint: '复制代码，把当前地区、指标的图表放到您的网页上。',
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
  documentHeading: '从文件提取数据',
  documentHint: '粘贴工作要点或工作总结的文字，或选择文本文件：其中的目标和数据列成草稿，供您逐行核对、修改后加入当前数据。文字只在您的浏览器中处理，不会上传。',
  documentText: '文件文字',
  documentFile: '或选择文本文件（.txt、.md；UTF-8 或 GBK）',
  documentDrop: '或把文件拖到这里',
  extract: '提取草稿',
  extracting: '正在提取…',
  draftSummary: (title, rows) => `「${title}」的草稿：${rows} 行`,
  draftNone: '这段文字中没有找到目标或数据。',
  untitled: '未命名文件',
  documentInfoLegend: '文件信息',
  documentInfoHint: '从标题行读出，每一行都用这些信息。不对或缺少的请改正，草稿会随之重新提取，已做的决定和修改保留。',
  documentInfoMissing: '标题行没有说明地区或年份：请填写，否则这些行无法加入数据。',
  documentInfoLocked: '已有行加入数据，这些信息随之固定。要修改，请放弃这次核对后重新提取。',
  documentFieldNames: { title: '标题', region: '地区', regionCode: '地区代码', parent: '上级地区', year: '年份', kind: '文件类型' },
  documentKinds: { unsaid: '未说明', plan: '工作要点或计划（目标）', summary: '工作总结或报告（实际）' },
  reviewCounts: (c) => `已接受 ${c.accepted} 行，已拒绝 ${c.rejected} 行，未决定 ${c.pending} 行；已加入数据 ${c.added} 行。`,
  acceptAtLeast: '全部接受：把握不低于（%）',
  acceptAtLeastButton: '全部接受',
  rowHeading: (n, total) => `第 ${n} 行（共 ${total} 行）`,
  confidence: (percent) => `把握 ${percent}%`,
  reasonSeparator: '；',
  fieldNames: { value: '数值', unit: '单位', kind: '类型', direction: '方向', indicator: '指标', theme: '主题' },
  kinds: { target: '目标', actual: '实际', baseline: '基线' },
  directions: { higher: '越高越好', lower: '越低越好' },
  valueTo: (max) => `至 ${max}`,
  accept: '接受',
  reject: '拒绝',
  decisions: { pending: '未决定', accepted: '已接受', rejected: '已拒绝', added: '已加入数据' },
  addRows: (count) => `把已接受的 ${count} 行加入数据`,
  downloadAccepted: '下载已接受的行 CSV',
  discardReview: '放弃这次核对',
  reviewErrors: (count) => `已接受的行有 ${count} 个错误，没有加入数据。请修改或拒绝这些行后重试：`,
  reviewWarnings: (count) => `已加入数据，有 ${count} 个提示：`,
  rowsAdded: (count) => `已把 ${count} 行加入数据，图表已更新。`,
  draftRowAt: (row) => (row === undefined ? '' : `草稿第 ${row} 行：`),
  builtName: (dataset, document) => `${dataset}，加上「${document}」`,
  offer: (when) => `您在 ${when} 的工作保存在这个浏览器里：`,
  offerDataset: (name) => `数据「${name}」`,
  offerReview: (title, decided, rows) => `「${title}」的核对（${rows} 行中已决定 ${decided} 行）`,
  continueWork: '继续上次的工作',
  discardWork: '放弃',
  newerWork: (when) => `另一个标签页在 ${when} 保存了更新的工作，本页已改为显示它。`,
  savedAt: (when) => `已保存在这个浏览器中（${when}）。`,
  storage: {
    unavailable: '这个浏览器不能保存您的工作（可能是无痕/隐私模式，或存储已关闭）。可以继续工作，但工作只在本页中：刷新或关闭后就没有了。请及时下载 CSV。',
    full: '浏览器的存储空间已满，最近的修改没有保存，只在本页中。请清理浏览器存储或下载 CSV；有空间后会自动保存。',
  },
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
  loadedPack: (name, rows, regions, indicators, region, regionRows) =>
    `Showing the data pack ${name}: ${rows} rows, ${regions} regions, ${indicators} indicators in all; ${regionRows} rows of ${region} read, another region's when you choose it.`,
  kept: (count) => `The new data has ${count} errors; the charts still show the previous data. Fix these and try again:`,
  warnings: (count) => `Loaded, with ${count} warnings:`,
  at: (line, column) => (line === undefined ? '' : column === undefined ? `Line ${line}: ` : `Line ${line}, column ${column}: `),
  more: (count) => `${count} more problems not listed.`,
  downloadTemplate: 'Download template CSV',
  downloadDataset: 'Download current data as CSV',
  controls: 'Choose a region and year',
  region: 'Region',
  regionPlaceholder: 'Name, code or parent region',
  regionHint: 'Type a region\'s name, code or parent region to narrow the list; choose with the arrow keys and Enter, or Escape to cancel.',
  regionList: 'Region list',
  regionsFound: (count) => `${count.toLocaleString('en')} ${count === 1 ? 'region' : 'regions'} found`,
  regionsAll: (count) => `${count.toLocaleString('en')} ${count === 1 ? 'region' : 'regions'}; type to narrow the list`,
  regionsNone: 'No region matches. Try another name, code or parent region.',
  regionsAbove: (count) => `${count.toLocaleString('en')} more above`,
  regionsBelow: (count) => `${count.toLocaleString('en')} more not listed: keep typing to narrow the list`,
  regionCurrent: ' (current)',
  year: 'Plan year',
  theme: 'Theme',
  allThemes: 'All themes',
  indicator: 'Trend indicator',
  yearOption: (year, targets) => (targets ? `${year} (${targets} ${targets === 1 ? 'target' : 'targets'})` : `${year} (no targets)`),
  outcome: SCORECARD_TERMS.en.outcome,
  related: (figures) => `Related figures in the reports: ${figures.join('; ')}`,
  relatedFigure: (indicator, value, year) => `${indicator} ${value} (${year})`,
  noTheme: 'No theme',
  scorecardLabel: (region) => `${region}: targets kept`,
  themesHeading: (region) => `${region}: targets and figures by theme`,
  themesHint: (year, through, targets, figures) => {
    const span = through > year ? `${year}–${through}` : String(year);
    const head = targets ? `The ${targets} ${targets === 1 ? 'target' : 'targets'} of the ${year} work plan and what became of ${targets === 1 ? 'it' : 'them'}` : `No quantified target in a ${year} work plan`;
    const plural = figures === 1 ? 'figure' : 'figures';
    const tail = !figures ? '' : targets ? `, and ${figures} other ${plural} reported for ${span} that no target covers (the latest of each)` : `; listed are the ${figures} ${plural} reported for ${span} (the latest of each)`;
    return `${head}${tail}. The year is the plan's.`;
  },
  noYear: 'This region has no data.',
  sectionCounts: (targets, counts, figures) => {
    const done = (['met', 'near', 'not-met', 'in-progress', 'not-reported'] as const).filter((o) => counts[o] > 0).map((o) => `${counts[o]} ${en.outcome[o].toLowerCase()}`);
    const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
    const head = targets ? `${plural(targets, 'target', 'targets')}: ${done.join(', ')}` : figures ? 'no targets' : 'no targets, no figures';
    return figures ? `${head} · ${targets ? plural(figures, 'other figure', 'other figures') : plural(figures, 'figure', 'figures')}` : head;
  },
  emptySection: (year) => `The ${year} work plan sets no target in this theme, and no report since gives a figure.`,
  onlyTheme: (theme) => `Only “${theme}” is listed.`,
  showAllThemes: 'List every theme',
  showTrend: 'Show trend',
  trendHeading: 'Year by year',
  trendHint: 'Targets and achievements of this indicator in each region, by year.',
  radarHeading: 'Districts compared by theme',
  radarHint: (regions, missing) =>
    [regions.length ? `Comparing ${regions.join(', ')}, each in its latest year with data.` : '', missing ? `${missing} has nothing to compare; the caption below says why.` : ''].filter(Boolean).join(' '),
  radarAttainment: 'Target attainment',
  radarEmphasis: 'What the plans stress (work items per theme)',
  embedHeading: 'Embed in your page',
  embedHint: 'Copy the code to put the chart of the current region and indicator on your own page.',
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
  documentHeading: 'From a document',
  documentHint: 'Paste the text of a work plan or a summary, or choose a text file: its targets and figures are drafted as rows for you to check, edit and add to the current data, row by row. The text is read in your browser only and sent nowhere.',
  documentText: 'Document text',
  documentFile: 'or choose a text file (.txt, .md; UTF-8 or GBK)',
  documentDrop: 'or drop it here',
  extract: 'Draft rows',
  extracting: 'Drafting…',
  draftSummary: (title, rows) => `Draft of “${title}”: ${rows} ${rows === 1 ? 'row' : 'rows'}`,
  draftNone: 'No target or figure was found in this text.',
  untitled: 'Untitled document',
  documentInfoLegend: 'The document',
  documentInfoHint: 'As read from its title line; every row takes these. Correct or complete them: the draft is read again, keeping your decisions and edits.',
  documentInfoMissing: 'The title line does not say the region or the year: fill them in, or these rows cannot be added to the data.',
  documentInfoLocked: 'Rows were added to the data with these details, so they are fixed now. To change them, discard this review and draft again.',
  documentFieldNames: { title: 'Title', region: 'Region', regionCode: 'Region code', parent: 'Parent region', year: 'Year', kind: 'Kind of document' },
  documentKinds: { unsaid: 'Not said', plan: 'Plan (targets)', summary: 'Summary (results)' },
  reviewCounts: (c) => `${c.accepted} accepted, ${c.rejected} rejected, ${c.pending} undecided; ${c.added} added to the data.`,
  acceptAtLeast: 'Accept all with confidence of at least (%)',
  acceptAtLeastButton: 'Accept all',
  rowHeading: (n, total) => `Row ${n} of ${total}`,
  confidence: (percent) => `Confidence ${percent}%`,
  reasonSeparator: '; ',
  fieldNames: { value: 'Value', unit: 'Unit', kind: 'Kind', direction: 'Direction', indicator: 'Indicator', theme: 'Theme' },
  kinds: { target: 'Target', actual: 'Actual', baseline: 'Baseline' },
  directions: { higher: 'Higher is better', lower: 'Lower is better' },
  valueTo: (max) => `to ${max}`,
  accept: 'Accept',
  reject: 'Reject',
  decisions: { pending: 'Undecided', accepted: 'Accepted', rejected: 'Rejected', added: 'Added to the data' },
  addRows: (count) => `Add ${count} accepted ${count === 1 ? 'row' : 'rows'} to the data`,
  downloadAccepted: 'Download accepted rows as CSV',
  discardReview: 'Discard this review',
  reviewErrors: (count) => `The accepted rows have ${count} ${count === 1 ? 'error' : 'errors'}; nothing was added. Edit or reject these rows and try again:`,
  reviewWarnings: (count) => `Added, with ${count} ${count === 1 ? 'warning' : 'warnings'}:`,
  rowsAdded: (count) => `${count} ${count === 1 ? 'row' : 'rows'} added to the data; the charts are updated.`,
  draftRowAt: (row) => (row === undefined ? '' : `Draft row ${row}: `),
  builtName: (dataset, document) => `${dataset}, with “${document}”`,
  offer: (when) => `Your work of ${when} is kept in this browser:`,
  offerDataset: (name) => `the data “${name}”`,
  offerReview: (title, decided, rows) => `the review of “${title}” (${decided} of ${rows} rows decided)`,
  continueWork: 'Continue where you left off',
  discardWork: 'Discard',
  newerWork: (when) => `Another tab saved newer work at ${when}; this tab now shows it.`,
  savedAt: (when) => `Saved in this browser (${when}).`,
  storage: {
    unavailable: 'This browser cannot keep your work (private browsing, or storage turned off). You can go on working, but the work lives in this page only: a reload or closing the tab loses it. Download the CSV to keep it.',
    full: 'The browser\'s storage is full: your latest changes are not saved, only kept in this page. Free some space or download the CSV; the work is saved as soon as there is room.',
  },
};

export const DEMO_TERMS: Readonly<Record<Locale, DemoTerms>> = { 'zh-CN': zh, en };
