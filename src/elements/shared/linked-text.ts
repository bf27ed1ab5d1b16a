import { html, type TemplateResult } from 'lit';
import { languageRuns, webLinks } from '../../charts/text.js';
import type { Locale } from '../../i18n/locale.js';

/**
 * Dataset text as the reader's language needs it: in an English view, its
 * Chinese runs (names without English ones, excerpts) marked lang="zh-CN", so
 * screen readers pronounce them as Chinese; in a Chinese view, as it is.
 */
export function languageMarked(text: string, locale: Locale): (TemplateResult | string)[] {
  if (locale !== 'en') return [text];
  return languageRuns(text).map((run) => (run.chinese ? html`<span lang="zh-CN">${run.text}</span>` : run.text));
}

/** Dataset text with its http(s) addresses as links (opening in a new tab), the rest as text, marked by language. */
export function linkedText(text: string, locale: Locale): (TemplateResult | string)[] {
  return webLinks(text).flatMap((piece) =>
    piece.href
      ? [html`<a part="link" href=${piece.href} target="_blank" rel="noopener noreferrer">${piece.text}</a>`]
      : languageMarked(piece.text, locale),
  );
}
