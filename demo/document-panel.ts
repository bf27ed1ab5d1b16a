// "From a document" in the data panel (issue 13): a plan's or summary's text, pasted or
// chosen as a file, drafted into rows by the extractor (in this browser: the text goes
// nowhere); the draft's review table; and adding the accepted rows to the current data.
import { html, nothing, type TemplateResult } from 'lit';
import type { IndicatorInfo, RegionInfo } from '../src/data/dataset.js';
import type { Problem } from '../src/data/problems.js';
import type { Theme } from '../src/data/themes.js';
import type { Locale } from '../src/i18n/locale.js';
import { documentFields } from './document-fields.js';
import { fileDrop } from './file-drop.js';
import { problemList } from './problem-list.js';
import { acceptedRows, rowsToAdd, type DocumentField, type Review } from './review.js';
import './review-table.js';
import { DEMO_TERMS } from './terms.js';

/** What came of the last "add to the data": its problems (lines are the draft's rows), and how many rows were added. */
export interface ReviewOutcome {
  readonly problems: readonly Problem[];
  readonly problemCount: number;
  readonly failed: boolean;
  readonly added: number;
}

export interface DocumentPanel {
  readonly locale: Locale;
  readonly review: Review | undefined;
  readonly outcome: ReviewOutcome | undefined;
  readonly extracting: boolean;
  readonly themes: readonly Theme[];
  /** The current dataset's indicators, which a row's indicator may be named after. */
  readonly indicators: readonly IndicatorInfo[];
  /** The current dataset's regions, which the document's region may be named after. */
  readonly regions: readonly RegionInfo[];
  /** A text or a file's bytes, and its name ('' for pasted text). */
  readonly onExtract: (text: string | Uint8Array, name: string) => void;
  readonly onChange: (review: Review) => void;
  /** A field of the document changed: the rows are to be drafted again. */
  readonly onDocument: (field: DocumentField, text: string) => void;
  readonly onAdd: () => void;
  readonly onDownload: () => void;
  readonly onDiscard: () => void;
}

export function reviewTitle(review: Review, locale: Locale): string {
  return review.result.document.title || review.name || DEMO_TERMS[locale].untitled;
}

export function documentPanel(panel: DocumentPanel): TemplateResult {
  const terms = DEMO_TERMS[panel.locale];
  const { review, outcome } = panel;
  const onSubmit = (event: SubmitEvent) => {
    event.preventDefault();
    const text = ((event.currentTarget as HTMLFormElement).elements.namedItem('text') as HTMLTextAreaElement).value;
    if (text.trim()) panel.onExtract(text, '');
  };
  const toAdd = review ? rowsToAdd(review).length : 0;
  return html`<section class="document-panel" aria-labelledby="document-heading">
    <h3 id="document-heading">${terms.documentHeading}</h3>
    <p class="hint">${terms.documentHint}</p>
    <form class="document-form" @submit=${onSubmit}>
      <div class="field">
        <label for="document-text">${terms.documentText}</label>
        <textarea id="document-text" name="text" rows="6" lang="zh-CN"></textarea>
        <div class="document-actions"><button type="submit" ?disabled=${panel.extracting}>${terms.extract}</button></div>
      </div>
      ${fileDrop(terms.documentFile, terms.documentDrop, '.txt,.md,.markdown,text/plain,text/markdown', (file) =>
        void file.arrayBuffer().then((bytes) => panel.onExtract(new Uint8Array(bytes), file.name)),
      )}
    </form>
    <p class="status" role="status">${panel.extracting ? terms.extracting : ''}</p>
    ${review
      ? html`<h4 class="draft-heading">${terms.draftSummary(reviewTitle(review, panel.locale), review.result.rows.length)}</h4>
          ${documentFields({ locale: panel.locale, review, regions: panel.regions, onChange: panel.onDocument })}
          ${review.result.rows.length
            ? html`<review-table
                .review=${review}
                .themes=${panel.themes}
                .indicators=${panel.indicators}
                locale=${panel.locale}
                @review-change=${(event: CustomEvent<{ review: Review }>) => panel.onChange(event.detail.review)}
              ></review-table>`
            : html`<p>${terms.draftNone}</p>`}
          <div role="alert" class="alert ${outcome?.failed ? 'error' : 'warning'}" ?hidden=${!outcome?.problems.length}>
            ${outcome?.problems.length
              ? html`<p>${outcome.failed ? terms.reviewErrors(outcome.problemCount) : terms.reviewWarnings(outcome.problemCount)}</p>
                  ${problemList(outcome.problems, outcome.problemCount, panel.locale, (p) => terms.draftRowAt(p.line))}`
              : nothing}
          </div>
          <p class="status" role="status">${outcome && !outcome.failed ? terms.rowsAdded(outcome.added) : ''}</p>
          <div class="review-actions">
            <button type="button" class="add-rows" ?disabled=${toAdd === 0} @click=${panel.onAdd}>${terms.addRows(toAdd)}</button>
            <button type="button" ?disabled=${acceptedRows(review).length === 0} @click=${panel.onDownload}>${terms.downloadAccepted}</button>
            <button type="button" @click=${panel.onDiscard}>${terms.discardReview}</button>
          </div>`
      : nothing}
  </section>`;
}
