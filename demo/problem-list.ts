import { html, nothing, type TemplateResult } from 'lit';
import type { Problem } from '../src/data/problems.js';
import type { Locale } from '../src/i18n/locale.js';
import { DEMO_TERMS } from './terms.js';

/** A load's (or a review's) problems as a list, each after where it is (`at`: a file's line, a draft's row). */
export function problemList(
  problems: readonly Problem[],
  count: number,
  locale: Locale,
  at: (p: Problem) => string = (p) => DEMO_TERMS[locale].at(p.line, p.column),
): TemplateResult {
  return html`<ul class="problems">
      ${problems.map((p) => html`<li>${at(p)}${p.message[locale]}</li>`)}
    </ul>
    ${count > problems.length ? html`<p>${DEMO_TERMS[locale].more(count - problems.length)}</p>` : nothing}`;
}
