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
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  }
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) return { text: new TextDecoder(utf16).decode(bytes), encoding: utf16 };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030' };
  }
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

/** Control characters no text dataset holds (tab, LF, CR and form feed excepted). */
const BINARY_BYTE = /[\u0000-\u0008\u000e-\u001a\u001c-\u001f]/g;

/** True when a sample of the text looks like binary bytes rather than a table. */
export function looksBinary(text: string): boolean {
  const sample = text.slice(0, 4096);
  const controls = sample.match(BINARY_BYTE)?.length ?? 0;
  return controls > 0 && controls >= sample.length / 100;
}

/** True when the text is an HTML page (a server's error page saved as .csv, a wrong link). */
export function looksLikeHtml(text: string): boolean {
  // A page may open with an XML declaration or comments (a browser's "saved from url=" note) before its tag.
  const start = text.slice(0, 4096).replace(/^\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--[\s\S]*?-->\s*)*/, '');
  return /^<(!doctype\s+html|html|head|body)[\s>]/i.test(start);
}
