// How sure a ratio of medians is, for goals within 10–20 % of their reference on a machine where one run swings
// by ±15 %: a paired bootstrap. The contestants take turns, so run i of each shares the minute it ran in; each
// resample draws run indices with replacement and keeps the pairs together, so a slow minute slows both sides.

/** A seeded PRNG (mulberry32): the same runs give the same interval. */
function random(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The median of a list of times (NaN when empty): every goal's figure. */
export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length === 0 ? NaN : s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/**
 * The central `level` interval of median(a) / median(b) over `resamples` paired resamples of the runs
 * (a[i] and b[i] ran in turn). Undefined with fewer than three pairs.
 */
export function ratioInterval(a, b, { level = 0.9, resamples = 4000, seed = 1 } = {}) {
  const n = Math.min(a.length, b.length);
  if (n < 3) return undefined;
  const next = random(seed);
  const ratios = new Float64Array(resamples);
  const ra = new Array(n);
  const rb = new Array(n);
  for (let r = 0; r < resamples; r++) {
    for (let i = 0; i < n; i++) {
      const k = Math.floor(next() * n);
      ra[i] = a[k];
      rb[i] = b[k];
    }
    ratios[r] = median(ra) / median(rb);
  }
  ratios.sort();
  const tail = (1 - level) / 2;
  const at = (q) => ratios[Math.min(resamples - 1, Math.max(0, Math.round(q * (resamples - 1))))];
  return [at(tail), at(1 - tail)];
}

/** 'met' when the whole interval is within the goal (ratio ≤ goal), 'missed' when none of it is, else 'undecided'. */
export function verdict(interval, goal) {
  if (!interval || goal === undefined) return undefined;
  if (interval[1] <= goal) return 'met';
  if (interval[0] > goal) return 'missed';
  return 'undecided';
}
