import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeBytes, StreamingDecoder } from '../../src/data/decode.js';

/** The bytes in pieces cut at the given points, decoded as a download would be. */
function inPieces(bytes: Uint8Array, cuts: readonly number[], onText?: (text: string) => void) {
  const decoder = new StreamingDecoder(onText);
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

const table = `地区,年份,指标,数值\n${'东丽区,2023,学前教育普惠率,88.4\n'.repeat(300)}`;
const files = [
  utf8(table),
  utf8(`\uFEFF${table}`),
  fixture('gbk.csv'),
  fixture('utf16le.tsv'),
  // UTF-8 for 8 KiB, then a GBK byte pair: streaming must give up and decide on the whole.
  new Uint8Array([...utf8(table), 0xb6, 0xab, 0x0a]),
  // UTF-8 that ends inside a character.
  utf8(table).subarray(0, -1),
  utf8('a,b\n1,2\n'),
  new Uint8Array([0xe4, 0xb8]),
];
const cuts = fc.array(fc.nat({ max: 20000 }), { maxLength: 12 });
const RUNS = { seed: 20261123, numRuns: 300 };

describe('StreamingDecoder', () => {
  it('gives what decodeBytes gives on the whole, however the bytes are cut', () => {
    fc.assert(
      fc.property(fc.constantFrom(...files), cuts, (bytes, at) => {
        expect(inPieces(bytes, at)).toEqual(decodeBytes(bytes));
      }),
      RUNS,
    );
  });

  it('gives UTF-8 to onText as it decodes it, or, having given up streaming, the whole from finish', () => {
    fc.assert(
      fc.property(fc.constantFrom(...files), cuts, (bytes, at) => {
        const given: string[] = [];
        const decoded = inPieces(bytes, at, (text) => given.push(text));
        const expected = decodeBytes(bytes);
        if (decoded) expect(decoded).toEqual(expected);
        else {
          expect(expected.encoding).toBe('utf-8');
          expect(given.join('')).toBe(expected.text);
        }
      }),
      RUNS,
    );
    // A UTF-8 file past the first bytes that decide streams to its end.
    expect(inPieces(utf8(table), [100, 5000], () => undefined)).toBeUndefined();
  });
});
