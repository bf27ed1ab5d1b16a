/**
 * The document's paragraphs and the numbering it gives them, for source_item: 第N条 where items are
 * numbered through the document, the part and the item (二、1) where numbering starts again in each
 * part, the part, its subpart and the item (二、（一）1) where it starts again in each subpart, the
 * part and the paragraph (四、第1段) where paragraphs are unnumbered. Sub-items, (1) or ①, add
 * their number to their item's (二、1（2）).
 */
import type { Span } from './text.js';

export interface Paragraph extends Span {
  /** The item as the document numbers it (第11条, 二、3, 二、（一）1, 三、（2）, 四、第1段). */
  readonly item: string;
  /** The headings above it (part, item's first sentence): words for the theme. */
  readonly context: string;
}

const PART = /^([一二三四五六七八九十]+)[、.]\s*/;
const SUBPART = /^[(]([一二三四五六七八九十]+)[)]\s*/;
const ITEM = /^(\d{1,3})[.、](?!\d)\s*/;
const SUBITEM = /^(?:[(](\d{1,2})[)]|([\u2460-\u2473]))\s*/;

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

/** The number of a sub-item line: (2) or ② is 2. */
function subitemNumber(match: RegExpExecArray): number {
  return match[1] !== undefined ? Number(match[1]) : match[2]!.charCodeAt(0) - 0x2460 + 1;
}

/** How the document's items are numbered: through it, again in each part, or again in each subpart. */
type Numbering = 'document' | 'part' | 'subpart';

function numberingOf(body: readonly Line[]): Numbering {
  const seen = { document: new Set<string>(), part: new Set<string>() };
  let unique = { document: true, part: true };
  let part = '';
  let any = false;
  for (const line of body) {
    if (isHeading(line.text)) {
      part = PART.exec(line.text)?.[1] ?? (SUBPART.test(line.text) ? part : (ITEM.exec(line.text)?.[1] ?? part));
      continue;
    }
    const n = ITEM.exec(line.text)?.[1];
    if (n === undefined) continue;
    any = true;
    unique = { document: unique.document && !seen.document.has(n), part: unique.part && !seen.part.has(`${part}\u0000${n}`) };
    seen.document.add(n);
    seen.part.add(`${part}\u0000${n}`);
  }
  return any && unique.document ? 'document' : unique.part ? 'part' : 'subpart';
}

/**
 * The paragraphs of the body (from `from`, the end of the title line), headings left out: they
 * name the subject of what follows, their figures (if any) are the items'.
 */
export function outline(text: string, from: number): Paragraph[] {
  const body = lines(text, from);
  const numbering = numberingOf(body);
  const paragraphs: Paragraph[] = [];
  let part = '';
  let subpart = '';
  let heading = '';
  let subHeading = '';
  let item = '';
  let itemHeading = '';
  let unnumbered = 0;
  for (const line of body) {
    const partMatch = PART.exec(line.text) ?? (isHeading(line.text) && !SUBPART.test(line.text) ? ITEM.exec(line.text) : null);
    const subpartMatch = SUBPART.exec(line.text);
    if (partMatch) {
      part = `${partMatch[1]}、`;
      subpart = '';
      heading = line.text.slice(partMatch[0].length);
      subHeading = '';
    }
    if (subpartMatch) {
      subpart = `（${subpartMatch[1]}）`;
      subHeading = line.text.slice(subpartMatch[0].length);
    }
    if (partMatch || subpartMatch) {
      // Items and unnumbered paragraphs count again from a new part's or subpart's start.
      itemHeading = '';
      item = '';
      unnumbered = 0;
      continue;
    }
    const itemMatch = ITEM.exec(line.text);
    if (itemMatch) {
      const within = numbering === 'subpart' ? `${part}${subpart}` : part;
      item = numbering === 'document' ? `第${itemMatch[1]}条` : `${within}${itemMatch[1]}`;
      itemHeading = line.text.slice(itemMatch[0].length).split('。')[0] ?? '';
      paragraphs.push({ start: line.start, end: line.end, item, context: `${heading} ${subHeading} ${itemHeading}` });
      continue;
    }
    const subitemMatch = SUBITEM.exec(line.text);
    if (subitemMatch) {
      const label = `${item !== '' ? item : `${part}${subpart}`}（${subitemNumber(subitemMatch)}）`;
      paragraphs.push({ start: line.start, end: line.end, item: label, context: `${heading} ${subHeading} ${itemHeading}` });
      continue;
    }
    // An unnumbered line after an item continues it; otherwise it is a paragraph of its part.
    if (item === '') unnumbered++;
    const label = item !== '' ? item : `${part}${subpart}第${unnumbered}段`;
    paragraphs.push({ start: line.start, end: line.end, item: label, context: `${heading} ${subHeading} ${itemHeading} ${line.text.split('。')[0] ?? ''}` });
  }
  return paragraphs;
}
