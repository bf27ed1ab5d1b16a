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
