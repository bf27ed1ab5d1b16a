import type { Dataset } from './dataset.js';
import type { IndicatorRow } from './schema.js';

/**
 * Words of an indicator id that say how a thing is measured rather than what:
 * teacher_rotation_rate (a plan's target) and teacher_rotation_count (what the
 * summary reports) are about the same thing.
 */
const MEASURE_WORDS = new Set(['rate', 'share', 'count', 'number', 'amount', 'total', 'increase', 'reduction', 'ratio', 'percent']);

function subjectWords(key: string): Set<string> {
  return new Set(key.toLowerCase().split(/[_\-\s.]+/).filter((word) => word !== '' && !MEASURE_WORDS.has(word)));
}

const isSubset = (a: ReadonlySet<string>, b: ReadonlySet<string>): boolean => a.size > 0 && [...a].every((word) => b.has(word));

/**
 * Whether two indicators are about the same thing measured another way: the
 * subject words of one id (its words less those of MEASURE_WORDS) are all among
 * the other's. paired_kindergartens relates to paired_public_kindergartens and
 * to paired_weak_private_kindergartens; student_fitness_excellent_rate to
 * student_fitness_excellent_rate_increase. Names without ids are one word each,
 * so they relate to nothing but themselves: the rule never guesses from prose.
 */
export function sameSubject(a: string, b: string): boolean {
  const wordsA = subjectWords(a);
  const wordsB = subjectWords(b);
  return isSubset(wordsA, wordsB) || isSubset(wordsB, wordsA);
}

/**
 * What the later reports say that bears on a target they do not report on:
 * actuals of other indicators of the same region and theme, from the target's
 * year on, about the same subject. A scorecard shows them beside the target, so
 * that "not reported" never hides a figure the summary does give.
 */
export function relatedFigures(dataset: Dataset, target: IndicatorRow): IndicatorRow[] {
  return dataset
    .select({ region: target.regionKey, theme: target.theme, kind: 'actual' })
    .filter((row) => row.year >= target.year && row.indicatorKey !== target.indicatorKey && sameSubject(row.indicatorKey, target.indicatorKey));
}
