import { describe, expect, it } from 'vitest';
import { packStrings, stringAt, StringTableBuilder, tableSize } from '../../src/data/string-table.js';

describe('StringTableBuilder', () => {
  const values = Array.from({ length: 2500 }, (_, i) => (i % 7 === 0 ? '' : `摘录${i}`));

  it('packs as packStrings does, across its batches', () => {
    const builder = new StringTableBuilder();
    for (const v of values) builder.push(v);
    expect(builder.table()).toEqual(packStrings(values));
  });

  it('keeps only the flagged entries when asked', () => {
    const builder = new StringTableBuilder();
    for (const v of values) builder.push(v);
    const keep = Uint8Array.from(values, (_, i) => (i % 3 === 0 ? 0 : 1));
    const table = builder.table(keep);
    const kept = values.filter((_, i) => keep[i]);
    expect(tableSize(table)).toBe(kept.length);
    expect(Array.from({ length: kept.length }, (_, i) => stringAt(table, i))).toEqual(kept);
  });
});
