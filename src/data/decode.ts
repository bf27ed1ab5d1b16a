import { joinChunks } from './typed-arrays.js';

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

export interface DecodedText {
  readonly text: string;
  readonly encoding: Encoding;
}

/**
 * Bytes to text. A BOM decides; otherwise strict UTF-8, and when that fails GB18030
 * (a superset of GBK and GB2312: what Excel in China saves as "CSV").
 */
export function decodeBytes(bytes: Uint8Array): DecodedText {
  const bom = byteOrderMark(bytes);
  if (bom) return { text: new TextDecoder(bom.encoding).decode(bytes.subarray(bom.length)), encoding: bom.encoding };
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) return { text: new TextDecoder(utf16).decode(bytes), encoding: utf16 };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030' };
  }
}

/**
 * The encoding the first bytes of a file settle on their own (a byte order mark, or UTF-16
 * without one), and the mark's length; undefined when only the rest can tell UTF-8 from GB18030.
 */
export function sniffEncoding(head: Uint8Array): { readonly encoding: Encoding; readonly bomLength: number } | undefined {
  const bom = byteOrderMark(head);
  if (bom) return { encoding: bom.encoding, bomLength: bom.length };
  const utf16 = utf16WithoutBom(head);
  return utf16 ? { encoding: utf16, bomLength: 0 } : undefined;
}

/** The encoding a byte order mark at the start names, and the mark's length. */
function byteOrderMark(bytes: Uint8Array): { readonly encoding: Encoding; readonly length: number } | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return undefined;
}

/**
 * UTF-16 saved without a byte order mark: the zero high bytes of ASCII
 * (delimiters, digits, line breaks) fall on every other byte, all on one side.
 * Binary files have zeros too, but not so one-sidedly.
 */
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 8) return undefined;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const pairs = n / 2;
  if (odd >= pairs * 0.2 && even === 0) return 'utf-16le';
  if (even >= pairs * 0.2 && odd === 0) return 'utf-16be';
  return undefined;
}

/** How much of a text's start looksBinary and looksLikeHtml read: they decide on that alone. */
export const SAMPLE_CHARS = 4096;

/** Control characters no text dataset holds (tab, LF, CR and form feed excepted). */
const BINARY_BYTE = /[\u0000-\u0008\u000e-\u001a\u001c-\u001f]/g;

/** True when a sample of the text looks like binary bytes rather than a table. */
export function looksBinary(text: string): boolean {
  const sample = text.slice(0, SAMPLE_CHARS);
  const controls = sample.match(BINARY_BYTE)?.length ?? 0;
  return controls > 0 && controls >= sample.length / 100;
}

/** True when the text is an HTML page (a server's error page saved as .csv, a wrong link). */
export function looksLikeHtml(text: string): boolean {
  // A page may open with an XML declaration or comments (a browser's "saved from url=" note) before its tag.
  const start = text.slice(0, SAMPLE_CHARS).replace(/^\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--[\s\S]*?-->\s*)*/, '');
  return /^<(!doctype\s+html|html|head|body)[\s>]/i.test(start);
}

/** How many bytes decide the encoding (utf16WithoutBom reads this many). */
const SNIFF_BYTES = 4096;

/**
 * decodeBytes for bytes that arrive in pieces (a download): UTF-8, the usual
 * case, is decoded piece by piece as it comes, so that the work overlaps the
 * download; anything else is decoded at the end. The result is decodeBytes's
 * on the whole.
 */
export class StreamingDecoder {
  private readonly pieces: Uint8Array[] = [];
  private buffered = 0;
  private utf8: TextDecoder | undefined;
  private readonly parts: string[] = [];
  /** Streaming stopped (a byte that is not UTF-8, or another encoding): decodeBytes at the end. */
  private whole = false;

  /**
   * onText, when given, takes each piece's text as it is decoded, so that it can be read as it comes
   * (the parse worker does); finish() then returns undefined when the whole text went there.
   */
  constructor(private readonly onText?: (text: string) => void) {}

  push(piece: Uint8Array): void {
    if (this.whole || !this.utf8) {
      this.pieces.push(piece);
      this.buffered += piece.length;
      if (!this.whole && this.buffered >= SNIFF_BYTES) this.decide();
      return;
    }
    this.pieces.push(piece);
    this.decodePiece(piece);
  }

  /** The whole text, or undefined when all of it went to onText. */
  finish(): DecodedText | undefined {
    if (this.utf8 && !this.whole) {
      let rest: string | undefined;
      try {
        rest = this.utf8.decode();
      } catch {
        // The file ends inside a character: decodeBytes decides as it would.
      }
      if (rest !== undefined && this.onText) {
        this.onText(rest);
        return undefined;
      }
      if (rest !== undefined) return { text: this.parts.join('') + rest, encoding: 'utf-8' };
    }
    return decodeBytes(joinChunks(this.pieces));
  }

  /** Enough bytes to tell the encoding: stream when it is UTF-8 without a BOM, the only case that can fail midway. */
  private decide(): void {
    const head = joinChunks(this.pieces);
    if (byteOrderMark(head) || utf16WithoutBom(head)) {
      this.whole = true;
      return;
    }
    this.utf8 = new TextDecoder('utf-8', { fatal: true });
    this.pieces.length = 0;
    this.pieces.push(head);
    this.decodePiece(head);
  }

  private decodePiece(piece: Uint8Array): void {
    let text: string;
    try {
      text = this.utf8!.decode(piece, { stream: true });
    } catch {
      // Not UTF-8 (GBK, most often): the whole file decides at the end, as decodeBytes does.
      this.whole = true;
      this.parts.length = 0;
      return;
    }
    if (this.onText) this.onText(text);
    else this.parts.push(text);
  }
}
