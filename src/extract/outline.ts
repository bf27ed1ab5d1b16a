/**
 * The document's paragraphs and the numbering it gives them, for source_item: 第N条 where items are
 * numbered through the document, the part and the item (二、1) where numbering starts again in each
 * part, the part and the paragraph (四、第1段) where paragraphs are unnumbered.
 */
import type { Span } from './text.js';

export interface Paragraph extends Span {
  /** The item as the document numbers it (第11条, 二、3, 四、第1段). */
  readonly item: string;
  /** The headings above it (part, item's first sentence): words for the theme. */
  readonly context: string;
}

const PART = /^([一二三四五六七八九十]+)[、.]\s*/;
const SUBPART = /^[(]([一二三四五六七八九十]+)[)]\s*/;
const ITEM = /^(\d{1,3})[.、](?!\d)\s*/;

interface Line extends Span {
  readonly text: string;
}

function lines(text: string, from: number): Line[] {
  const found: Line[] = [];
  const pattern = /[^\n]+/g;
  pattern.lastIndex = from;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    const lead = m[0].length - m[0].trimStart().length;
    const trimmed = m[0].trim();
    if (trimmed !== '') found.push({ start: m.index + lead, end: m.index + lead + trimmed.length, text: trimmed });
  }
  return found;
}

/** A heading states a part's subject and ends without a full stop (4、 着力解决… in a document numbered 一、二、). */
function isHeading(line: string): boolean {
  return PART.test(line) || SUBPART.test(line) || (ITEM.test(line) && !/[。；]/.test(line) && line.length <= 60);
}

/**
 * The paragraphs of the body (from `from`, the end of the title line), headings left out: they
 * name the subject of what follows, their figures (if any) are the items'.
 */
export function outline(text: string, from: number): Paragraph[] {
  const body = lines(text, from);
  const numbers = body.filter((l) => !isHeading(l.text)).map((l) => ITEM.exec(l.text)?.[1]).filter((n) => n !== undefined);
  const numberedThrough = numbers.length > 0 && new Set(numbers).size === numbers.length;
  const paragraphs: Paragraph[] = [];
  let part = '';
  let partHeading = '';
  let item = '';
  let itemHeading = '';
  let unnumbered = 0;
  for (const line of body) {
    const partMatch = PART.exec(line.text) ?? (isHeading(line.text) && !SUBPART.test(line.text) ? ITEM.exec(line.text) : null);
    if (partMatch) {
      part = `${partMatch[1]}、`;
      partHeading = line.text.slice(partMatch[0].length);
      item = '';
      itemHeading = '';
      unnumbered = 0;
      continue;
    }
    if (SUBPART.test(line.text)) {
      itemHeading = line.text.replace(SUBPART, '');
      continue;
    }
    const itemMatch = ITEM.exec(line.text);
    if (itemMatch) {
      item = numberedThrough ? `第${itemMatch[1]}条` : `${part}${itemMatch[1]}`;
      itemHeading = line.text.slice(itemMatch[0].length).split('。')[0] ?? '';
      paragraphs.push({ start: line.start, end: line.end, item, context: `${partHeading} ${itemHeading}` });
      continue;
    }
    // An unnumbered line after an item continues it; otherwise it is a paragraph of its part.
    if (item === '') unnumbered++;
    const label = item !== '' ? item : `${part}第${unnumbered}段`;
    paragraphs.push({ start: line.start, end: line.end, item: label, context: `${partHeading} ${line.text.split('。')[0] ?? ''}` });
  }
  return paragraphs;
}
