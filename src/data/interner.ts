/**
 * Distinct strings found by their characters in a text, so a value seen before
 * costs no new string. A column like region or unit repeats a few thousand
 * values over a million rows: a Map would need a fresh string (allocated, then
 * hashed and compared by V8, then garbage) for every cell; here the cell's
 * characters are hashed in place, compared against the one stored string, and
 * a string is made only the first time. Open addressing, linear probing.
 */
export class Interner {
  /** The distinct strings in order of first sight: id i is values[i]. */
  readonly values: string[] = [];
  /** Per id, the hash of its string. */
  private hashes = new Int32Array(64);
  /** Per slot, id + 1; 0 is empty. Never more than half full. */
  private slots = new Int32Array(128);

  /** The id of text[start, end), making its string only when it is new. */
  id(text: string, start: number, end: number): number {
    return this.idHashed(text, start, end, hashChars(text, start, end));
  }

  /** The same, given hashChars(text, start, end) (which tokenize works out while it scans). */
  idHashed(text: string, start: number, end: number, chars: number): number {
    const hash = mix(chars);
    const mask = this.slots.length - 1;
    let slot = hash & mask;
    for (let entry = this.slots[slot]!; entry !== 0; entry = this.slots[slot]!) {
      const id = entry - 1;
      if (this.hashes[id] === hash && sameChars(this.values[id]!, text, start, end)) return id;
      slot = (slot + 1) & mask;
    }
    const id = this.values.length;
    this.values.push(text.slice(start, end));
    if (id === this.hashes.length) {
      const hashes = new Int32Array(id * 2);
      hashes.set(this.hashes);
      this.hashes = hashes;
    }
    this.hashes[id] = hash;
    this.slots[slot] = id + 1;
    if (2 * this.values.length > this.slots.length) this.rehash();
    return id;
  }

  private rehash(): void {
    const slots = new Int32Array(this.slots.length * 2);
    const mask = slots.length - 1;
    for (let id = 0; id < this.values.length; id++) {
      let slot = this.hashes[id]! & mask;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = id + 1;
    }
    this.slots = slots;
  }
}

/** FNV-1a over UTF-16 code units: h = FNV_OFFSET, then h = Math.imul(h ^ unit, FNV_PRIME) for each. */
export const FNV_OFFSET = 0x811c9dc5 | 0;
export const FNV_PRIME = 0x01000193;

export function hashChars(text: string, start: number, end: number): number {
  let h = FNV_OFFSET;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME);
  return h;
}

/** A final mix, so the low bits (the slot) depend on every unit. */
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  return h ^ (h >>> 13);
}

/** startsWith compares in native code, without a new string: fast even before the JIT has run. */
function sameChars(value: string, text: string, start: number, end: number): boolean {
  return value.length === end - start && text.startsWith(value, start);
}
