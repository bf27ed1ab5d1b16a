/**
 * Row indices grouped by a small integer code: group g is
 * order[offsets[g]] … order[offsets[g + 1] - 1], rows in file order.
 */
export interface Groups {
  readonly order: Uint32Array;
  readonly offsets: Uint32Array;
}

/** Counting sort of rows by code, O(rows + groups). */
export function groupBy(codes: ArrayLike<number>, groupCount: number): Groups {
  const offsets = new Uint32Array(groupCount + 1);
  const n = codes.length;
  for (let i = 0; i < n; i++) offsets[codes[i]! + 1]!++;
  for (let g = 0; g < groupCount; g++) offsets[g + 1]! += offsets[g]!;
  const order = new Uint32Array(n);
  const next = offsets.slice(0, groupCount);
  for (let i = 0; i < n; i++) order[next[codes[i]!]!++] = i;
  return { order, offsets };
}

export function groupRows(groups: Groups, group: number): Uint32Array {
  return groups.order.subarray(groups.offsets[group], groups.offsets[group + 1]);
}
