// The demo page, built around the reader's question: did my district do what it
// promised? First the chosen region's scorecard; then, theme by theme, each target
// of the plan year as a bullet and each figure no target covers as a tile; then an
// indicator year by year and the districts compared by theme. Below, for analysts:
// your own dataset (file, drop or URL, parsed here and sent nowhere), its
// validation report, rows drafted from a document's text and reviewed, exports and
// embed codes. What an analyst uploads or builds, and a review in progress, are kept
// in this browser's IndexedDB as they work (work-store.ts) and offered back on return.
import { html, nothing, render, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { repeat } from 'lit/directives/repeat.js';
import '../src/index.js';
import { formatValue, labelColon } from '../src/charts/format.js';
import { indicatorName, regionName, rowIndicator, rowUnit } from '../src/charts/names.js';
import type { RadarMeasure } from '../src/charts/radar.js';
import type { Dataset, RegionInfo } from '../src/data/dataset.js';
import { absoluteUrl, loadDataset } from '../src/data/loader.js';
import type { TargetOutcome } from '../src/data/outcomes.js';
import { loadManifest, loadPack } from '../src/data/pack.js';
import { packRegion, type PackManifest } from '../src/data/pack-manifest.js';
import { isManifestUrl } from '../src/data/pack-url.js';
import { parseDataset } from '../src/data/parse-dataset.js';
import type { ParseResult } from '../src/data/parse.js';
import type { Problem } from '../src/data/problems.js';
import type { Column, IndicatorRow } from '../src/data/schema.js';
import { loadThemes, themeName, type Theme } from '../src/data/themes.js';
import type { EduChartElement } from '../src/elements/shared/edu-chart-element.js';
import type { Locale } from '../src/i18n/locale.js';
import { cellsToCsv, rowsToCsv, TEMPLATE_CSV } from './csv-export.js';
import { documentPanel, reviewTitle, type ReviewOutcome } from './document-panel.js';
import { embedUrl, iframeSnippet, scriptSnippet, type ChartKind, type EmbedSpec } from './embed-code.js';
import { downloadText, exportPng, exportSvg } from './export-chart.js';
import { fileDrop } from './file-drop.js';
import { joinRows } from './join-rows.js';
import { problemList } from './problem-list.js';
import './region-combobox.js';
import { pickerRegions } from './region-search.js';
import {
  bulletYear,
  comparableRegions,
  defaultOpen,
  perThemeIndicators,
  planYears,
  radarRegions,
  regionStory,
  resolvePlanYear,
  sourceList,
  storyYear,
  trendIndicator,
  type RegionStory,
  type ThemeSection,
} from './sections.js';
import { DEMO_TERMS } from './terms.js';
import {
  acceptedRows,
  markAdded,
  newReview,
  redraft,
  reviewCounts,
  reviewedCells,
  reviewedRows,
  rowReview,
  rowsToAdd,
  setDocumentField,
  type DocumentField,
  type Review,
} from './review.js';
import { readViewState, writeViewState, type ViewState } from './view-state.js';
import { WorkStore, type StorageProblem, type WorkChanges } from './work-store.js';
// The embed preview is sized as a host page's iframe is, by the script the iframe snippet loads.
import './embed-host.js';

const BUNDLED = absoluteUrl('./data/indicators.csv');
const THEMES = absoluteUrl('./data/themes.csv');
const LIBRARY = absoluteUrl('./lib/edu-progress.js');
const EMBED_PAGE = absoluteUrl('./embed.html');
const EMBED_HOST_SCRIPT = absoluteUrl('./lib/embed-host.js');
/** The indicator the plans count per theme: the second radar compares the plans' emphasis by it. */
const EMPHASIS_INDICATOR = 'plan_items';

interface State {
  view: ViewState;
  dataset: Dataset | undefined;
  datasetName: string;
  /** Where the current dataset came from, when it has a URL (an uploaded file has none). */
  dataUrl: string | undefined;
  /** When dataUrl names a data pack: its manifest. The dataset is then the chosen region's file. */
  pack: PackManifest | undefined;
  themes: readonly Theme[];
  loading: boolean;
  /** The last load's problems: errors when it failed (and the previous data stayed), else warnings. */
  problems: readonly Problem[];
  problemCount: number;
  failed: boolean;
  embedChart: ChartKind;
  /** The embed panel is open (its preview loads only then). */
  embedOpen: boolean;
  copied: string | undefined;
  /** The theme sections open in `story`; a new story (dataset, region, plan year, theme order) opens the defaults. */
  open: { story: RegionStory; themes: Set<string> } | undefined;
  /** A document's draft under review, and what came of adding its accepted rows. */
  review: Review | undefined;
  reviewOutcome: ReviewOutcome | undefined;
  extracting: boolean;
  /** Work saved on an earlier visit (or by another tab), offered back until the analyst continues or discards it. */
  offer: Partial<Work> | undefined;
  offerAt: number | undefined;
  /** When another tab's newer work replaced this tab's. */
  newerAt: number | undefined;
  /** When the work was last saved in this browser; why it cannot be. */
  savedAt: number | undefined;
  storage: StorageProblem | undefined;
}

/** A dataset the analyst uploaded (its bytes, any encoding) or built (CSV text), as kept in the browser. */
interface SavedDataset {
  readonly name: string;
  readonly data: string | Uint8Array;
}

/** The analyst's work, as the work store keeps it. */
interface Work {
  dataset: SavedDataset;
  review: Review;
}

const root = document.getElementById('app')!;
const state: State = {
  view: readViewState(location.search, document.documentElement.lang),
  dataset: undefined,
  datasetName: '',
  dataUrl: undefined,
  pack: undefined,
  themes: [],
  loading: true,
  problems: [],
  problemCount: 0,
  failed: false,
  embedChart: 'scorecard',
  embedOpen: false,
  copied: undefined,
  open: undefined,
  review: undefined,
  reviewOutcome: undefined,
  extracting: false,
  offer: undefined,
  offerAt: undefined,
  newerAt: undefined,
  savedAt: undefined,
  storage: undefined,
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

/** How many times the dataset was replaced: a load that finds it replaced while it waited drops its result. */
let replaced = 0;

/** Takes a load's result, unless another dataset came while it loaded (the analyst's, restored or uploaded). */
function acceptUnlessReplaced(since: number, ...args: Parameters<typeof accept>): void {
  if (replaced === since) accept(...args);
}

function accept(result: ParseResult, name: string, url: string | undefined, pack?: PackManifest, view: Partial<ViewState> = {}): void {
  if (result.ok) replaced++;
  state.loading = false;
  state.problems = result.problems;
  state.problemCount = result.problemCount;
  state.failed = !result.ok;
  if (result.ok) {
    state.dataset = result.dataset;
    state.datasetName = name;
    state.dataUrl = url;
    state.pack = pack;
  }
  update(result.ok ? view : {});
}

function failed(problems: readonly Problem[]): ParseResult {
  return { ok: false, problems, problemCount: problems.length, format: undefined, encoding: undefined };
}

async function loadUrl(url: string, name = url): Promise<void> {
  state.loading = true;
  update();
  const since = replaced;
  if (!isManifestUrl(url)) return acceptUnlessReplaced(since, await loadDataset(url), name, absoluteUrl(url));
  // A data pack: its manifest, then the asked (or first) region's file only.
  const manifest = await loadManifest(url);
  if (!manifest.ok) return acceptUnlessReplaced(since, failed(manifest.problems), name, undefined);
  const region = (state.view.region && packRegion(manifest.manifest, state.view.region)) || manifest.manifest.regions[0]!;
  acceptUnlessReplaced(since, await loadPack(url, { regions: [region.key] }), name, absoluteUrl(url), manifest.manifest);
}

/** Shows another region: in a data pack, once its file has come (on failure the shown region stays, and the alert says why). */
async function chooseRegion(key: string): Promise<void> {
  const { pack, dataUrl, dataset } = state;
  if (!pack || !dataUrl || dataset?.region(key)) return update({ region: key, year: undefined });
  state.loading = true;
  update();
  const since = replaced;
  acceptUnlessReplaced(since, await loadPack(dataUrl, { regions: [key] }), state.datasetName, dataUrl, pack, { region: key, year: undefined });
}

async function loadFile(file: File): Promise<void> {
  state.loading = true;
  update();
  const bytes = new Uint8Array(await file.arrayBuffer());
  const result = parseDataset(bytes);
  accept(result, file.name, undefined);
  if (result.ok) persist({ dataset: { name: file.name, data: bytes } });
}

// ------------------------------------------------------------------ the analyst's work, kept in the browser

const store = WorkStore.open<Work>({
  onNewer: (work, changed) => {
    if (state.offer) {
      // Not yet taken up here: the offer is of the newer work now.
      offerBack(work);
      state.offerAt = Date.now();
      return update();
    }
    restore(work, changed);
    state.newerAt = Date.now();
    update();
  },
  onProblem: (problem) => {
    state.storage = problem;
    update();
  },
});

function offerBack(work: Partial<Work>): void {
  const some = work.dataset !== undefined || work.review !== undefined;
  state.offer = some ? { ...work } : undefined;
}

/** Writes parts of the work; a part written is no longer offered back (the analyst has moved on from it). */
function persist(changes: WorkChanges<Work>): void {
  if (state.offer) {
    const rest: Partial<Work> = { ...state.offer };
    for (const key of Object.keys(changes) as (keyof Work)[]) delete rest[key];
    offerBack(rest);
  }
  state.newerAt = undefined;
  void store.then(async (s) => {
    await s.save(changes);
    state.savedAt = s.problem ? undefined : s.savedAt;
    update();
  });
}

/** Shows saved work: the parts named. */
function restore(work: Partial<Work>, parts: readonly (keyof Work)[]): void {
  if (parts.includes('dataset') && work.dataset) accept(parseDataset(work.dataset.data), work.dataset.name, undefined);
  if (parts.includes('review')) {
    state.review = work.review;
    state.reviewOutcome = undefined;
  }
}

function continueWork(): void {
  const work = state.offer;
  state.offer = undefined;
  if (work) restore(work, Object.keys(work) as (keyof Work)[]);
  update();
}

function discardWork(): void {
  state.offer = undefined;
  update();
  void store.then((s) => s.clear());
}

// ------------------------------------------------------------------ from a document

async function extractDocument(text: string | Uint8Array, name: string): Promise<void> {
  state.extracting = true;
  update();
  try {
    // The extractor loads when first used: a reader who never drafts from a document never downloads it.
    const { extractDraft } = await import('../src/extract/index.js');
    changeReview(newReview(name, extractDraft({ text, themes: state.themes, reference: state.dataset })));
  } finally {
    state.extracting = false;
    update();
  }
}

/** Drafts the review's text again with a field of its document changed, keeping the decisions of the rows drafted again. */
async function changeDocument(field: DocumentField, text: string): Promise<void> {
  const { extractDraft } = await import('../src/extract/index.js');
  // The review as it is once the extractor is here: another change may have come meanwhile.
  const review = state.review;
  if (!review) return;
  const document = setDocumentField(review.document ?? {}, field, text);
  changeReview(redraft(review, document, extractDraft({ text: review.result.text, document, themes: state.themes, reference: state.dataset })));
}

function changeReview(review: Review | undefined): void {
  state.review = review;
  state.reviewOutcome = undefined;
  persist({ review });
  update();
}

/** The accepted rows not yet added, read and checked as an upload is, joined to the current data. */
function addAccepted(): void {
  const review = state.review;
  if (!review) return;
  const rows = rowsToAdd(review);
  const rowNumbers = rows.map((row) => review.result.rows.indexOf(row) + 1);
  const joined = joinRows(state.dataset, cellsToCsv(reviewedRows(review, rows), false), (line) => rowNumbers[line - 2] ?? line);
  state.reviewOutcome = { problems: joined.problems, problemCount: joined.problemCount, failed: !joined.ok, added: rows.length };
  if (!joined.ok) return update();
  const title = reviewTitle(review, state.view.lang);
  const name = state.datasetName.includes(title) ? state.datasetName : t().builtName(state.datasetName, title);
  state.review = markAdded(review, rows);
  accept({ ...joined, problems: [], problemCount: 0 }, name, undefined, undefined, shownAfterAdding(joined.dataset, rows.map((row) => reviewedCells(row, rowReview(review, row.id)))));
  persist({ dataset: { name, data: rowsToCsv(joined.dataset, false) }, review: state.review });
}

/** The rows added are of one region the page does not show: it shows that region then, at its latest plan year. */
function shownAfterAdding(dataset: Dataset, rows: readonly Readonly<Record<Column, string>>[]): Partial<ViewState> {
  const regions = new Set(rows.map((cells) => dataset.region(cells.region_code || cells.region)?.key));
  const [added] = regions;
  const shown = (state.view.region && dataset.region(state.view.region)) || dataset.regions[0];
  return regions.size === 1 && added !== undefined && added !== shown?.key ? { region: added, year: undefined } : {};
}

function formatTime(at: number): string {
  const locale = state.view.lang;
  const today = new Date(at).toDateString() === new Date().toDateString();
  return new Date(at).toLocaleString(locale, today ? { hour: '2-digit', minute: '2-digit' } : { dateStyle: 'medium', timeStyle: 'short' });
}

// ------------------------------------------------------------------ templates

function loadedText(dataset: Dataset): string {
  const { pack, datasetName } = state;
  if (!pack) return t().loaded(datasetName, dataset.size, dataset.regions.length, dataset.indicators.length);
  return t().loadedPack(datasetName, pack.rows, pack.regions.length, pack.indicators.length, regionName(dataset.regions[0]!, state.view.lang), dataset.size);
}

/** Work found on return, offered back: "continue where you left off", or discard it. */
function workOffer(): TemplateResult | typeof nothing {
  const offer = state.offer;
  if (!offer) return nothing;
  const terms = t();
  const review = offer.review;
  const decided = review ? (({ accepted, rejected }) => accepted + rejected)(reviewCounts(review)) : 0;
  return html`<section class="work-notice" aria-labelledby="work-offer">
    <p id="work-offer">${terms.offer(formatTime(state.offerAt ?? Date.now()))}</p>
    <ul>
      ${offer.dataset ? html`<li>${terms.offerDataset(offer.dataset.name)}</li>` : nothing}
      ${review ? html`<li>${terms.offerReview(reviewTitle(review, state.view.lang), decided, review.result.rows.length)}</li>` : nothing}
    </ul>
    <div class="review-actions">
      <button type="button" class="continue-work" @click=${continueWork}>${terms.continueWork}</button>
      <button type="button" class="discard-work" @click=${discardWork}>${terms.discardWork}</button>
    </div>
  </section>`;
}

/** Where the work is kept: saved, replaced by another tab's, or in this page only (and why). */
function workStatus(): TemplateResult {
  const terms = t();
  return html`${state.storage ? html`<p class="alert error" role="alert">${terms.storage[state.storage]}</p>` : nothing}
    <p class="hint work-status" role="status">${state.newerAt
      ? terms.newerWork(formatTime(state.newerAt))
      : state.savedAt && !state.storage
        ? terms.savedAt(formatTime(state.savedAt))
        : ''}</p>`;
}

function dataPanel(): TemplateResult {
  const terms = t();
  const locale = state.view.lang;
  const onUrl = (event: SubmitEvent) => {
    event.preventDefault();
    const input = (event.currentTarget as HTMLFormElement).elements.namedItem('url') as HTMLInputElement;
    if (input.value.trim()) void loadUrl(input.value.trim());
  };
  const errors = state.failed;
  return html`<details class="panel data-panel" ?open=${!state.dataset || state.problems.length > 0 || state.review !== undefined}>
    <summary><h2 id="data-heading">${terms.dataHeading}</h2></summary>
    <p class="status" role="status">${state.loading ? terms.loading : state.dataset ? loadedText(state.dataset) : ''}</p>
    <div role="alert" class="alert ${errors ? 'error' : 'warning'}" ?hidden=${state.problems.length === 0}>
      ${state.problems.length
        ? html`<p>${errors ? terms.kept(state.problemCount) : terms.warnings(state.problemCount)}</p>${problemList(state.problems, state.problemCount, locale)}`
        : nothing}
    </div>
    <div class="sources-grid">
      <button type="button" @click=${() => void loadUrl(BUNDLED, terms.bundledName)}>${terms.bundled}</button>
      ${fileDrop(terms.uploadLabel, terms.dropHint, '.csv,.tsv,.txt,.json,text/csv,application/json', (file) => void loadFile(file))}
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
    ${workStatus()}
    ${documentPanel({
      locale,
      review: state.review,
      outcome: state.reviewOutcome,
      extracting: state.extracting,
      themes: state.themes,
      indicators: state.dataset?.indicators ?? [],
      regions: state.dataset?.regions ?? [],
      onExtract: (text, name) => void extractDocument(text, name),
      onChange: changeReview,
      onDocument: (field, text) => void changeDocument(field, text),
      onAdd: addAccepted,
      onDownload: () => state.review && downloadText('edu-progress-draft.csv', cellsToCsv(reviewedRows(state.review, acceptedRows(state.review))), 'text/csv'),
      onDiscard: () => changeReview(undefined),
    })}
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
  return html`<details class="panel embed" ?open=${state.embedOpen} @toggle=${(e: Event) => {
      const open = (e.currentTarget as HTMLDetailsElement).open;
      if (open !== state.embedOpen) {
        state.embedOpen = open;
        update();
      }
    }}>
    <summary><h2 id="embed-heading">${terms.embedHeading}</h2></summary>
    <p class="hint">${terms.embedHint}</p>
    ${select('embed-chart', terms.embedChart, spec.chart, (['scorecard', 'gauge', 'trend', 'radar'] as const).map((c) => [c, terms.chartNames[c]]), (v) => {
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
    ${state.embedOpen
      ? html`<iframe class="preview" title=${terms.iframeTitle(terms.chartNames[spec.chart])} src=${embedUrl(spec, EMBED_PAGE)} height="420"></iframe>`
      : nothing}
  </details>`;
}

// ------------------------------------------------------------------ the region's story

function themeLabel(id: string, locale: Locale): string {
  return id === '' ? t().noTheme : themeName(state.themes, id, locale);
}

/** The last story built, reused while its inputs stay (every copy click and toggle renders the page). */
let lastStory: { dataset: Dataset; region: string; year: number | undefined; themes: readonly Theme[]; story: RegionStory; perTheme: Set<string> } | undefined;

function storyOf(dataset: Dataset, region: string, year: number | undefined) {
  const themes = state.themes;
  if (lastStory?.dataset !== dataset || lastStory.region !== region || lastStory.year !== year || lastStory.themes !== themes) {
    lastStory = { dataset, region, year, themes, story: regionStory(dataset, region, year, themes), perTheme: perThemeIndicators(dataset, region) };
  }
  return lastStory;
}

/** Regions with a value for each radar's measure, by dataset (the region picker only reorders them). */
const comparableByDataset = new WeakMap<Dataset, Map<string, readonly string[]>>();

function radarFor(dataset: Dataset, region: string, measureText: string, measure: RadarMeasure) {
  let byMeasure = comparableByDataset.get(dataset);
  if (!byMeasure) comparableByDataset.set(dataset, (byMeasure = new Map()));
  let regions = byMeasure.get(measureText);
  if (!regions) byMeasure.set(measureText, (regions = comparableRegions(dataset, measure)));
  return radarRegions(regions, region);
}

function resolveView(dataset: Dataset) {
  const v = state.view;
  const region = (v.region && dataset.region(v.region)) || dataset.regions[0]!;
  const year = resolvePlanYear(dataset, region.key, v.year);
  const { story, perTheme } = storyOf(dataset, region.key, year);
  const theme = v.theme !== undefined && story.sections.some((s) => s.theme === v.theme) ? v.theme : undefined;
  const indicator = trendIndicator(dataset, story, v.indicator)!;
  // A new story (dataset, region, plan year, or the theme table's order once it loads): the default sections open.
  if (state.open?.story !== story) state.open = { story, themes: defaultOpen(story.sections) };
  return { region, year, story, theme, indicator, perTheme, open: state.open.themes };
}

function showTrend(indicator: string): void {
  update({ indicator });
  document.getElementById('trend-heading')?.scrollIntoView({ behavior: 'smooth' });
}

function trendButton(indicatorKey: string, name: string): TemplateResult {
  const terms = t();
  return html`<button type="button" class="link" aria-label=${`${terms.showTrend}${labelColon(state.view.lang)}${name}`} @click=${() => showTrend(indicatorKey)}>${terms.showTrend}</button>`;
}

/** A target as a bullet row (its status in words is the element's), and a way to its trend. */
function bulletRow(region: RegionInfo, outcome: TargetOutcome): TemplateResult {
  const terms = t();
  const locale = state.view.lang;
  const target = outcome.target;
  return html`<li class="item bullet-item">
    <edu-gauge variant="bullet" region=${region.key} indicator=${target.indicatorKey} year=${bulletYear(outcome)}></edu-gauge>
    ${trendButton(target.indicatorKey, rowIndicator(target, locale))}
    ${outcome.related.length
      ? html`<p class="related">${terms.related(outcome.related.map((row) => terms.relatedFigure(rowIndicator(row, locale), formatValue(row.value, rowUnit(row, locale), locale, row.valueMax), row.year)))}</p>`
      : nothing}
  </li>`;
}

/** A figure no target covers, written out by the element's figure view (which says "no target set"), and a way to its trend. */
function figureTile(region: RegionInfo, row: IndicatorRow): TemplateResult {
  return html`<li class="item figure-item">
    <edu-gauge region=${region.key} indicator=${row.indicatorKey} year=${row.year}></edu-gauge>
    ${trendButton(row.indicatorKey, rowIndicator(row, state.view.lang))}
  </li>`;
}

function themeSection(section: ThemeSection, region: RegionInfo, year: number, open: Set<string>, forced: boolean): TemplateResult {
  const terms = t();
  const locale = state.view.lang;
  const isOpen = forced || open.has(section.theme);
  const onToggle = (event: Event) => {
    const now = (event.currentTarget as HTMLDetailsElement).open;
    if (now === open.has(section.theme) || forced) return;
    if (now) open.add(section.theme);
    else open.delete(section.theme);
    update();
  };
  const empty = section.targets.length === 0 && section.figures.length === 0;
  return html`<details class="theme-section" data-theme=${section.theme} ?open=${isOpen} @toggle=${onToggle}>
    <summary>
      <h3><span class="theme-name">${themeLabel(section.theme, locale)}</span><span class="counts"> · ${terms.sectionCounts(section.targets.length, section.counts, section.figures.length)}</span></h3>
    </summary>
    ${isOpen
      ? html`${section.targets.length
            ? html`<ul class="bullets">
                ${repeat(section.targets, (o) => o.target.indicatorKey, (o) => bulletRow(region, o))}
              </ul>`
            : nothing}
          ${section.figures.length
            ? html`<ul class="figures">
                ${repeat(section.figures, (row) => row.indicatorKey, (row) => figureTile(region, row))}
              </ul>`
            : nothing}
          ${empty ? html`<p class="hint">${terms.emptySection(year)}</p>` : nothing}`
      : nothing}
  </details>`;
}

function radarFigure(id: string, measureText: string, measure: RadarMeasure, caption: string, dataset: Dataset, region: RegionInfo): TemplateResult {
  const terms = t();
  const locale = state.view.lang;
  // The picked region is asked for even where it has no value: the radar's caption then says why it is left out.
  const { regions, comparable } = radarFor(dataset, region.key, measureText, measure);
  const names = comparable.map((key) => regionName(dataset.region(key)!, locale));
  return html`<figure>
    <figcaption>${caption}</figcaption>
    <p class="hint">${terms.radarHint(names, comparable.includes(region.key) ? undefined : regionName(region, locale))}</p>
    <edu-radar id=${id} measure=${measureText} region=${regions.join(',')}></edu-radar>
    ${chartTools(`edu-${id}`, id)}
  </figure>`;
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
  if (!dataset) return html`${header}<main>${workOffer()}${dataPanel()}</main>`;

  const v = resolveView(dataset);
  const { region, year, story } = v;
  const sections = v.theme === undefined ? story.sections : story.sections.filter((s) => s.theme === v.theme);
  const targetCount = story.sections.reduce((n, s) => n + s.targets.length, 0);
  const figureCount = story.sections.reduce((n, s) => n + s.figures.length, 0);
  const regionShown = regionName(region, locale);
  const spec: EmbedSpec = {
    chart: state.embedChart,
    data: state.dataUrl ?? BUNDLED,
    themes: THEMES,
    region: state.embedChart === 'radar' ? undefined : region.name,
    indicator: v.indicator.id || v.indicator.name,
    // The scorecard's year is the plan year; a gauge's, the year its bullet or tile shows here.
    year: state.embedChart === 'scorecard' ? year : state.embedChart === 'gauge' ? (storyYear(story, v.indicator.key) ?? year) : undefined,
    measure: 'attainment',
    themeFilter: v.theme,
    lang: locale,
  };
  const trendChoices = dataset.indicators.filter((i) => (i.id !== EMPHASIS_INDICATOR && !v.perTheme.has(i.key)) || i.key === v.indicator.key);
  return html`${header}
    <main>
      ${workOffer()}
      <section class="panel controls" aria-label=${terms.controls}>
        <region-combobox
          input-id="region"
          .regions=${pickerRegions(state.pack?.regions ?? dataset.regions)}
          value=${region.key}
          locale=${locale}
          @region-change=${(event: CustomEvent<{ key: string }>) => void chooseRegion(event.detail.key)}
        ></region-combobox>
        ${select('year', terms.year, String(year ?? ''), planYears(dataset, region.key).map((y) => [String(y.year), terms.yearOption(y.year, y.targets)]), (value) => update({ year: Number(value) }))}
      </section>
      <edu-data themes-src=${THEMES} .dataset=${dataset}>
        <section class="panel scorecard" aria-label=${terms.scorecardLabel(regionShown)}>
          <edu-scorecard id="scorecard" region=${region.key} year=${ifDefined(year)} theme-filter=${ifDefined(v.theme)} lang=${locale}></edu-scorecard>
          ${chartTools(`edu-scorecard-${region.code || region.key}-${year ?? ''}`, 'scorecard')}
        </section>
        <section class="themes" aria-labelledby="themes-heading">
          <div class="themes-head">
            <h2 id="themes-heading">${terms.themesHeading(regionShown)}</h2>
            ${select('theme', terms.theme, v.theme ?? '', [['', terms.allThemes], ...story.sections.map((s): [string, string] => [s.theme, themeLabel(s.theme, locale)])], (value) => update({ theme: value || undefined }))}
          </div>
          <p class="hint" id="themes-hint">${year === undefined ? terms.noYear : terms.themesHint(year, story.through ?? year, targetCount, figureCount)}</p>
          ${v.theme !== undefined
            ? html`<p class="hint">${terms.onlyTheme(themeLabel(v.theme, locale))} <button type="button" class="link" @click=${() => update({ theme: undefined })}>${terms.showAllThemes}</button></p>`
            : nothing}
          ${year === undefined
            ? nothing
            : repeat(sections, (s) => s.theme, (s) => themeSection(s, region, year, v.open, v.theme !== undefined))}
        </section>
        <section class="panel" aria-labelledby="trend-heading">
          <h2 id="trend-heading">${terms.trendHeading}${labelColon(locale)}${indicatorName(v.indicator, locale)}</h2>
          <p class="hint">${terms.trendHint}</p>
          ${select('indicator', terms.indicator, v.indicator.key, trendChoices.map((i) => [i.key, indicatorName(i, locale)]), (value) => update({ indicator: value }))}
          <edu-trend id="trend" indicator=${v.indicator.key}></edu-trend>
          ${chartTools(`edu-trend-${v.indicator.id || 'indicator'}`, 'trend')}
        </section>
        <section class="panel" aria-labelledby="radar-heading">
          <h2 id="radar-heading">${terms.radarHeading}</h2>
          <div class="radars">
            ${radarFigure('radar-attainment', 'attainment', { type: 'attainment' }, terms.radarAttainment, dataset, region)}
            ${dataset.indicator(EMPHASIS_INDICATOR)
              ? radarFigure('radar-emphasis', `indicator:${EMPHASIS_INDICATOR}`, { type: 'indicator', indicator: EMPHASIS_INDICATOR }, terms.radarEmphasis, dataset, region)
              : nothing}
          </div>
        </section>
      </edu-data>
      ${dataPanel()}
      ${embedSection(spec)}
      <footer class="panel">
        <h2>${terms.sourcesHeading}</h2>
        <ul>
          ${sourceList(dataset, locale).map((source) => html`<li lang=${ifDefined(source.zh ? 'zh-CN' : undefined)}>${source.name}</li>`)}
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
  void store.then((s) => {
    state.storage = s.problem;
    state.offerAt = s.savedAt;
    offerBack(s.saved);
    update();
  });
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
