// The document a draft was read from (issue 13): its title, region, year and kind as the
// extractor read them from the title line, for the analyst to correct or complete. Every
// row takes its region, year and source from here, so a text whose title line does not say
// them gives rows that cannot be added until they are filled in. A change drafts the rows
// again (the page does: the extractor is loaded there); rows added to the data keep what
// they were added with, so the fields are locked once any row is added.
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { RegionInfo } from '../src/data/dataset.js';
import type { DocumentInfo } from '../src/extract/types.js';
import type { Locale } from '../src/i18n/locale.js';
import type { DocumentField, Review } from './review.js';
import { DEMO_TERMS } from './terms.js';

export interface DocumentFields {
  readonly locale: Locale;
  readonly review: Review;
  /** The current dataset's regions: suggested names (one of them brings its code and parent). */
  readonly regions: readonly RegionInfo[];
  /** A field's new text ('' gives the field back to the title line). */
  readonly onChange: (field: DocumentField, text: string) => void;
}

/** The fields in the order shown: the title across the row, then what places the rows. */
const TEXT_FIELDS = ['title', 'region', 'regionCode', 'parent'] as const;

export function documentFields({ locale, review, regions, onChange }: DocumentFields): TemplateResult {
  const terms = DEMO_TERMS[locale];
  const read: DocumentInfo = review.result.document;
  const locked = review.added.length > 0;
  // Without a region or a year no row can be added: said before the analyst tries.
  const missing = review.result.rows.length > 0 && ((read.region === '' && read.regionCode === '') || read.year === undefined);
  const changed = (field: DocumentField) => (event: Event) => onChange(field, (event.target as HTMLInputElement | HTMLSelectElement).value);
  const field = (name: DocumentField, control: TemplateResult) =>
    html`<label class="draft-field document-${name}" for=${`document-${name}`}><span>${terms.documentFieldNames[name]}</span>${control}</label>`;
  const text = (name: (typeof TEXT_FIELDS)[number]) =>
    html`<input
      id=${`document-${name}`}
      type="text"
      inputmode=${name === 'regionCode' ? 'numeric' : 'text'}
      list=${name === 'region' ? 'document-regions' : nothing}
      autocomplete="off"
      .value=${live(read[name])}
      @change=${changed(name)}
    />`;
  return html`<fieldset class="document-info" ?disabled=${locked} aria-describedby="document-info-hint">
    <legend>${terms.documentInfoLegend}</legend>
    <p class="hint" id="document-info-hint">${locked ? terms.documentInfoLocked : terms.documentInfoHint}</p>
    ${missing && !locked ? html`<p class="alert warning">${terms.documentInfoMissing}</p>` : nothing}
    <datalist id="document-regions">${regions.map((r) => html`<option value=${r.name}></option>`)}</datalist>
    <div class="document-fields">
      ${TEXT_FIELDS.map((name) => field(name, text(name)))}
      ${field(
        'year',
        html`<input id="document-year" type="text" inputmode="numeric" pattern="\\d{4}" maxlength="4" autocomplete="off" .value=${live(read.year === undefined ? '' : String(read.year))} @change=${changed('year')} />`,
      )}
      ${field(
        'kind',
        html`<select id="document-kind" .value=${live(read.kind ?? '')} @change=${changed('kind')}>
          ${(['', 'plan', 'summary'] as const).map((kind) => html`<option value=${kind} ?selected=${kind === (read.kind ?? '')}>${terms.documentKinds[kind || 'unsaid']}</option>`)}
        </select>`,
      )}
    </div>
  </fieldset>`;
}
