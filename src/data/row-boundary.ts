/**
 * Where the last complete row of delimited text ends: the offset just past its line break,
 * or `from` when no row after `from` is complete yet. Quotes count as the tokenizer reads
 * them (tokenizer.ts): one opens a quoted cell only at the cell's start, "" inside is a quote,
 * and a line break inside a quoted cell is text. The pack writer cuts a file it streams here,
 * so that no piece ends inside a row.
 */
export function completeRowsEnd(text: string, delimiter: string, from = 0): number {
  const QUOTE = 34, LF = 10, CR = 13;
  const d = delimiter.charCodeAt(0);
  const n = text.length;
  // No quote ahead: every line break ends a row. A CR at the very end may be half of a CRLF.
  if (text.indexOf('"', from) === -1) {
    const lf = text.lastIndexOf('\n');
    const cr = text.lastIndexOf('\r', n - 2);
    const end = Math.max(lf, cr) + 1;
    return end > from ? end : from;
  }
  let at = from;
  let complete = from;
  let cellStart = true;
  while (at < n) {
    const c = text.charCodeAt(at);
    if (cellStart && c === QUOTE) {
      let close = at + 1;
      for (;;) {
        close = text.indexOf('"', close);
        if (close === -1) return complete;
        if (text.charCodeAt(close + 1) !== QUOTE) break;
        close += 2;
      }
      // The one character after the closing quote ends the cell, whatever it is.
      at = close + 1;
      if (at >= n) return complete;
      const after = text.charCodeAt(at++);
      if (after === CR) {
        if (at >= n) return complete;
        if (text.charCodeAt(at) === LF) at++;
        complete = at;
      } else if (after === LF) complete = at;
      cellStart = true;
      continue;
    }
    at++;
    if (c === d) cellStart = true;
    else if (c === LF) {
      complete = at;
      cellStart = true;
    } else if (c === CR) {
      if (at >= n) return complete;
      if (text.charCodeAt(at) === LF) at++;
      complete = at;
      cellStart = true;
    } else cellStart = false;
  }
  return complete;
}
