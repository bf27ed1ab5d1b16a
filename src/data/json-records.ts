/**
 * Splits JSON text that arrives in pieces into the records of its first array (a top-level
 * array of records, or the `rows` array of `{ "rows": [...] }`), each record's text whole, so
 * that a file too large for one string can be read a batch of records at a time.
 */
export class JsonRecordSplitter {
  private depth = 0;
  private inString = false;
  private escaped = false;
  /** The depth inside the records' array; -1 until it opens. */
  private arrayDepth = -1;
  private ended = false;
  /** Inside a record (which may have begun in an earlier piece). */
  private inRecord = false;
  /** Text of the record being read, from earlier pieces. */
  private partial = '';

  /** True once the records' array has closed, with no record left open. */
  get complete(): boolean {
    return this.ended && !this.inRecord;
  }

  /** The records that `piece` completes, in order. */
  push(piece: string): string[] {
    const records: string[] = [];
    let recordStart = 0;
    for (let i = 0; i < piece.length; i++) {
      const c = piece.charCodeAt(i);
      if (this.inString) {
        if (this.escaped) this.escaped = false;
        else if (c === 92 /* \ */) this.escaped = true;
        else if (c === 34 /* " */) this.inString = false;
        continue;
      }
      if (c === 34) {
        this.inString = true;
      } else if (c === 123 /* { */ || c === 91 /* [ */) {
        this.depth++;
        if (this.ended) continue;
        if (c === 91 && this.arrayDepth === -1) this.arrayDepth = this.depth;
        else if (this.depth === this.arrayDepth + 1 && this.arrayDepth !== -1) {
          this.inRecord = true;
          recordStart = i;
        }
      } else if (c === 125 /* } */ || c === 93 /* ] */) {
        if (this.inRecord && this.depth === this.arrayDepth + 1) {
          records.push(this.partial + piece.slice(recordStart, i + 1));
          this.partial = '';
          this.inRecord = false;
        }
        if (!this.ended && this.depth === this.arrayDepth) this.ended = true;
        this.depth--;
      }
    }
    if (this.inRecord) this.partial += piece.slice(recordStart);
    return records;
  }
}
