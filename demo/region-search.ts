// The region picker's search, pure and without the DOM: a plain list of regions in
// (a Dataset's today, a data pack's manifest later), a query, and back the matching
// regions, best first and grouped by parent. Every region's search keys are
// normalised once per list, so that a keystroke over all 2,851 county-level regions
// of China is one pass of string comparisons.
import type { RegionInfo } from '../src/data/dataset.js';
import type { PackRegion } from '../src/data/pack-manifest.js';
import { regionName } from '../src/charts/names.js';
import type { Locale } from '../src/i18n/locale.js';

/** A region as the picker takes it. */
export interface PickerRegion {
  /** What the picker hands back when the region is chosen. */
  readonly key: string;
  /** Its administrative code (120110), or ''. */
  readonly code: string;
  readonly name: string;
  /** Its English name, or ''. */
  readonly nameEn: string;
  /** Its parents' names, nearest first (泉州市, 福建省); empty where the data names none. */
  readonly parents: readonly string[];
  /** The parents' English names in the same order, where the data has them. */
  readonly parentsEn?: readonly string[];
}

/** The regions that share their parents, listed under one heading. */
export interface RegionGroup {
  /** Nearest first. */
  readonly parents: readonly string[];
  readonly parentsEn: readonly string[];
}

/** One heading's share of a stretch of results: the group (-1 for a region without a parent) and its regions. */
export interface ResultSection {
  readonly group: number;
  /** Positions in the results. */
  readonly positions: readonly number[];
}

/** Case, width (全角 digits and letters) and runs of spaces do not matter. */
export function normalize(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Ranks, best first; what no rank covers does not match. */
const EXACT = 0;
const PREFIX = 1;
const WORD = 2;
const INSIDE = 3;
const PARENT = 4;
const IN_PARENT = 5;

interface Keys {
  readonly name: string;
  readonly nameEn: string;
  readonly code: string;
  /** Every parent's name, Chinese and English. */
  readonly parents: readonly string[];
  /** Parents from the farthest, then the name, without spaces: 天津市东丽区. */
  readonly full: string;
}

/** A word of the query, with the forms it takes at the start of a word inside an English name. */
interface Term {
  readonly text: string;
  readonly afterSpace: string;
  readonly afterHyphen: string;
}

function nameRank(field: string, term: Term): number {
  if (!field) return Infinity;
  if (field === term.text) return EXACT;
  if (field.startsWith(term.text)) return PREFIX;
  if (!field.includes(term.text)) return Infinity;
  return field.includes(term.afterSpace) || field.includes(term.afterHyphen) ? WORD : INSIDE;
}

function rank(keys: Keys, term: Term): number {
  const text = term.text;
  // A code matches from its start only: 0110 is no way to ask for 120110.
  if (keys.code && keys.code.startsWith(text)) return keys.code === text ? EXACT : PREFIX;
  if (keys.full === text) return EXACT;
  const best = Math.min(nameRank(keys.name, term), nameRank(keys.nameEn, term));
  if (best <= INSIDE) return best;
  let parent = Infinity;
  for (const name of keys.parents) {
    if (name.startsWith(text)) return PARENT;
    if (name.includes(text)) parent = IN_PARENT;
  }
  if (keys.full.startsWith(text)) return PARENT;
  return keys.full.includes(text) ? IN_PARENT : parent;
}

/** A list of regions, indexed for search. Build one per list (RegionSearch.of keeps it). */
export class RegionSearch {
  private static readonly built = new WeakMap<readonly PickerRegion[], RegionSearch>();

  /** The index of a list, built on first use and kept while the list lives. */
  static of(regions: readonly PickerRegion[]): RegionSearch {
    let search = RegionSearch.built.get(regions);
    if (!search) RegionSearch.built.set(regions, (search = new RegionSearch(regions)));
    return search;
  }

  /** The parent groups, in order of their first region in the list. */
  readonly groups: readonly RegionGroup[];
  /** Every region, grouped: what an empty query lists. */
  readonly all: readonly number[];
  private readonly groupIds: Int32Array;
  private readonly keys: readonly Keys[];
  private readonly byKey = new Map<string, number>();

  constructor(readonly regions: readonly PickerRegion[]) {
    const groups: RegionGroup[] = [];
    const groupByParents = new Map<string, number>();
    this.groupIds = new Int32Array(regions.length);
    this.keys = regions.map((region, i) => {
      if (!this.byKey.has(region.key)) this.byKey.set(region.key, i);
      const id = region.parents.join('\u0000');
      let group = region.parents.length ? groupByParents.get(id) : -1;
      if (group === undefined) {
        groupByParents.set(id, (group = groups.length));
        groups.push({ parents: region.parents, parentsEn: region.parentsEn ?? [] });
      }
      this.groupIds[i] = group;
      const parents = [...region.parents, ...(region.parentsEn ?? [])].map(normalize).filter(Boolean);
      return {
        name: normalize(region.name),
        nameEn: normalize(region.nameEn),
        code: normalize(region.code),
        parents,
        full: normalize([...region.parents].reverse().join('') + region.name).replace(/ /g, ''),
      };
    });
    this.groups = groups;
    this.all = this.grouped(regions.map((_, i) => i));
  }

  /** The region's index in the list, or -1. */
  indexOf(key: string): number {
    return this.byKey.get(key) ?? -1;
  }

  /** The region's group, or -1 where the data names no parent. */
  groupOf(index: number): number {
    return this.groupIds[index] ?? -1;
  }

  /**
   * The regions matching every space-separated word of the query, by name (Chinese
   * or English), code (from its start) or parent, as indices into the list: best
   * first (exact, then prefix, then inside a name, then by parent; ties in list
   * order), each group's regions together, the groups in order of their best.
   * An empty query gives every region.
   */
  search(query: string): readonly number[] {
    const terms = normalize(query)
      .split(' ')
      .filter(Boolean)
      .map((text): Term => ({ text, afterSpace: ` ${text}`, afterHyphen: `-${text}` }));
    if (terms.length === 0) return this.all;
    const found: [index: number, score: number][] = [];
    outer: for (let i = 0; i < this.keys.length; i++) {
      let score = 0;
      for (const term of terms) {
        const r = rank(this.keys[i]!, term);
        if (r === Infinity) continue outer;
        score += r;
      }
      found.push([i, score]);
    }
    found.sort((a, b) => a[1] - b[1] || a[0] - b[0]);
    return this.grouped(found.map(([i]) => i));
  }

  /** The indices with each group's together, the groups (and ungrouped regions) in order of first appearance. */
  private grouped(indices: readonly number[]): number[] {
    const runs = new Map<number | string, number[]>();
    for (const i of indices) {
      const group = this.groupOf(i);
      const id = group < 0 ? `solo${i}` : group;
      const run = runs.get(id);
      if (run) run.push(i);
      else runs.set(id, [i]);
    }
    return [...runs.values()].flat();
  }

  /** The results from position start up to end, cut where the group changes. */
  sections(results: readonly number[], start: number, end: number): ResultSection[] {
    const out: { group: number; positions: number[] }[] = [];
    for (let at = start; at < Math.min(end, results.length); at++) {
      const group = this.groupOf(results[at]!);
      const last = out.at(-1);
      if (last && group >= 0 && last.group === group) last.positions.push(at);
      else out.push({ group, positions: [at] });
    }
    return out;
  }
}

/** Whether text is shown in Chinese to an English reader (and so wants lang="zh-CN"). */
export interface Shown {
  readonly text: string;
  readonly zh: boolean;
}

/** A region's name in the reader's language. */
export function shownName(region: PickerRegion, locale: Locale): Shown {
  const text = regionName(region, locale);
  return { text, zh: locale === 'en' && text === region.name };
}

/** A group's heading: its parents from the farthest in Chinese (福建省泉州市), nearest first in English (Quanzhou, Fujian). */
export function groupLabel(group: RegionGroup, locale: Locale): Shown {
  if (locale === 'en' && group.parentsEn.length === group.parents.length && group.parentsEn.every(Boolean)) return { text: group.parentsEn.join(', '), zh: false };
  return { text: [...group.parents].reverse().join(''), zh: locale === 'en' };
}

/**
 * The picker's text for a region when closed: with its parents in Chinese (天津市 东丽区);
 * the English name with its English parents where the data has them, else alone.
 */
export function regionLabel(region: PickerRegion, locale: Locale): string {
  const name = shownName(region, locale);
  const parents = groupLabel({ parents: region.parents, parentsEn: region.parentsEn ?? [] }, locale);
  if (!region.parents.length) return name.text;
  // An English name: with English parents, or alone (no Chinese glued to it).
  if (locale === 'en' && !name.zh) return parents.zh ? name.text : `${name.text}, ${parents.text}`;
  return `${parents.text} ${name.text}`;
}

/** Administrative levels a parent name ends with; a dataset's parent column runs them together (福建省泉州市). */
const LEVEL = /.+?(?:特别行政区|自治区|自治州|地区|省|市|盟)/y;

/** A dataset's parent column as names nearest first: 福建省泉州市 -> 泉州市, 福建省. What ends in no level stays whole. */
export function splitParents(parent: string): string[] {
  const text = parent.trim();
  const names: string[] = [];
  LEVEL.lastIndex = 0;
  while (LEVEL.lastIndex < text.length) {
    const from = LEVEL.lastIndex;
    const match = LEVEL.exec(text);
    if (!match) {
      names.push(text.slice(from));
      break;
    }
    names.push(match[0]);
  }
  return names.reverse();
}

const fromDataset = new WeakMap<readonly (RegionInfo | PackRegion)[], readonly PickerRegion[]>();

/** A dataset's regions as the picker takes them, the same array for the same regions. */
export function pickerRegions(regions: readonly (RegionInfo | PackRegion)[]): readonly PickerRegion[] {
  let picked = fromDataset.get(regions);
  if (!picked) {
    // A dataset's region names one parent, a pack's a chain; either may write a parent whole (福建省泉州市).
    picked = regions.map((r) => ({ key: r.key, code: r.code, name: r.name, nameEn: r.nameEn, parents: 'parents' in r ? r.parents.flatMap(splitParents) : splitParents(r.parent) }));
    fromDataset.set(regions, picked);
  }
  return picked;
}
