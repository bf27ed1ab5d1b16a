/**
 * What a document is, read from its title line when the caller does not say: 天津市东丽区2022年教育工作要点
 * is 东丽区 (under 天津市), 2022, a plan. Titles of plans end in 要点, 计划, 方案; of summaries in 总结, 报告.
 */
import type { Dataset } from '../data/dataset.js';
import type { DocumentInfo, DocumentKind } from './types.js';

/** The lines a title can be: short, naming a year and a kind of document, not the cover letter's sentence. */
const TITLE = /^(?:[^\d，。；,;]{0,16})\d{4}年[^，。；,;]{0,20}?(?:要点|计划|方案|规划|安排|总结|报告)$/;
const COVER_LETTER = /关于|印发|通知|现将/;
const PLAN = /要点|计划|方案|规划|安排/;
const SUMMARY = /总结|报告/;
/** An administrative unit's name ends in one of these. */
const UNIT_NAME = /[\u4e00-\u9fa5]{1,8}?(?:自治区|自治州|自治县|特别行政区|省|市|区|县|旗|州|盟)/g;

export interface TitleLine {
  readonly title: string;
  /** The offset where the body starts: after the last line that states the title. */
  readonly bodyStart: number;
}

/** The candidates a text offers for its title: lines, and titles quoted in 《》 in the cover letter. */
function titleCandidates(text: string): { title: string; lineEnd: number; standalone: boolean }[] {
  const found: { title: string; lineEnd: number; standalone: boolean }[] = [];
  const lines = /[^\n]*(?:\n|$)/g;
  for (let m = lines.exec(text); m && m[0] !== ''; m = lines.exec(text)) {
    const lineEnd = m.index + m[0].length;
    const line = m[0].trim().replace(/^[#\s]+/, '');
    const bare = line.replace(/^《(.*)》$/, '$1');
    if (TITLE.test(bare) && !COVER_LETTER.test(bare)) found.push({ title: bare, lineEnd, standalone: true });
    for (const quoted of line.matchAll(/《([^》]{4,40})》/g)) {
      if (TITLE.test(quoted[1]!)) found.push({ title: quoted[1]!, lineEnd, standalone: false });
    }
  }
  return found;
}

/**
 * The document's title and where its body starts. The title is the candidate that names a place
 * (a region is worth more than none), the first such; the body starts after the last line that
 * states a title by itself, so that a cover letter's dates and document numbers are not read as figures.
 */
export function readTitleLine(text: string): TitleLine {
  const candidates = titleCandidates(text);
  const placed = candidates.find((c) => regionFromTitle(c.title) !== '') ?? candidates[0];
  const standalone = candidates.filter((c) => c.standalone);
  return { title: placed?.title ?? '', bodyStart: standalone[standalone.length - 1]?.lineEnd ?? 0 };
}

/** The units a title names before or after its year (天津市东丽区2022年… → 天津市, 东丽区). */
function titleUnits(title: string): string[] {
  const year = /\d{4}年/.exec(title);
  if (!year) return [];
  const before = title.slice(0, year.index);
  const after = title.slice(year.index + year[0].length).replace(/(?:教育|工作|教体|教育局).*$/, '');
  return [...before.matchAll(UNIT_NAME), ...after.matchAll(UNIT_NAME)].map((m) => m[0]);
}

/** The name a title gives its region, with or without its suffix (鲤城, 东丽区), or ''. */
function regionFromTitle(title: string): string {
  const units = titleUnits(title);
  if (units.length > 0) return units[units.length - 1]!;
  const year = /\d{4}年/.exec(title);
  if (!year) return '';
  // "2022年鲤城教育工作要点": the name without its suffix, between the year and 教育.
  const bare = /^([\u4e00-\u9fa5]{2,4}?)(?:教育|教体)/.exec(title.slice(year.index + year[0].length));
  return bare?.[1] ?? '';
}

/** The region and its parent, the text completing a bare name (鲤城 → 泉州市鲤城区 in the cover letter). */
function regionAndParent(title: string, text: string): { region: string; parent: string } {
  const units = titleUnits(title);
  if (units.length > 0) return { region: units[units.length - 1]!, parent: units.slice(0, -1).join('') };
  const bare = regionFromTitle(title);
  if (bare === '') return { region: '', parent: '' };
  const full = new RegExp(`((?:[\\u4e00-\\u9fa5]{2,3}?[省市])*)${bare}([区县市旗])`).exec(text);
  return full ? { region: `${bare}${full[2]}`, parent: full[1] ?? '' } : { region: bare, parent: '' };
}

function kindOf(title: string): DocumentKind | undefined {
  if (SUMMARY.test(title)) return 'summary';
  if (PLAN.test(title)) return 'plan';
  return undefined;
}

/** The document as read: the caller's fields over what the title line says, the reference's code and parent for a region it knows. */
export function documentInfo(text: string, given: Partial<DocumentInfo> = {}, reference?: Dataset): DocumentInfo {
  const title = given.title ?? readTitleLine(text).title;
  const read = regionAndParent(title, text);
  const region = given.region ?? read.region;
  const known = region === '' ? undefined : reference?.region(region);
  const year = /(\d{4})年/.exec(title);
  return {
    title,
    region,
    regionCode: given.regionCode ?? known?.code ?? '',
    parent: given.parent ?? (known?.parent || read.parent),
    year: given.year ?? (year ? Number(year[1]) : undefined),
    kind: given.kind ?? kindOf(title),
  };
}
