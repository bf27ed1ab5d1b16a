type Typed = Uint8Array | Uint32Array;

/** Typed arrays end to end, in one copy (none for a single part): a download's pieces, index groups. */
export function concat<T extends Typed>(parts: readonly T[], make: (length: number) => T): T {
  if (parts.length === 1) return parts[0]!;
  const all = make(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    all.set(part, at);
    at += part.length;
  }
  return all;
}

/** The pieces of a download as one array of bytes. */
export const joinChunks = (chunks: readonly Uint8Array[]): Uint8Array => concat(chunks, (n) => new Uint8Array(n));
