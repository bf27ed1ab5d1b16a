/**
 * A list of strings packed into one string and an offsets array. A worker can post
 * a million excerpts this way as one string copy and one transferred buffer,
 * instead of a million structured-clone entries.
 */
export interface StringTable {
  readonly text: string;
  /** offsets[i] to offsets[i + 1] is entry i; length is entries + 1. */
  readonly offsets: Uint32Array;
}

export function stringAt(table: StringTable, index: number): string {
  return table.text.slice(table.offsets[index], table.offsets[index + 1]);
}

export function tableSize(table: StringTable): number {
  return table.offsets.length - 1;
}

/** Gives each distinct string a small integer, in order of first appearance. */
export class StringDictionary {
  private readonly ids = new Map<string, number>();
  readonly values: string[] = [];

  /**
   * The id of value. `hint` is an id the caller expects (delimited-rows.ts remembers the id each
   * repeated cell got): checked against the stored string, so a wrong hint costs only the Map lookup,
   * and a right one, with the very string object stored, costs one comparison of references.
   */
  id(value: string, hint = -1): number {
    if (hint >= 0 && this.values[hint] === value) return hint;
    let id = this.ids.get(value);
    if (id === undefined) {
      id = this.values.length;
      this.ids.set(value, id);
      this.values.push(value);
    }
    return id;
  }

  get size(): number {
    return this.values.length;
  }

  table(): StringTable {
    return packStrings(this.values);
  }
}

export function packStrings(values: readonly string[]): StringTable {
  const offsets = new Uint32Array(values.length + 1);
  let total = 0;
  for (let i = 0; i < values.length; i++) {
    total += values[i]!.length;
    offsets[i + 1] = total;
  }
  return { text: values.join(''), offsets };
}

/** Entries a StringTableBuilder joins at a time. */
const BATCH = 1000;

/**
 * A StringTable built entry by entry, every BATCH entries joined into one string
 * as they come: a million excerpts then never live as a million strings until
 * the end (surviving young-generation collections, promoted, then joined at once).
 */
export class StringTableBuilder {
  private readonly parts: string[] = [];
  private readonly batch: string[] = [];
  /** ends[i] is where entry i ends in the joined text. */
  private ends = new Uint32Array(1024);
  private size = 0;
  private length = 0;

  push(value: string): void {
    if (this.size === this.ends.length) {
      const ends = new Uint32Array(this.size * 2);
      ends.set(this.ends);
      this.ends = ends;
    }
    this.length += value.length;
    this.ends[this.size++] = this.length;
    this.batch.push(value);
    if (this.batch.length === BATCH) {
      this.parts.push(this.batch.join(''));
      this.batch.length = 0;
    }
  }

  /** The table of every entry, or with keep of those whose flag is 1. */
  table(keep?: Uint8Array): StringTable {
    const text = this.parts.join('') + this.batch.join('');
    const offsets = new Uint32Array(this.size + 1);
    offsets.set(this.ends.subarray(0, this.size), 1);
    if (!keep) return { text, offsets };
    const kept: string[] = [];
    for (let i = 0; i < this.size; i++) if (keep[i]) kept.push(text.slice(offsets[i], offsets[i + 1]));
    return packStrings(kept);
  }
}
