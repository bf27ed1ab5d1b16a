/**
 * 小学、初中巩固率分别达到100%和99.6%: the names listed before 分别, paired one to one with the
 * figures after it. Without this, every figure would get the list's last name, or none.
 */
import { trimName } from './indicator-name.js';
import type { Span } from './text.js';

/** What the pairing needs of a found figure: where it stands, and the clause that holds it. */
export interface Placed {
  readonly figure: Span;
  readonly clause: Span;
}

/**
 * The names of a list (小学、初中巩固率), one for each of `count` figures, or undefined when the
 * list has another length. When the first item is shorter than the last, the last's remainder
 * past the first's length is the tail they share (小学、初中巩固率 → 小学巩固率, 初中巩固率).
 */
export function listNames(list: string, count: number): string[] | undefined {
  const items = trimName(list).split(/[、,和与及]/).filter((item) => item !== '');
  if (items.length !== count || count < 2) return undefined;
  const first = items[0]!;
  const last = items[count - 1]!;
  const tail = last.length > first.length ? last.slice(first.length).replace(/^的/, '') : '';
  return items.map((item, i) => (i < count - 1 ? `${item}${tail}` : last));
}

/** The name 分别 gives each figure that follows it, by the figure's index in `found`. */
export function respectiveNames(text: string, found: readonly Placed[]): Map<number, string> {
  const names = new Map<number, string>();
  for (let i = 0; i < found.length; i++) {
    const { figure, clause } = found[i]!;
    const since = i > 0 && found[i - 1]!.clause.start === clause.start ? found[i - 1]!.figure.end : clause.start;
    const at = text.lastIndexOf('分别', figure.start);
    if (at < since) continue;
    // The figures after 分别, joined by 、 和 与 及 (100%和99.6%).
    let last = i;
    while (
      last + 1 < found.length &&
      found[last + 1]!.clause.start === clause.start &&
      /^[、,和与及\s]*$/.test(text.slice(found[last]!.figure.end, found[last + 1]!.figure.start))
    ) last++;
    const list = listNames(text.slice(clause.start, at), last - i + 1);
    list?.forEach((name, k) => names.set(i + k, name));
    i = last;
  }
  return names;
}
