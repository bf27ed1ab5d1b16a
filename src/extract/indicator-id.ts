/**
 * The indicator_id of a draft row: the reference dataset's, when it already has this indicator
 * (the same name, or a close variant with the same unit), so that a new year's summary pairs with
 * last year's plan; else a new ASCII id derived from the name and unit alone (same text, same id).
 */
import type { Dataset, IndicatorInfo } from '../data/dataset.js';

/** Character pairs of a name: the measure of how alike two Chinese names are. */
function bigrams(text: string): Set<string> {
  const pairs = new Set<string>();
  for (let i = 0; i + 1 < text.length; i++) pairs.add(text.slice(i, i + 2));
  return pairs;
}

/** Dice's coefficient of two names' character pairs: 1 for the same name, 0 for nothing shared. */
export function nameSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  const x = bigrams(a);
  const y = bigrams(b);
  if (x.size === 0 || y.size === 0) return 0;
  let shared = 0;
  for (const pair of x) if (y.has(pair)) shared++;
  return (2 * shared) / (x.size + y.size);
}

/** How close a variant must be: 学前教育普惠率 and 普惠率 are one indicator, 合格率 and 优良率 are not. */
const CLOSE = 0.6;

/**
 * The reference's indicator this name and unit stand for, if any: the same name; else one that
 * holds the other whole (普惠率 in 学前教育普惠率, three characters at least) or is close, with the same unit.
 */
export function referenceIndicator(reference: Dataset | undefined, name: string, unit: string): IndicatorInfo | undefined {
  if (!reference || name === '') return undefined;
  const same = reference.indicators.find((i) => i.name === name && i.unit === unit) ?? reference.indicators.find((i) => i.name === name);
  if (same) return same;
  let best: IndicatorInfo | undefined;
  let bestScore = 0;
  for (const indicator of reference.indicators) {
    if (indicator.unit !== unit) continue;
    const [shorter, longer] = indicator.name.length < name.length ? [indicator.name, name] : [name, indicator.name];
    const contained = shorter.length >= 3 && longer.includes(shorter) ? 0.9 : 0;
    const score = Math.max(contained, nameSimilarity(name, indicator.name));
    if (score >= CLOSE && score > bestScore) {
      best = indicator;
      bestScore = score;
    }
  }
  return best;
}

/** FNV-1a, 32 bits: a short, stable hash of a name that any JavaScript engine computes alike. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/** A new indicator's id: ASCII, from the name and unit, so the same text always gets the same id. */
export function newIndicatorId(name: string, unit: string): string {
  return `draft_${fnv1a(`${name}\u0000${unit}`).toString(16).padStart(8, '0')}`;
}
