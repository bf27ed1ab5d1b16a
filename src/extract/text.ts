/**
 * The document's text as the rules read it. Offsets must stay those of the original text (the
 * reviewer's highlight and the excerpt are cut from it), so every normalisation maps one UTF-16
 * unit to one: full-width digits and signs become ASCII, nothing is inserted or removed.
 */

/** The text with full-width forms (digits, letters, ％，；（） …) as ASCII, the same length as the input. */
export function normalizeWidth(text: string): string {
  return text.replace(/[\uff01-\uff5e\u00a0\u3000]/g, (ch) =>
    ch === '\u00a0' || ch === '\u3000' ? ' ' : String.fromCharCode(ch.charCodeAt(0) - 0xfee0),
  );
}

/** A half-open range of the text. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/**
 * Marks the characters that stand inside quotation marks, book-title marks or brackets of a
 * document number: figures there are names (“3+2”专业, 《…（2021-2023年）》, 〔2021〕), not results.
 */
export function quotedMask(text: string): Uint8Array {
  const mask = new Uint8Array(text.length);
  const closers: Record<string, string> = { '“': '”', '《': '》', '〔': '〕', '「': '」', '『': '』', '"': '"' };
  const stack: string[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    // A paragraph break closes whatever a typo left open.
    if (ch === '\n') stack.length = 0;
    const top = stack[stack.length - 1];
    if (top !== undefined && ch === top) {
      stack.pop();
      mask[i] = 1;
      continue;
    }
    const closer = closers[ch];
    if (closer !== undefined) {
      stack.push(closer);
      mask[i] = 1;
      continue;
    }
    if (stack.length > 0) mask[i] = 1;
  }
  return mask;
}

/** Where clauses end: Chinese and ASCII punctuation, an ASCII comma only between words (not in 1,350). */
const CLAUSE_END = /[，。；！？;!?：:\n]|,(?!\d{3})/g;

/**
 * The numbering a clause can open with: 1. 1、 (1) (一) ① 一、 一是 第一条, or two of them (4.①). It orders the items and is never
 * part of what a clause says (the source item cites it), so names and excerpts start after it.
 */
const ITEM_MARKER = /^(?:(?:\d{1,3}[.、](?!\d)|\(\s*(?:\d{1,3}|[一二三四五六七八九十]+)\s*\)|[\u2460-\u2473]|[一二三四五六七八九十]+[、是]|第[一二三四五六七八九十\d]+[条项点][、,:]?)\s*)+/;

/** The clause (between punctuation) around a position, within its paragraph, without its numbering. */
export function clauseAround(text: string, paragraph: Span, at: number): Span {
  let start = paragraph.start;
  let end = paragraph.end;
  CLAUSE_END.lastIndex = paragraph.start;
  for (let m = CLAUSE_END.exec(text); m && m.index < paragraph.end; m = CLAUSE_END.exec(text)) {
    if (m.index < at) start = m.index + 1;
    else {
      end = m.index;
      break;
    }
  }
  while (start < end && /\s/.test(text[start]!)) start++;
  const marker = ITEM_MARKER.exec(text.slice(start, end));
  // Never past the figure's own start: the clause must still hold it.
  if (marker && start + marker[0].length <= at) start += marker[0].length;
  return { start, end };
}
