// Types for interval.mjs, which its test imports.
/** The median of a list of times (NaN when empty). */
export function median(xs: readonly number[]): number;

/** The central `level` interval of median(a) / median(b) over paired resamples of the runs; undefined with fewer than three pairs. */
export function ratioInterval(
  a: readonly number[],
  b: readonly number[],
  options?: { level?: number; resamples?: number; seed?: number },
): [number, number] | undefined;

/** 'met' when the whole interval is within the goal, 'missed' when none of it is, else 'undecided'. */
export function verdict(interval: readonly [number, number] | undefined, goal: number | undefined): 'met' | 'missed' | 'undecided' | undefined;
