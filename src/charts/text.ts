/**
 * Dataset text on the canvas: ECharts reads "{style|text}" in labels as rich-text
 * markup, so braces from a dataset are swapped for their full-width forms.
 * (Tooltips and legends are the elements' HTML text, where braces are plain text.)
 */
export function canvasText(text: string): string {
  return text.replace(/\{/g, '｛').replace(/\}/g, '｝');
}

/** How wide a character is, in CJK character widths (roughly, for line breaking). */
const widthOf = (char: string): number => (/[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/.test(char) ? 1 : 0.5);
const widthOfText = (text: string): number => [...text].reduce((sum, c) => sum + widthOf(c), 0);

/**
 * A label broken into lines no wider than about `max` CJK characters: between
 * words where it has spaces, otherwise into lines of even length. ECharts
 * ignores width and overflow on radar axis names (apache/echarts#14449), so
 * long theme names would run off a phone's screen.
 */
export function wrapLabel(text: string, max: number): string {
  const total = widthOfText(text);
  if (total <= max || text.includes('\n')) return text;
  const spaced = text.includes(' ');
  const pieces = spaced ? text.split(/ +/) : [...text];
  // Without spaces, even lines: 体育美育劳 / 动与健康 rather than 体育美育劳动与 / 健康.
  const limit = spaced ? max : total / Math.ceil(total / max) + 0.5;
  const lines: string[] = [];
  let line = '';
  for (const piece of pieces) {
    const joined = line === '' ? piece : `${line}${spaced ? ' ' : ''}${piece}`;
    if (line !== '' && widthOfText(joined) > limit) {
      lines.push(line);
      line = piece;
    } else line = joined;
  }
  lines.push(line);
  return lines.join('\n');
}

/** A piece of text, with the web address it is when it is one. */
export interface TextPiece {
  readonly text: string;
  readonly href?: string;
}

/** An http(s) address in running text: it ends at whitespace, quotes, brackets or CJK punctuation. */
const WEB_ADDRESS = /https?:\/\/[^\s"'<>“”‘’（）()【】《》，。；、！？]+/giu;

/**
 * Text split into plain pieces and the http(s) addresses in it, which may be
 * shown as links. Nothing else ever becomes one: a javascript: or data: source
 * stays text.
 */
export function webLinks(text: string): TextPiece[] {
  const pieces: TextPiece[] = [];
  let at = 0;
  for (const match of text.matchAll(WEB_ADDRESS)) {
    const address = match[0].replace(/[.,:;!?]+$/, '');
    let href: string | undefined;
    try {
      const url = new URL(address);
      if (url.protocol === 'http:' || url.protocol === 'https:') href = url.href;
    } catch {
      // Not an address after all: it stays text.
    }
    if (!href) continue;
    if (match.index > at) pieces.push({ text: text.slice(at, match.index) });
    pieces.push({ text: address, href });
    at = match.index + address.length;
  }
  if (at < text.length || pieces.length === 0) pieces.push({ text: text.slice(at) });
  return pieces;
}

/** A piece of text, and whether it is Chinese (to be marked lang="zh-CN" inside an English view). */
export interface LanguageRun {
  readonly text: string;
  readonly chinese: boolean;
}

/**
 * A Chinese run: from a Han character (with the digits and Latin letters
 * written onto it: C级, 1+X证书) through Han characters, Chinese punctuation,
 * and the digits, letters and signs that stand inside Chinese names
 * (天津市东丽区2022年教育工作要点, 新增学位1350个), up to its last Han
 * character or Chinese punctuation mark.
 */
const CHINESE_RUN = /[0-9A-Za-z+]*\p{Script=Han}(?:[\p{Script=Han}\u3000-\u303f\uff00-\uffef“”‘’·0-9A-Za-z.%‰+\-–~]*[\p{Script=Han}\u3000-\u303f\uff00-\uffef“”‘’%‰])?/gu;

/**
 * Text split into Chinese runs and the rest, so that an English view can mark
 * the Chinese names a dataset gives without English ones (and the excerpts,
 * which are quotes) for screen readers to pronounce as Chinese.
 */
export function languageRuns(text: string): LanguageRun[] {
  const runs: LanguageRun[] = [];
  let at = 0;
  for (const match of text.matchAll(CHINESE_RUN)) {
    if (match.index > at) runs.push({ text: text.slice(at, match.index), chinese: false });
    runs.push({ text: match[0], chinese: true });
    at = match.index + match[0].length;
  }
  if (at < text.length) runs.push({ text: text.slice(at), chinese: false });
  return runs;
}
