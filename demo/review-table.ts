// The review table of a document's draft (issue 13): each row with its excerpt marked in
// its paragraph, its confidence and the extractor's reasons in the reader's language, the
// cells an analyst may change, and accept / reject. Every change goes out as a new review
// (review-change); the page keeps it, saves it and gives it back. The document's text is
// untrusted: it reaches the page as text nodes (Lit's text bindings), never as HTML.
import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import type { IndicatorInfo } from '../src/data/dataset.js';
import { DIRECTIONS, KINDS } from '../src/data/schema.js';
import { themeName, type Theme } from '../src/data/themes.js';
import type { DraftRow } from '../src/extract/types.js';
import type { Locale } from '../src/i18n/locale.js';
import { acceptAtLeast, decide, edit, reviewCounts, reviewedCells, rowReview, type Decision, type EditableField, type Review } from './review.js';
import { DEMO_TERMS } from './terms.js';

/** The confidence "accept all" starts at, in percent. */
const DEFAULT_THRESHOLD = 80;
let instances = 0;

/**
 * @summary A draft's rows to accept, edit or reject one by one, or all above a confidence.
 * Renders into its own light DOM, styled by demo.css (no style attribute: the demo's CSP).
 *
 * @event review-change - The analyst changed a decision or a cell. detail: { review }
 */
export class ReviewTable extends LitElement {
  static override properties = {
    review: { attribute: false },
    themes: { attribute: false },
    indicators: { attribute: false },
    locale: {},
    threshold: { state: true },
  };

  /** The review shown. */
  review: Review | undefined;
  /** The theme table, for the theme field's choices. */
  themes: readonly Theme[] = [];
  /** The current dataset's indicators: suggested names, and the id a chosen name takes. */
  indicators: readonly IndicatorInfo[] = [];
  locale: Locale = 'zh-CN';

  private threshold = DEFAULT_THRESHOLD;
  private readonly uid = `review-${++instances}`;

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  private change(review: Review): void {
    this.dispatchEvent(new CustomEvent('review-change', { detail: { review }, bubbles: true, composed: true }));
  }

  protected override render(): TemplateResult | typeof nothing {
    const review = this.review;
    if (!review) return nothing;
    const terms = DEMO_TERMS[this.locale];
    const rows = review.result.rows;
    const added = new Set(review.added);
    const onThreshold = (event: Event) => {
      const value = Number((event.target as HTMLInputElement).value);
      if (Number.isFinite(value)) this.threshold = Math.min(100, Math.max(0, value));
    };
    return html`<div class="review-tools">
        <p class="review-counts" role="status">${terms.reviewCounts(reviewCounts(review))}</p>
        <form class="accept-all" @submit=${(event: SubmitEvent) => {
          event.preventDefault();
          this.change(acceptAtLeast(this.review!, this.threshold / 100));
        }}>
          <label for=${`${this.uid}-threshold`}>${terms.acceptAtLeast}</label>
          <div class="row">
            <input id=${`${this.uid}-threshold`} type="number" min="0" max="100" step="5" inputmode="numeric" .value=${live(String(this.threshold))} @change=${onThreshold} />
            <button type="submit">${terms.acceptAtLeastButton}</button>
          </div>
        </form>
      </div>
      <datalist id=${`${this.uid}-indicators`}>${this.indicators.map((i) => html`<option value=${i.name}></option>`)}</datalist>
      <ol class="draft-rows">
        ${repeat(rows, (row) => row.id, (row, i) => this.row(review, row, i, rows.length, added.has(row.id)))}
      </ol>`;
  }

  private row(review: Review, row: DraftRow, index: number, total: number, added: boolean): TemplateResult {
    const terms = DEMO_TERMS[this.locale];
    const state = rowReview(review, row.id);
    const cells = reviewedCells(row, state);
    const text = review.result.text;
    const id = `${this.uid}-${index}`;
    const shown: Decision | 'added' = added ? 'added' : state.decision;
    const onEdit = (field: EditableField) => (event: Event) => {
      const value = (event.target as HTMLInputElement | HTMLSelectElement).value;
      // The review as it is now, not as rendered: two changes may come before the next render.
      this.change(edit(this.review!, row.id, field, value, this.indicators));
    };
    const toggle = (decision: Decision) => {
      const now = rowReview(this.review!, row.id).decision;
      this.change(decide(this.review!, row.id, now === decision ? 'pending' : decision));
    };
    const field = (name: EditableField, control: TemplateResult) =>
      html`<label class="draft-field" for=${`${id}-${name}`}><span>${terms.fieldNames[name]}</span>${control}</label>`;
    const input = (name: 'value' | 'unit' | 'indicator', extra: { inputmode?: string; list?: string } = {}) =>
      html`<input
        id=${`${id}-${name}`}
        type="text"
        inputmode=${extra.inputmode ?? 'text'}
        list=${extra.list ?? nothing}
        ?disabled=${added}
        .value=${live(cells[name])}
        @change=${onEdit(name)}
      />`;
    const select = (name: 'kind' | 'direction' | 'theme', options: readonly [string, string][]) =>
      html`<select id=${`${id}-${name}`} ?disabled=${added} @change=${onEdit(name)}>
        ${options.map(([value, label]) => html`<option value=${value} ?selected=${value === cells[name]}>${label}</option>`)}
      </select>`;
    const themeIds = this.themes.map((t) => t.id);
    // A theme outside the table (free text from the draft) stays a choice, named as it is.
    const free = cells.theme && !themeIds.includes(cells.theme) ? [cells.theme] : [];
    const themeOptions: [string, string][] = [['', terms.noTheme], ...[...free, ...themeIds].map((t): [string, string] => [t, themeName(this.themes, t, this.locale)])];
    const percent = Math.round(row.confidence * 100);
    return html`<li class="draft-row" data-decision=${shown} aria-labelledby=${`${id}-heading`}>
      <h4 id=${`${id}-heading`}>${terms.rowHeading(index + 1, total)}<span class="draft-state"> · ${terms.decisions[shown]}</span></h4>
      <p class="draft-paragraph" lang="zh-CN">${text.slice(row.paragraphStart, row.excerptStart)}<mark>${text.slice(row.excerptStart, row.excerptEnd)}</mark>${text.slice(row.excerptEnd, row.paragraphEnd)}</p>
      <p class="draft-why"><span class="draft-confidence" data-level=${percent >= 80 ? 'high' : percent >= 50 ? 'medium' : 'low'}>${terms.confidence(percent)}</span> ${row.reasons.map((r) => r.message[this.locale]).join(terms.reasonSeparator)}</p>
      <div class="draft-fields">
        ${field('indicator', input('indicator', { list: `${this.uid}-indicators` }))}
        <div class="draft-value">
          ${field('value', input('value', { inputmode: 'decimal' }))}
          ${cells.value_max ? html`<span class="hint">${terms.valueTo(cells.value_max)}</span>` : nothing}
        </div>
        ${field('unit', input('unit'))}
        ${field('kind', select('kind', KINDS.map((k) => [k, terms.kinds[k]])))}
        ${field('direction', select('direction', DIRECTIONS.map((d) => [d, terms.directions[d]])))}
        ${field('theme', select('theme', themeOptions))}
      </div>
      ${added
        ? nothing
        : html`<div class="draft-decision" role="group" aria-labelledby=${`${id}-heading`}>
            <button type="button" class="accept" aria-pressed=${state.decision === 'accepted' ? 'true' : 'false'} @click=${() => toggle('accepted')}>${terms.accept}</button>
            <button type="button" class="reject" aria-pressed=${state.decision === 'rejected' ? 'true' : 'false'} @click=${() => toggle('rejected')}>${terms.reject}</button>
          </div>`}
    </li>`;
  }
}

if (!customElements.get('review-table')) customElements.define('review-table', ReviewTable);

declare global {
  interface HTMLElementTagNameMap {
    'review-table': ReviewTable;
  }
}
