import { ContextConsumer } from '@lit/context';
import { html, LitElement, nothing, type PropertyValues, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { labelColon } from '../../charts/format.js';
import type { ChartModel, ChartPoint } from '../../charts/model.js';
import type { EmptyReason, Selection } from '../../charts/slices.js';
import { indicatorName, regionName } from '../../charts/names.js';
import { provenance } from '../../charts/table.js';
import type { ChartTokens } from '../../charts/tokens.js';
import type { Dataset } from '../../data/dataset.js';
import type { PackNeed } from '../../data/pack-manifest.js';
import type { Problem } from '../../data/problems.js';
import type { Theme } from '../../data/themes.js';
import { resolveLocale, type Locale } from '../../i18n/locale.js';
import { TERMS, type Terms } from '../../i18n/terms.js';
import { canDrawCharts } from './browser-support.js';
import type { ChartLegend } from './chart-legend.js';
import { chartStyles } from './chart-styles.js';
import { ChartTooltip } from './chart-tooltip.js';
import { DatasetLoader } from './dataset-loader.js';
import { datasetContext, IDLE, type DatasetState } from './dataset-state.js';
import { loadedPart, settleParts, type ECharts, type EChartsExtension, type OptionalPart, type PartModules } from './echarts.js';
import { EChartsController, type Renderer } from './echarts-controller.js';
import { HostAria } from './host-aria.js';
import { languageMarked, linkedText } from './linked-text.js';
import { observeDocumentLang } from './locale-observer.js';
import { onPreferenceChange } from './reader-preferences.js';
import { readTokens, tokenStyles, type ThemeName } from './tokens.js';
import { nearOrIdle } from './viewport-priority.js';

export type ChartStatus = 'loading' | 'ready' | 'empty' | 'error';

/**
 * What a chart element builds from its data: a model to draw, or why there is
 * nothing; or, for builders that come with an on-demand part, that the part is
 * still loading or could not be loaded (withPart).
 */
export type ModelResult =
  | { readonly ok: true; readonly model: ChartModel }
  | ({ readonly ok: false } & EmptyReason)
  | { readonly ok: false; readonly reason: 'part-loading' | 'part-failed' };

export interface BuildInput {
  readonly dataset: Dataset;
  readonly themes: readonly Theme[];
  readonly selection: Selection;
  readonly tokens: ChartTokens;
  readonly locale: Locale;
}

/** Detail of edu-select: the chosen point's rows, each with source, source_item and excerpt. */
export interface SelectDetail {
  readonly label: string;
  readonly rows: ChartPoint['rows'];
  /** On a scorecard: the chosen segment's targets, each with what became of it. */
  readonly targets?: ChartPoint['targets'];
}

/** Detail of edu-error. */
export interface ErrorDetail {
  readonly problems: readonly Problem[];
  readonly problemCount: number;
}

/** One empty theme list, so a dataset property without an <edu-data> keeps its cached state across updates. */
const NO_THEMES: readonly Theme[] = [];

const yearConverter = {
  fromAttribute: (value: string | null) => {
    const year = Number(value);
    return value !== null && value.trim() !== '' && Number.isInteger(year) ? year : undefined;
  },
  toAttribute: (value: number | undefined) => (value === undefined ? null : String(value)),
};

/**
 * What every chart element shares: where its data comes from (src, the dataset
 * property, or an enclosing <edu-data>), its states, the ECharts lifecycle,
 * the caption, the data table, keyboard access and events. Subclasses only
 * turn a dataset into a ChartModel.
 */
export abstract class EduChartElement extends LitElement {
  static override styles = [tokenStyles, chartStyles];

  /**
   * Properties whose change means a new model; the rest (focus, the table
   * toggle) only re-render the HTML. A subclass adds the attributes of its own
   * that shape its model.
   */
  protected static readonly modelProperties: readonly string[] = ['dataset', 'src', 'themesSrc', 'region', 'indicator', 'year', 'lang', 'theme', 'decals'];

  /**
   * The ECharts series and components the chart draws with, registered before
   * its first instance (echarts.ts); what only some of its views need comes
   * with an on-demand part instead (withPart).
   */
  protected static readonly echartsExtensions: readonly EChartsExtension[] = [];

  static override properties = {
    src: { reflect: true },
    themesSrc: { attribute: 'themes-src', reflect: true },
    dataset: { attribute: false },
    // Not reflected: their empty defaults must not sprout attributes (lang="" would mean "unknown language").
    region: {},
    indicator: {},
    year: { converter: yearConverter },
    lang: {},
    renderer: { reflect: true },
    theme: { reflect: true },
    decals: { type: Boolean, reflect: true },
    status: { reflect: true },
    tableShown: { state: true },
    selected: { state: true },
    announcement: { state: true },
  };

  /**
   * URL of a CSV, TSV or JSON dataset, or of a data pack's manifest.json (then only the files
   * this chart draws are fetched). Charts with the same src share one fetch.
   */
  src: string | undefined;
  /** URL of a theme table (id, name_zh, name_en, order) for theme names and order. */
  themesSrc: string | undefined;
  /**
   * An already parsed dataset; wins over src and over an enclosing <edu-data>.
   * It shadows HTMLElement.dataset on these elements (read data-* attributes with getAttribute).
   */
  // @ts-expect-error -- the public API the elements promise; see the note above.
  dataset: Dataset | undefined;
  /** Region code or name; several, comma-separated, where the chart compares. */
  region = '';
  /** Indicator id or name. */
  indicator = '';
  /** The year to show; without it each chart picks the latest that has data. */
  year: number | undefined;
  /** zh-CN (default) or en; without it, the nearest ancestor's lang. */
  override lang = '';
  /** canvas (default) or svg. */
  renderer: Renderer = 'canvas';
  /** light (default), dark, or auto (the reader's preference). */
  theme: ThemeName = 'light';
  /** Patterns on the series, for readers who cannot tell the colours apart. */
  decals = false;
  /** loading, ready, empty or error; set by the element. Ready also where the browser cannot draw the chart and shows its data table. */
  status: ChartStatus = 'loading';

  protected tableShown = false;
  protected selected: ChartPoint | undefined;
  protected announcement = '';
  /** The legend, on a chart that has one: the subclass makes it (new ChartLegend(this)). */
  protected readonly legend: ChartLegend | undefined;

  private readonly aria = new HostAria(this.element, 'figure');
  private readonly loader = new DatasetLoader(this);
  private readonly context = new ContextConsumer(this.element, { context: datasetContext, subscribe: true });
  /** None where the browser cannot draw charts (browser-support.ts): the data table stands in. */
  private readonly chart = canDrawCharts
    ? new EChartsController(this.element, {
        container: () => this.renderRoot.querySelector<HTMLElement>('.chart'),
        renderer: () => (this.renderer === 'svg' ? 'svg' : 'canvas'),
        decals: () => this.decals,
        extensions: (this.constructor as typeof EduChartElement).echartsExtensions,
        parts: () => this.modelParts,
        onInit: (chart) => this.wire(chart),
      })
    : undefined;
  private readonly tooltip = new ChartTooltip(
    this.element,
    () => this.renderRoot.querySelector<HTMLElement>('.plot'),
    (seriesIndex, dataIndex) => this.model?.points[this.pointIndex(seriesIndex, dataIndex)],
  );
  private result: ModelResult | undefined;
  private data: DatasetState = IDLE;
  private focusIndex = -1;
  private pendingReady = false;
  private stopObservingLang: (() => void) | undefined;
  private lastErrorState: DatasetState | undefined;
  private propertyState: DatasetState | undefined;
  /** The loader's state for a pack from <edu-data>, with <edu-data>'s themes, and the loader's state it was made from. */
  private packState: DatasetState | undefined;
  private packStateOf: DatasetState | undefined;
  private builtLocale: Locale | undefined;
  /** An on-demand part a build waited for has loaded (or failed to): build again. */
  private partSettled = false;
  /** The on-demand parts the model shown now was built with, which its chart's instance needs. */
  private modelParts: readonly OptionalPart[] = [];
  private shownModel: ChartModel | undefined;
  private shownHidden: ReadonlySet<number> | undefined;

  /** This element as the HTMLElement it is (its dataset property differs from HTMLElement's). */
  private get element(): HTMLElement & ReactiveControllerHost {
    return this as unknown as HTMLElement & ReactiveControllerHost;
  }

  /** The ECharts instance, for going further than the attributes do; undefined until the chart is drawn. */
  get echarts(): ECharts | undefined {
    return this.chart?.instance;
  }

  /** The dataset's problems: errors when status is error, warnings otherwise. */
  get problems(): readonly Problem[] {
    return this.dataSource().problems;
  }

  /** The model shown now (option, summary, points, table), for tests and tools. */
  get model(): ChartModel | undefined {
    return this.result?.ok ? this.result.model : undefined;
  }

  protected abstract build(input: BuildInput): ModelResult;

  /**
   * Builds with the module of an on-demand part (the scorecard's builders come
   * with the bar chart). Until it has loaded the chart shows that it is loading,
   * and builds again once the part has come (or failed to).
   */
  protected withPart<P extends OptionalPart>(part: P, build: (module: PartModules[P]) => ModelResult): ModelResult {
    const module = loadedPart(part);
    if (module) {
      this.modelParts = [...this.modelParts, part];
      return build(module);
    }
    const settling = settleParts([part]);
    if (!settling) return { ok: false, reason: 'part-failed' };
    void settling.then(() => {
      this.partSettled = true;
      this.requestUpdate();
    });
    return { ok: false, reason: 'part-loading' };
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.stopObservingLang = observeDocumentLang(() => this.requestUpdate());
    this.stopObservingPreferences = onPreferenceChange(this.onMediaChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopObservingLang?.();
    this.stopObservingLang = undefined;
    this.stopObservingPreferences?.();
    this.stopObservingPreferences = undefined;
  }

  /** Follows the reader's colour scheme (for theme="auto") and motion preference. */
  private stopObservingPreferences: (() => void) | undefined;

  /** A preference changed: build the option again, on a new instance as for a theme change. */
  private readonly onMediaChange = () => {
    this.preferencesChanged = true;
    this.requestUpdate();
  };
  private preferencesChanged = false;

  protected get locale(): Locale {
    return resolveLocale(this.lang || this.parentElement?.closest('[lang]')?.getAttribute('lang') || document.documentElement.lang);
  }

  protected get terms(): Terms {
    return TERMS[this.locale];
  }

  private dataSource(): DatasetState {
    if (this.dataset) {
      const themes = this.context.value?.themes ?? NO_THEMES;
      const cached = this.propertyState;
      if (cached?.dataset === this.dataset && cached.themes === themes) return cached;
      return (this.propertyState = { ...IDLE, status: 'ready', dataset: this.dataset, themes });
    }
    if (this.src) return this.loader.state;
    const context = this.context.value ?? IDLE;
    if (!context.pack) return context;
    // Its part of the pack <edu-data> names, with the theme table <edu-data> shares.
    const own = this.loader.state;
    const cached = this.packState;
    if (cached && this.packStateOf === own && cached.themes === context.themes) return cached;
    this.packStateOf = own;
    return (this.packState = { ...own, themes: context.themes });
  }

  /**
   * What this chart draws from a data pack: its regions' files (with none, the pack's first
   * region, the one a chart shows by default). A chart that needs another cut says so.
   */
  protected packNeed(): PackNeed {
    return { regions: this.selection().regions };
  }

  protected selection(): Selection {
    const regions = this.region.split(/[,，、]/).map((r) => r.trim()).filter(Boolean);
    return { regions, indicator: this.indicator.trim() || undefined, year: this.year };
  }

  /** Charts far from the viewport update when the browser is idle, so that those on screen draw first. */
  protected override async scheduleUpdate(): Promise<void> {
    const waiting = this.hasUpdated ? nearOrIdle(this.element) : undefined;
    if (waiting) await waiting;
    super.scheduleUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const pack = this.dataset || this.src ? undefined : this.context.value?.pack;
    this.loader.sync(this.dataset ? undefined : (this.src ?? pack?.url), this.themesSrc, undefined, this.packNeed());
    const data = this.dataSource();
    const locale = this.locale;
    const { modelProperties } = this.constructor as typeof EduChartElement;
    // Focus, selection and the table toggle re-render without rebuilding the option.
    const rebuild =
      data !== this.data ||
      locale !== this.builtLocale ||
      this.preferencesChanged ||
      this.partSettled ||
      modelProperties.some((key) => (changed as Map<PropertyKey, unknown>).has(key));
    this.data = data;
    this.builtLocale = locale;
    this.partSettled = false;
    if (rebuild) this.rebuild(data, locale);
    if (this.status === 'error' && this.lastErrorState !== data) {
      this.lastErrorState = data;
      this.emit<ErrorDetail>('edu-error', { problems: data.problems, problemCount: data.problemCount });
    }
    // A new instance: ECharts fixes its renderer, theme and visual steps (decals among them) at creation.
    const reinit = (key: 'renderer' | 'theme' | 'decals') => changed.has(key) && changed.get(key) !== undefined;
    if (reinit('renderer') || reinit('theme') || reinit('decals') || this.preferencesChanged) this.chart?.reinit();
    this.preferencesChanged = false;
  }

  private rebuild(data: DatasetState, locale: Locale): void {
    this.selected = undefined;
    this.focusIndex = -1;
    this.announcement = '';
    this.legend?.clear();
    this.modelParts = [];
    this.tooltip.hide();
    if (data.status !== 'ready' || !data.dataset) {
      this.result = undefined;
      this.status = data.status === 'error' ? 'error' : data.status === 'loading' ? 'loading' : 'empty';
      return;
    }
    this.result = this.build({
      dataset: data.dataset,
      themes: data.themes,
      selection: this.selection(),
      tokens: readTokens(this.element, this.theme, this.decals),
      locale,
    });
    this.status = this.result.ok ? 'ready' : this.result.reason === 'part-loading' ? 'loading' : 'empty';
  }

  protected override updated(): void {
    const model = this.model;
    this.aria.setLabel(model?.summary ?? this.statusMessage());
    const hidden = this.legend?.hidden;
    if (model === this.shownModel && hidden === this.shownHidden) return;
    // A new model announces edu-ready once drawn; showing or hiding a legend entry does not.
    if (model !== this.shownModel) this.pendingReady = model !== undefined;
    this.shownModel = model;
    this.shownHidden = hidden;
    if (this.chart) this.chart.setOption(model && (this.legend?.apply(model.option, model.legend) ?? model.option));
    // Without a chart, what is drawn is the table: it is on the page now.
    else if (model) this.emit('edu-ready', { summary: model.summary });
  }

  /** Events, bubbling out of shadow roots, prefixed edu-. */
  protected emit<T>(name: string, detail: T): void {
    this.dispatchEvent(new CustomEvent<T>(name, { detail, bubbles: true, composed: true }));
  }

  private wire(chart: ECharts): void {
    // A new instance (first draw, re-init, back after a DOM move) announces itself once drawn.
    // 'rendered' (the first frame drawn), not 'finished': in our element tests 'finished'
    // never came for gauges (zrender's loop went to sleep with an animation clip still listed).
    this.pendingReady = true;
    chart.on('rendered', () => {
      if (!this.pendingReady) return;
      this.pendingReady = false;
      this.emit('edu-ready', { summary: this.model?.summary ?? '' });
    });
    this.tooltip.wire(chart);
    chart.on('click', (params) => {
      const { seriesIndex, dataIndex } = params as { seriesIndex?: number; dataIndex?: number };
      const index = this.pointIndex(seriesIndex, dataIndex);
      if (index >= 0) this.select(index);
    });
  }

  /** The point an ECharts event is about (its series and data index), or -1. */
  private pointIndex(seriesIndex: number | undefined, dataIndex: number | undefined): number {
    return this.model?.points.findIndex((p) => p.seriesIndex === seriesIndex && p.dataIndex === dataIndex) ?? -1;
  }

  private select(index: number): void {
    const point = this.model?.points[index];
    if (!point) return;
    this.focusIndex = index;
    this.selected = point;
    this.emit<SelectDetail>('edu-select', { label: point.label, rows: point.rows, ...(point.targets && { targets: point.targets }) });
  }

  /**
   * Selects the keyboard's point (the first before any arrow key) and shows its
   * tooltip, which names the source: where the caption is out of sight (a
   * compact view), the reader still sees where the figure comes from.
   */
  private selectByKeyboard(): void {
    this.select(Math.max(this.focusIndex, 0));
    if (this.selected) this.tooltip.showFor(this.selected);
  }

  /** Moves to the next point the reader can see, in the direction of travel (step: +1 or -1). */
  private moveFocus(index: number, step: 1 | -1 = 1): void {
    const model = this.model;
    const points = model?.points ?? [];
    if (!model || points.length === 0) return;
    let next = (index + points.length) % points.length;
    for (let tried = 0; this.legend?.hides(points[next]!, model.legend); tried++) {
      if (tried === points.length) return;
      next = (next + step + points.length) % points.length;
    }
    const chart = this.chart?.instance;
    const previous = points[this.focusIndex];
    if (chart && previous) chart.dispatchAction({ type: 'downplay', seriesIndex: previous.seriesIndex, dataIndex: previous.dataIndex });
    this.focusIndex = next;
    const point = points[next]!;
    chart?.dispatchAction({ type: 'highlight', seriesIndex: point.seriesIndex, dataIndex: point.dataIndex });
    this.tooltip.showFor(point);
    this.announcement = point.label;
  }

  private onKeydown(event: KeyboardEvent): void {
    const count = this.model?.points.length ?? 0;
    if (count === 0) return;
    const keys: Record<string, () => void> = {
      ArrowRight: () => this.moveFocus(this.focusIndex + 1),
      ArrowDown: () => this.moveFocus(this.focusIndex + 1),
      ArrowLeft: () => this.moveFocus(this.focusIndex < 0 ? count - 1 : this.focusIndex - 1, -1),
      ArrowUp: () => this.moveFocus(this.focusIndex < 0 ? count - 1 : this.focusIndex - 1, -1),
      Home: () => this.moveFocus(0),
      End: () => this.moveFocus(count - 1, -1),
      Enter: () => this.selectByKeyboard(),
      ' ': () => this.selectByKeyboard(),
      Escape: () => {
        this.tooltip.hide();
        this.selected = undefined;
      },
    };
    const action = keys[event.key];
    if (!action) return;
    event.preventDefault();
    action();
  }

  private onBlur(): void {
    this.tooltip.hide();
  }

  /**
   * Why this chart has nothing to draw, in its own words where only it can say so (the
   * radar's regions it cannot compare, the scorecard's themes and targets); undefined
   * for the reasons every chart shares, said below. Its words then load with it alone.
   */
  protected emptyText(_reason: EmptyReason | { readonly reason: 'part-loading' | 'part-failed' }): string | undefined {
    return undefined;
  }

  private statusMessage(): string {
    const t = this.terms;
    if (this.status === 'loading') return t.loading;
    if (this.status === 'error') return t.errorTitle;
    const result = this.result;
    // Nothing built and not loading: no data source at all.
    if (!result || result.ok) return t.noSource;
    const own = this.emptyText(result);
    if (own !== undefined) return own;
    switch (result.reason) {
      case 'unknown-region':
        return t.unknownRegion(result.query);
      case 'unknown-indicator':
        return t.unknownIndicator(result.query);
      case 'no-indicator':
        return t.chooseIndicator;
      case 'no-data':
        return t.emptyFor({
          region: result.regions && t.list(result.regions.map((region) => regionName(region, this.locale))),
          year: result.year,
          indicator: result.indicator && indicatorName(result.indicator, this.locale),
        });
      case 'part-loading':
        return t.loading;
      case 'part-failed':
        return t.partFailed;
      // Said by the scorecard, the one chart with a theme filter and a count of targets (emptyText).
      case 'unknown-theme':
      case 'no-targets':
        return '';
    }
  }

  private renderStatus(): TemplateResult | typeof nothing {
    const t = this.terms;
    switch (this.status) {
      case 'ready':
        return nothing;
      case 'loading': {
        const progress = this.data.progress;
        const percent = progress?.total ? Math.round((progress.loaded / progress.total) * 100) : undefined;
        return html`<div part="status" class="status" role="status" aria-busy="true">
          <div class="skeleton" aria-hidden="true"></div>
          ${percent === undefined
            ? html`<span>${t.loading}</span>`
            : html`<progress max="100" .value=${percent} aria-label=${t.loading}></progress><span>${t.loadingProgress(percent)}</span>`}
        </div>`;
      }
      case 'error': {
        const { problems, problemCount } = this.data;
        const locale = this.locale;
        return html`<div part="status" class="status error" role="alert">
          <strong>${t.errorTitle}</strong>
          <ul>
            ${problems.map(
              (p) => html`<li>${p.line !== undefined ? `${t.line(p.line)}${labelColon(locale)}` : ''}${p.message[locale]}</li>`,
            )}
          </ul>
          ${problemCount > problems.length ? html`<span>${t.moreProblems(problemCount - problems.length)}</span>` : nothing}
          ${(this.src || this.context.value?.pack) && !this.dataset
            ? html`<div class="controls"><button part="retry" @click=${() => this.data.retry()}>${t.retry}</button></div>`
            : nothing}
        </div>`;
      }
      case 'empty':
        return html`<div part="status" class="status" role="status">${this.statusMessage()}</div>`;
    }
  }

  /**
   * The data table: out of sight (for screen readers) until the toggle shows
   * it; or, standing in for a chart the browser cannot draw, in sight with its
   * caption, the summary sentence that the chart's caption would otherwise show.
   */
  private renderTable(standsInForChart = false): TemplateResult | typeof nothing {
    const table = this.model?.table;
    if (!table) return nothing;
    const shown = standsInForChart || this.tableShown;
    // Shown, it may scroll sideways on a phone: a region the keyboard can reach and scroll.
    return html`<div
      class="table-wrap ${shown ? '' : 'visually-hidden'}"
      role="region"
      aria-label=${this.terms.dataTable}
      tabindex=${shown ? '0' : '-1'}
    >
      <table part="table" id="table">
        <caption class=${standsInForChart ? '' : 'visually-hidden'}>${languageMarked(this.model!.summary, this.locale)}</caption>
        <thead>
          <tr>${table.columns.map((c) => html`<th scope="col">${c}</th>`)}</tr>
        </thead>
        <tbody>
          ${table.rows.map((row) => html`<tr>${row.map((cell) => html`<td>${linkedText(cell, this.locale)}</td>`)}</tr>`)}
        </tbody>
      </table>
    </div>`;
  }

  /**
   * What the plot holds around the ECharts container: the container alone,
   * unless a subclass sets it among HTML of its own (a figure written out, a
   * label). Called in every state, with this.model undefined until one is
   * built; keep the container at one place of one template, so that ECharts
   * keeps its instance from one model to the next.
   */
  protected renderPlot(chart: TemplateResult): TemplateResult {
    return chart;
  }

  /** Where the browser cannot draw the chart: one line saying so, then the data table in its place. */
  private renderWithoutChart(): TemplateResult {
    return html`<div part="base" class="base" lang=${this.locale}>
      <p part="browser-note" class="browser-note">${this.terms.needsNewerBrowser}</p>
      ${this.renderTable(true)}
    </div>`;
  }

  protected override render(): TemplateResult {
    const t = this.terms;
    const model = this.model;
    const ready = this.status === 'ready' && model !== undefined;
    if (ready && !this.chart) return this.renderWithoutChart();
    return html`<div part="base" class="base" lang=${this.locale}>
      ${this.renderStatus()} ${ready && this.legend ? this.legend.render(model.legend, t.legend, this.locale, () => this.tooltip.hide()) : nothing}
      <div class="plot" ?hidden=${!ready}>
        ${this.renderPlot(html`<div
          part="chart"
          class="chart"
          tabindex=${ready ? '0' : '-1'}
          role="application"
          aria-roledescription=${t.chartRole}
          aria-label=${ready ? model.summary : t.loading}
          aria-describedby="hint"
          @keydown=${this.onKeydown}
          @blur=${this.onBlur}
        ></div>`)}
        ${ready ? this.tooltip.render() : nothing}
      </div>
      ${ready
        ? html`<p part="caption" class="caption">
            ${languageMarked(model.summary, this.locale)}
            ${this.selected
              ? html`<span class="provenance">${languageMarked(this.selected.label, this.locale)}${this.selected.rows.map((row) => html`<br />${t.sourceLabel}${labelColon(this.locale)}${linkedText(provenance(row, this.locale), this.locale)}`)}</span>`
              : nothing}
          </p>`
        : nothing}
      ${ready
        ? html`<div class="controls">
            <button
              part="toggle"
              aria-expanded=${this.tableShown ? 'true' : 'false'}
              aria-controls="table"
              @click=${() => (this.tableShown = !this.tableShown)}
            >
              ${this.tableShown ? t.hideTable : t.showTable}
            </button>
          </div>`
        : nothing}
      ${this.renderTable()}
      <div class="visually-hidden" id="hint">${t.keyboardHint}</div>
      <div class="visually-hidden" aria-live="polite">${this.announcement}</div>
    </div>`;
  }
}
