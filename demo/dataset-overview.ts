// A plain overview of the bundled dataset: each region's indicators with their
// latest actual, the target held against it and the status. The full dashboard
// with charts replaces this page once the chart elements land.
import { loadDataset, pairTarget, type Dataset, type Status } from '../src/data/index.js';
import { resolveLocale, type Locale } from '../src/i18n/locale.js';

interface Terms {
  lead: string;
  loading: string;
  summary: (rows: number, regions: number, indicators: number, years: string) => string;
  columns: readonly string[];
  status: Readonly<Record<Status, string>>;
  targetFrom: (year: number) => string;
}

const TERMS: Readonly<Record<Locale, Terms>> = {
  'zh-CN': {
    lead: '各区教育工作要点中的目标与年终总结中的完成情况。',
    loading: '正在加载数据…',
    summary: (rows, regions, indicators, years) => `共 ${rows} 行数据，${regions} 个地区，${indicators} 项指标，年份 ${years}。`,
    columns: ['指标', '实际', '目标', '状态', '来源'],
    status: { met: '已达成', near: '接近目标', 'not-met': '未达成', 'no-target': '无目标', 'no-actual': '尚无完成数据' },
    targetFrom: (year) => `（${year} 年目标）`,
  },
  en: {
    lead: 'Targets from district education work plans, and what year-end summaries report as achieved.',
    loading: 'Loading the dataset…',
    summary: (rows, regions, indicators, years) => `${rows} rows, ${regions} regions, ${indicators} indicators, years ${years}.`,
    columns: ['Indicator', 'Actual', 'Target', 'Status', 'Source'],
    status: { met: 'Met', near: 'Near', 'not-met': 'Not met', 'no-target': 'No target', 'no-actual': 'No achievement reported' },
    targetFrom: (year) => ` (target for ${year})`,
  },
};

const locale = resolveLocale(new URLSearchParams(location.search).get('lang') ?? document.documentElement.lang);
const terms = TERMS[locale];
document.documentElement.lang = locale;

/** Dataset text reaches the page only as text nodes. */
function element<K extends keyof HTMLElementTagNameMap>(tag: K, text = '', className = ''): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.textContent = text;
  if (className) node.className = className;
  return node;
}

function formatValue(value: number | undefined, unit: string, valueMax?: number): string {
  if (value === undefined) return '—';
  const range = value.toLocaleString(locale) + (valueMax === undefined ? '' : `–${valueMax.toLocaleString(locale)}`);
  return unit === '%' || unit === '' ? `${range}${unit}` : `${range} ${unit}`;
}

function regionTable(dataset: Dataset, regionKey: string): HTMLElement {
  const table = element('table');
  const head = table.createTHead().insertRow();
  for (const column of terms.columns) head.append(element('th', column));
  const body = table.createTBody();
  for (const indicator of dataset.indicators) {
    const rows = dataset.select({ region: regionKey, indicator: indicator.key });
    if (rows.length === 0 || indicator.id === 'plan_items') continue;
    const years = rows.filter((r) => r.kind === 'actual').map((r) => r.year);
    const year = years.length ? Math.max(...years) : Math.max(...rows.map((r) => r.year));
    const pair = pairTarget(dataset, { region: regionKey, indicator: indicator.key, year });
    const row = body.insertRow();
    row.append(element('td', indicator.name));
    row.append(element('td', formatValue(pair.actual?.value, indicator.unit), 'number'));
    const target = pair.target;
    const targetText = formatValue(target?.value, indicator.unit, target?.valueMax);
    row.append(element('td', target && target.year !== year ? targetText + terms.targetFrom(target.year) : targetText, 'number'));
    row.append(element('td', terms.status[pair.status], `status-${pair.status}`));
    const cited = pair.actual ?? target ?? rows[0]!;
    row.append(element('td', `${cited.source} ${cited.sourceItem}：${cited.excerpt}`));
  }
  const wrap = element('div', '', 'table-wrap');
  wrap.append(table);
  return wrap;
}

async function main(): Promise<void> {
  const status = document.getElementById('status')!;
  document.getElementById('lead')!.textContent = terms.lead;
  status.textContent = terms.loading;
  const result = await loadDataset(new URLSearchParams(location.search).get('data') ?? './data/indicators.csv');
  status.textContent = '';
  if (!result.ok) {
    const list = element('ul');
    for (const p of result.problems) list.append(element('li', `${p.line ? `#${p.line} ` : ''}${p.message[locale]}`));
    document.getElementById('problems')!.append(list);
    return;
  }
  const { dataset } = result;
  const years = `${dataset.years[0]}–${dataset.years.at(-1)}`;
  status.textContent = terms.summary(dataset.size, dataset.regions.length, dataset.indicators.length, years);
  const overview = document.getElementById('overview')!;
  for (const region of dataset.regions) {
    overview.append(element('h2', `${region.parent}${region.name}（${region.code}）`));
    overview.append(regionTable(dataset, region.key));
  }
}

void main();
