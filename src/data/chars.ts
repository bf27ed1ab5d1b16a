/**
 * Reading a cell straight from the character codes of the text, without making
 * a string of it: trimming (as String.prototype.trim does) and plain numbers
 * (as `DECIMAL.test(s) ? Number(s) : NaN` in number-cell.ts does, for the numbers
 * that can be read exactly this way; the caller takes the string path for the rest).
 */

/** Whether String.prototype.trim removes code unit c: ECMAScript WhiteSpace and LineTerminator. */
export function isTrimmed(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 ||
    c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/** Where text[start, end) starts once trimmed. */
export function trimStart(text: string, start: number, end: number): number {
  while (start < end && isTrimmed(text.charCodeAt(start))) start++;
  return start;
}

/** Where text[start, end) ends once trimmed (start already trimmed). */
export function trimEnd(text: string, start: number, end: number): number {
  while (end > start && isTrimmed(text.charCodeAt(end - 1))) end--;
  return end;
}

/** 10 ** i, exact for i ≤ 22. */
const POWERS_OF_TEN = Array.from({ length: 23 }, (_, i) => Number(`1e${i}`));

/** More digits than this and the digits may not fit a double exactly. */
const MAX_DIGITS = 15;

const ZERO = 48;
const NINE = 57;
const PLUS = 43;
const MINUS = 45;
const POINT = 46;

/**
 * text[start, end) as a number when it is a plain decimal of at most 15 digits
 * with no exponent ("2022", "-3", "84.9", "5.", ".5"); undefined otherwise,
 * for the caller to read the string the usual way. With `integer`, a point is
 * not accepted either. The digits make an exact integer w and, with f digits
 * after the point, w / 10^f is one correctly rounded division: the same double
 * Number() gives for the same text.
 */
export function readPlainNumber(text: string, start: number, end: number, integer: boolean): number | undefined {
  let at = start;
  let c = text.charCodeAt(at);
  const negative = c === MINUS;
  if (negative || c === PLUS) c = text.charCodeAt(++at);
  let digits = 0;
  let fraction = -1;
  let w = 0;
  for (; at < end; c = text.charCodeAt(++at)) {
    if (c >= ZERO && c <= NINE) {
      w = w * 10 + (c - ZERO);
      digits++;
      if (fraction !== -1) fraction++;
    } else if (c === POINT && fraction === -1 && !integer) {
      fraction = 0;
    } else return undefined;
  }
  if (digits === 0 || digits > MAX_DIGITS) return undefined;
  const value = fraction > 0 ? w / POWERS_OF_TEN[fraction]! : w;
  return negative ? -value : value;
}
