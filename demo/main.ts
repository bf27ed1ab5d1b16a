// The demo dashboard: pick a region, year, theme and indicator; swap in your own
// dataset (file, drop or URL, parsed here and sent nowhere); copy an embed code.
import { html, nothing, render, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import '../src/index.js';
import type { Dataset } from '../src/data/dataset.js';
import { absoluteUrl, loadDataset } from '../src/data/loader.js';
import { parseDataset, type ParseResult } from '../src/data/parse.js';
import type { Problem } from '../src/data/problems.js';
import { loadThemes, themeName, type Theme } from '../src/data/themes.js';
import type { EduChartElement } from '../src/elements/shared/edu-chart-element.js';
import type { Locale } from '../src/i18n/locale.js';
import { rowsToCsv, TEMPLATE_CSV } from './csv-export.js';
import { embedUrl, iframeSnippet, scriptSnippet, type ChartKind, type EmbedSpec } from './embed-code.js';
import { downloadText, exportPng, exportSvg } from './export-chart.js';
import { DEMO_TERMS } from './terms.js';
import { readViewState, writeViewState, type ViewState } from './view-state.js';
// The embed preview is sized as a host page's iframe is, by the script the iframe snippet loads.
import './embed-host.js';

const BUNDLED = absoluteUrl('./data/indicators.csv');
const THEMES = absoluteUrl('./data/themes.csv');
const LIBRARY = absoluteUrl('./lib/edu-progress.js');
const EMBED_PAGE = absoluteUrl('./embed.html');
const EMBED_HOST_SCRIPT = absoluteUrl('./lib/embed-host.js');
/** Indicators counted per theme (several rows a year) are for the radar, not for a gauge. */
const EMPHASIS_INDICATOR = 'plan_items';

interface State {
  view: ViewState;
  dataset: Dataset | undefined;
  datasetName: string;
  /** Where the current dataset came from, when it has a URL (an uploaded file has none). */
  dataUrl: string | undefined;
  themes: readonly Theme[];
  loading: boolean;
  /** The last load's problems: errors when it failed (and the previous data stayed), else warnings. */
  problems: readonly Problem[];
  problemCount: number;
  failed: boolean;
  embedChart: ChartKind;
  copied: string | undefined;
}

const root = document.getElementById('app')!;
const state: State = {
  view: readViewState(location.search, document.documentElement.lang),
  dataset: undefined,
  datasetName: '',
  dataUrl: undefined,
  themes: [],
  loading: true,
  problems: [],
  problemCount: 0,
  failed: false,
  embedChart: 'gauge',
  copied: undefined,
};

function t() {
  return DEMO_TERMS[state.view.lang];
}

function update(view: Partial<ViewState> = {}): void {
  state.view = { ...state.view, ...view };
  document.documentElement.lang = state.view.lang;
  document.title = t().title;
  history.replaceState(null, '', writeViewState({ ...state.view, data: state.dataUrl === BUNDLED ? undefined : state.dataUrl }) || location.pathname);
  render(app(), root);
}

// ------------------------------------------------------------------ data

function accept(result: ParseResult, name: string, url: string | undefined): void {
  state.loading = false;
  state.problems = result.problems;
  state.problemCount = result.problemCount;
  state.failed = !result.ok;
  if (result.ok) {
    state.dataset = result.dataset;
    state.datasetName = name;
    state.dataUrl = url;
  }
  update();
}

async function loadUrl(url: string, name = url): Promise<void> {
  state.loading = true;
  update();
  accept(await loadDataset(url), name, absoluteUrl(url));
}

async function loadFile(file: File): Promise<void> {
  state.loading = true;
  update();
  accept(parseDataset(new Uint8Array(await file.arrayBuffer())), file.name, undefined);
}

// ------------------------------------------------------------------ what to show

function view(dataset: Dataset) {
  const v = state.view;
  const region = (v.region && dataset.region(v.region)) || dataset.regions[0]!;
  const rows = dataset.select({ region: region.key });
  const years = [...new Set(rows.map((r) => r.year))].sort((a, b) => a - b);
  const actualYears = rows.filter((r) => r.kind === 'actual' && r.indicatorId !== EMPHASIS_INDICATOR).map((r) => r.year);
  const year = v.year && years.includes(v.year) ? v.year : actualYears.length ? Math.max(...actualYears) : years.at(-1);
  const theme = v.theme && dataset.themes.includes(v.theme) ? v.theme : undefined;
  const inYear = dataset.select({ region: region.key, ...(year ? { year } : {}), ...(theme ? { theme } : {}) });
  const counts = new Map<string, { actual: number; target: number }>();
  for (const row of inYear) {
    if (row.kind === 'baseline') continue;
    const count = counts.get(row.indicatorKey) ?? { actual: 0, target: 0 };
    count[row.kind]++;
    counts.set(row.indicatorKey, count);
  }
  // One gauge an indicator with an actual or a target; one counted per theme (several rows a kind) is for the radar.
  const gauges = dataset.indicators.filter((ind) => {
    const count = counts.get(ind.key);
    return count !== undefined && count.actual <= 1 && count.target <= 1;
  });
  const indicator =
    (v.indicator && dataset.indicator(v.indicator)) || gauges[0] || dataset.indicators.find((i) => i.id !== EMPHASIS_INDICATOR) || dataset.indicators[0]!;
  return { region, years, year, theme, gauges, indicator, hasEmphasis: dataset.indicator(EMPHASIS_INDICATOR) !== undefined };
}

// ------------------------------------------------------------------ templates

function problemList(problems: readonly Problem[], count: number, locale: Locale): TemplateResult {
  const terms = t();
  return html`<ul class="problems">
      ${problems.map((p) => html`<li>${terms.at(p.line, p.column)}${p.message[locale]}</li>`)}
    </ul>
    ${count > problems.length ? html`<p>${terms.more(count - problems.length)}</p>` : nothing}`;
}

function dataPanel(): TemplateResult {
  const terms = t();
  const locale = state.view.lang;
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    (event.currentTarget as HTMLElement).classList.remove('dragging');
    const file = event.dataTransfer?.files[0];
    if (file) void loadFile(file);
  };
  const onDrag = (event: DragEvent, on: boolean) => {
    event.preventDefault();
    (event.currentTarget as HTMLElement).classList.toggle('dragging', on);
  };
  const onUrl = (event: SubmitEvent) => {
    event.preventDefault();
    const input = (event.currentTarget as HTMLFormElement).elements.namedItem('url') as HTMLInputElement;
    if (input.value.trim()) void loadUrl(input.value.trim());
  };
  const errors = state.failed;
  return html`<details class="panel data-panel" ?open=${!state.dataset || state.problems.length > 0}>
    <summary><h2 id="data-heading">${terms.dataHeading}</h2></summary>
    <p class="status" role="status">${state.loading ? terms.loading : state.dataset ? terms.loaded(state.datasetName, state.dataset.size, state.dataset.regions.length, state.dataset.indicators.length) : ''}</p>
    <div role="alert" class="alert ${errors ? 'error' : 'warning'}" ?hidden=${state.problems.length === 0}>
      ${state.problems.length
        ? html`<p>${errors ? terms.kept(state.problemCount) : terms.warnings(state.problemCount)}</p>${problemList(state.problems, state.problemCount, locale)}`
        : nothing}
    </div>
    <div class="sources-grid">
      <button type="button" @click=${() => void loadUrl(BUNDLED, terms.bundledName)}>${terms.bundled}</button>
      <label class="dropzone" @dragover=${(e: DragEvent) => onDrag(e, true)} @dragleave=${(e: DragEvent) => onDrag(e, false)} @drop=${onDrop}>
        <span>${terms.uploadLabel}</span>
        <input type="file" accept=".csv,.tsv,.txt,.json,text/csv,application/json" @change=${(e: Event) => {
          const file = (e.target as HTMLInputElement).files?.[0];
          if (file) void loadFile(file);
        }} />
        <span class="hint">${terms.dropHint}</span>
      </label>
      <form class="url-form" @submit=${onUrl}>
        <label for="data-url">${terms.urlLabel}</label>
        <div class="row">
          <input id="data-url" name="url" type="url" inputmode="url" placeholder="https://…/indicators.csv" />
          <button type="submit">${terms.load}</button>
        </div>
      </form>
    </div>
    <p class="hint">${terms.privacy}</p>
    <p class="downloads">
      <button type="button" @click=${() => downloadText('edu-progress-template.csv', TEMPLATE_CSV, 'text/csv')}>${terms.downloadTemplate}</button>
      <button type="button" ?disabled=${!state.dataset} @click=${() => state.dataset && downloadText('edu-progress-data.csv', rowsToCsv(state.dataset), 'text/csv')}>${terms.downloadDataset}</button>
    </p>
  </details>`;
}

function select(id: string, label: string, value: string, options: readonly [string, string][], onChange: (value: string) => void): TemplateResult {
  return html`<label class="field" for=${id}>
    <span>${label}</span>
    <select id=${id} @change=${(e: Event) => onChange((e.target as HTMLSelectElement).value)}>
      ${options.map(([v, text]) => html`<option value=${v} ?selected=${v === value}>${text}</option>`)}
    </select>
  </label>`;
}

function chartTools(name: string, chartId: string): TemplateResult {
  const terms = t();
  const chart = () => document.getElementById(chartId) as EduChartElement | null;
  const rows = () => [...new Set(chart()?.model?.points.flatMap((p) => p.rows) ?? [])];
  const saveImage = (kind: 'png' | 'svg') => {
    const el = chart();
    if (el) (kind === 'svg' ? exportSvg : exportPng)(el, `${name}.${kind}`);
  };
  return html`<div class="tools">
    <button type="button" @click=${() => saveImage('png')}>${terms.exportPng}</button>
    <button type="button" @click=${() => saveImage('svg')}>${terms.exportSvg}</button>
    <button type="button" @click=${() => downloadText(`${name}.csv`, rowsToCsv(rows()), 'text/csv')}>${terms.exportCsv}</button>
  </div>`;
}

function embedSection(spec: EmbedSpec): TemplateResult {
  const terms = t();
  const script = scriptSnippet(spec, LIBRARY);
  const iframe = iframeSnippet(spec, EMBED_PAGE, terms.iframeTitle(terms.chartNames[spec.chart]), EMBED_HOST_SCRIPT);
  const copy = async (text: string, which: string) => {
    await navigator.clipboard?.writeText(text).catch(() => undefined);
    state.copied = which;
    update();
    setTimeout(() => {
      state.copied = undefined;
      update();
    }, 1500);
  };
  return html`<section class="panel embed" aria-labelledby="embed-heading">
    <h2 id="embed-heading">${terms.embedHeading}</h2>
    ${select('embed-chart', terms.embedChart, spec.chart, (['gauge', 'trend', 'radar'] as const).map((c) => [c, terms.chartNames[c]]), (v) => {
      state.embedChart = v as ChartKind;
      update();
    })}
    <div class="snippets">
      <div>
        <h3>${terms.scriptSnippet}</h3>
        <textarea readonly rows="4" aria-label=${terms.scriptSnippet} .value=${script}></textarea>
        <button type="button" @click=${() => copy(script, 'script')}>${state.copied === 'script' ? terms.copied : terms.copy}</button>
      </div>
      <div>
        <h3>${terms.iframeSnippet}</h3>
        <textarea readonly rows="6" aria-label=${terms.iframeSnippet} .value=${iframe}></textarea>
        <button type="button" @click=${() => copy(iframe, 'iframe')}>${state.copied === 'iframe' ? terms.copied : terms.copy}</button>
      </div>
    </div>
    <h3>${terms.preview}</h3>
    <iframe class="preview" title=${terms.iframeTitle(terms.chartNames[spec.chart])} src=${embedUrl(spec, EMBED_PAGE)} height="420"></iframe>
  </section>`;
}

function app(): TemplateResult {
  const terms = t();
  const locale = state.view.lang;
  const dataset = state.dataset;
  const header = html`<header class="masthead">
    <div>
      <h1>${terms.title}</h1>
      <p class="lead">${terms.lead}</p>
    </div>
    <div class="lang" role="group" aria-label=${terms.language}>
      ${(['zh-CN', 'en'] as const).map(
        (lang) => html`<button type="button" lang=${lang} aria-pressed=${lang === locale ? 'true' : 'false'} @click=${() => update({ lang })}>${lang === 'zh-CN' ? '中文' : 'English'}</button>`,
      )}
    </div>
  </header>`;
  if (!dataset) return html`${header}<main>${dataPanel()}</main>`;

  const v = view(dataset);
  const themeLabel = (id: string) => themeName(state.themes, id, locale);
  const spec: EmbedSpec = {
    chart: state.embedChart,
    data: state.dataUrl ?? BUNDLED,
    themes: THEMES,
    region: state.embedChart === 'radar' ? undefined : v.region.name,
    indicator: v.indicator.id || v.indicator.name,
    year: state.embedChart === 'gauge' ? v.year : undefined,
    measure: 'attainment',
    lang: locale,
  };
  return html`${header}
    <main>
      <section class="panel controls" aria-label=${terms.region}>
        ${select('region', terms.region, v.region.key, dataset.regions.map((r) => [r.key, r.parent ? `${r.parent} ${r.name}` : r.name]), (value) => update({ region: value, year: undefined }))}
        ${select('year', terms.year, String(v.year ?? ''), v.years.map((y) => [String(y), String(y)]), (value) => update({ year: Number(value) }))}
        ${select('theme', terms.theme, v.theme ?? '', [['', terms.allThemes], ...dataset.themes.map((id): [string, string] => [id, themeLabel(id)])], (value) => update({ theme: value || undefined }))}
        ${select('indicator', terms.indicator, v.indicator.key, dataset.indicators.filter((i) => i.id !== EMPHASIS_INDICATOR).map((i) => [i.key, i.name]), (value) => update({ indicator: value }))}
      </section>
      ${dataPanel()}
      <edu-data themes-src=${THEMES} .dataset=${dataset}>
        <section class="panel" aria-labelledby="radar-heading">
          <h2 id="radar-heading">${terms.radarHeading}</h2>
          <div class="radars">
            <figure>
              <figcaption>${terms.radarAttainment}</figcaption>
              <edu-radar id="radar-attainment" measure="attainment"></edu-radar>
              ${chartTools('edu-radar-attainment', 'radar-attainment')}
            </figure>
            ${v.hasEmphasis
              ? html`<figure>
                  <figcaption>${terms.radarEmphasis}</figcaption>
                  <edu-radar id="radar-emphasis" measure=${`indicator:${EMPHASIS_INDICATOR}`}></edu-radar>
                  ${chartTools('edu-radar-plan-items', 'radar-emphasis')}
                </figure>`
              : nothing}
          </div>
        </section>
        <section class="panel" aria-labelledby="trend-heading">
          <h2 id="trend-heading">${terms.trendHeading}：${v.indicator.name}</h2>
          <edu-trend id="trend" indicator=${v.indicator.key}></edu-trend>
          ${chartTools(`edu-trend-${v.indicator.id || 'indicator'}`, 'trend')}
        </section>
        <section class="panel" aria-labelledby="gauges-heading">
          <h2 id="gauges-heading">${terms.gaugesHeading(v.region.name, v.year)}</h2>
          <p class="hint">${v.gauges.length ? terms.gaugesCount(v.gauges.length) : terms.noGauges}</p>
          <div class="gauges">
            ${repeat(
              v.gauges,
              (ind) => ind.key,
              (ind) => html`<div class="card">
                <edu-gauge region=${v.region.key} indicator=${ind.key} year=${v.year ?? ''}></edu-gauge>
                <button type="button" class="link" @click=${() => {
                  update({ indicator: ind.key });
                  document.getElementById('trend-heading')?.scrollIntoView({ behavior: 'smooth' });
                }}>${terms.showTrend}</button>
              </div>`,
            )}
          </div>
        </section>
      </edu-data>
      ${embedSection(spec)}
      <footer class="panel">
        <h2>${terms.sourcesHeading}</h2>
        <ul>
          ${dataset.sources.map((source) => html`<li>${source}</li>`)}
        </ul>
      </footer>
    </main>`;
}

// ------------------------------------------------------------------ start

void loadThemes(THEMES).then((themes) => {
  state.themes = themes;
  update();
});

async function start(): Promise<void> {
  update();
  const asked = state.view.data;
  if (asked) {
    await loadUrl(asked);
    if (state.dataset) return;
    // The ?data URL failed: show why, over the bundled data rather than an empty page.
    const { problems, problemCount } = state;
    await loadUrl(BUNDLED, t().bundledName);
    Object.assign(state, { problems, problemCount, failed: true });
    update();
    return;
  }
  await loadUrl(BUNDLED, t().bundledName);
}

void start();
