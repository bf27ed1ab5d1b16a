import { describe, expect, it } from 'vitest';
import { ratioInterval, verdict } from '../../bench/interval.mjs';

describe('bench ratio interval', () => {
  it('holds the ratio of medians, and is the same for the same runs', () => {
    const ours = [410, 452, 398, 520, 441, 460, 433, 475, 401, 447, 455];
    const reference = [380, 401, 372, 450, 399, 420, 390, 431, 377, 405, 412];
    const [low, high] = ratioInterval(ours, reference)!;
    expect(low).toBeLessThanOrEqual(447 / 401);
    expect(high).toBeGreaterThanOrEqual(447 / 401);
    expect(high).toBeGreaterThan(low);
    expect(ratioInterval(ours, reference)).toEqual([low, high]);
  });

  it('keeps runs of one round together: a slow minute that slows both sides does not widen it', () => {
    // Every round ours takes 1.2 times the reference, while the rounds themselves differ threefold.
    const reference = [100, 300, 150, 280, 120, 260, 200, 90, 310, 170, 230];
    const ours = reference.map((t) => t * 1.2);
    const [low, high] = ratioInterval(ours, reference)!;
    expect(low).toBeCloseTo(1.2, 10);
    expect(high).toBeCloseTo(1.2, 10);
  });

  it('needs three pairs', () => {
    expect(ratioInterval([1, 2], [1, 2])).toBeUndefined();
  });

  it('says met or missed only when the whole interval is on one side of the goal', () => {
    expect(verdict([1.02, 1.09], 1.1)).toBe('met');
    expect(verdict([1.05, 1.18], 1.1)).toBe('undecided');
    expect(verdict([1.12, 1.3], 1.1)).toBe('missed');
    expect(verdict(undefined, 1.1)).toBeUndefined();
    expect(verdict([0.8, 0.9], undefined)).toBeUndefined();
  });
});
