import { html, type TemplateResult } from 'lit';
import { webLinks } from '../../charts/text.js';

/** Dataset text with its http(s) addresses as links (opening in a new tab), the rest as text. */
export function linkedText(text: string): (TemplateResult | string)[] {
  return webLinks(text).map((piece) =>
    piece.href ? html`<a part="link" href=${piece.href} target="_blank" rel="noopener noreferrer">${piece.text}</a>` : piece.text,
  );
}
