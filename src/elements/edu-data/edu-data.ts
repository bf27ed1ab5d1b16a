import { ContextProvider } from '@lit/context';
import { css, html, LitElement, type PropertyValues, type ReactiveControllerHost } from 'lit';
import type { Dataset } from '../../data/dataset.js';
import type { Problem } from '../../data/problems.js';
import { DatasetLoader } from '../shared/dataset-loader.js';
import { datasetContext, IDLE, type DataStatus, type DatasetState } from '../shared/dataset-state.js';

/**
 * @summary Loads a dataset once and shares it with every chart inside it; the
 * charts re-render when it changes. Changing `src` aborts the old load, and a
 * slow old response never overwrites a newer one.
 *
 * @slot - The charts (and anything else) that use the dataset.
 *
 * @event edu-ready - The dataset has loaded. detail: { dataset, problems } (problems are warnings); for a data pack, { dataset: undefined, manifest, problems }: each chart inside loads its own part
 * @event edu-error - The dataset could not be loaded or has errors. detail: { problems, problemCount }
 */
export class EduData extends LitElement {
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  static override properties = {
    src: { reflect: true },
    themesSrc: { attribute: 'themes-src', reflect: true },
    status: { reflect: true },
  };

  /** URL of a CSV, TSV or JSON dataset, or of a data pack's manifest.json (the charts inside then fetch only the files they draw). */
  src: string | undefined;
  /** URL of a theme table (id, name_zh, name_en, order) for the radar's axis names and order. */
  themesSrc: string | undefined;
  /** idle, loading, ready or error; set by the element. */
  status: DataStatus = 'idle';

  private readonly provider = new ContextProvider(this as unknown as HTMLElement & ReactiveControllerHost, {
    context: datasetContext,
    initialValue: IDLE,
  });
  private readonly loader = new DatasetLoader(this, (state) => this.share(state));

  private given: Dataset | undefined;

  /**
   * The dataset shared with the charts: the one loaded from src, or one set here
   * (from parseDataset), which wins over src. Shadows HTMLElement.dataset.
   */
  // @ts-expect-error -- the public API the element promises; read data-* attributes with getAttribute.
  get dataset(): Dataset | undefined {
    return this.loader.state.dataset;
  }

  // @ts-expect-error -- as for the getter.
  set dataset(dataset: Dataset | undefined) {
    this.given = dataset;
    this.requestUpdate();
  }

  /** Errors when status is error, warnings otherwise; the first 100. */
  get problems(): readonly Problem[] {
    return this.loader.state.problems;
  }

  /** How many problems there were in all. */
  get problemCount(): number {
    return this.loader.state.problemCount;
  }

  /** Loads the dataset again (after an error, say). */
  retry(): void {
    this.loader.state.retry();
  }

  protected override willUpdate(_changed: PropertyValues<this>): void {
    this.loader.sync(this.src, this.themesSrc, this.given);
  }

  private share(state: DatasetState): void {
    this.status = state.status;
    this.provider.setValue(state);
    if (state.status === 'ready') this.emit('edu-ready', { dataset: state.dataset, ...(state.pack && { manifest: state.pack.manifest }), problems: state.problems });
    if (state.status === 'error') this.emit('edu-error', { problems: state.problems, problemCount: state.problemCount });
  }

  private emit(name: string, detail: unknown): void {
    this.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'edu-data': EduData;
  }
}
