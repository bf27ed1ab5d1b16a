import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeBytes, StreamingDecoder } from '../../src/data/decode.js';

/** The bytes in pieces cut at the given points, decoded as a download would be. */
function inPieces(bytes: Uint8Array, cuts: readonly number[]) {
  const decoder = new StreamingDecoder();
  let at = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    decoder.push(bytes.slice(at, Math.max(at, cut)));
    at = Math.max(at, cut);
  }
  decoder.push(bytes.slice(at));
  return decoder.finish();
}

const utf8 = (text: string) => new TextEncoder().encode(text);
const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../fixtures/${name}`, import.meta.url)));

describe('StreamingDecoder', () => {
  it('gives what decodeBytes gives on the whole, however the bytes are cut', () => {
    const table = `地区,年份,指标,数值\n${'东丽区,2023,学前教育普惠率,88.4\n'.repeat(300)}`;
    const files = [
      utf8(table),
      utf8(`\uFEFF${table}`),
      fixture('gbk.csv'),
      fixture('utf16le.tsv'),
      // UTF-8 for 8 KiB, then a GBK byte pair: streaming must give up and decide on the whole.
      new Uint8Array([...utf8(table), 0xb6, 0xab, 0x0a]),
      utf8('a,b\n1,2\n'),
      new Uint8Array([0xe4, 0xb8]),
    ];
    fc.assert(
      fc.property(fc.constantFrom(...files), fc.array(fc.nat({ max: 20000 }), { maxLength: 12 }), (bytes, cuts) => {
        expect(inPieces(bytes, cuts)).toEqual(decodeBytes(bytes));
      }),
      { seed: 20261123, numRuns: 300 },
    );
  });
});
