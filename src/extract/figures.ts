/**
 * The figures of a paragraph: a number with its unit (95%, 1-2所, 百余场, 5万多名, 260余万元, 3-5个百分点),
 * a share in words (三分之二), a zero in words (零事故, 不发生泄密事件, 安全事故零发生), full coverage
 * (全覆盖, 100%) and a list of named schools a summary
 * counts (建成甲幼儿园、乙幼儿园、丙幼儿园). Numbers that are not counts or measures (dates, years,
 * document numbers, ordinals like 第N条, names in quotes) never become figures.
 */
import { MULTIPLIERS, numberValue } from './numbers.js';
import type { Span } from './text.js';

/** How a figure was written, for the reviewer's reasons and the confidence. */
export type FigureForm = 'number' | 'chinese' | 'fraction' | 'zero' | 'coverage' | 'list';

export interface Figure extends Span {
  readonly value: number;
  readonly valueMax: number | undefined;
  readonly unit: string;
  readonly form: FigureForm;
  /** 余, 多, 约: the document gives a floor or a round figure. */
  readonly approximate: boolean;
  /**
   * For a zero or a list, the thing counted (泄密事件, 幼儿园), when the figure's own words say it;
   * a zero without one (安全事故零发生) is named by the words before it.
   */
  readonly subject?: string;
}

/** Units of count and measure, longest first so that 个百分点 wins over 个 and 场次 over 场. */
const UNITS = [
  '个百分点', '百分点', '平方米', '分钟', '课时', '学时', '小时', '人次', '场次', '班次', '公里',
  '%', '‰', '个', '所', '名', '人', '场', '节', '套', '项', '次', '家', '件', '条', '批', '位', '元',
  '间', '台', '册', '座', '栋', '张', '篇', '户', '种', '起', '亩', '米', '天', '周', '轮', '处', '支', '门类',
];
const NUMERAL = String.raw`(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百千]+)`;
const NUMBER_FIGURE = new RegExp(
  String.raw`(约)?(${NUMERAL})(?:\s*[-–—~至]\s*(${NUMERAL}))?(余|多)?(万|千|亿)?(余|多)?\s*(${UNITS.join('|')})`,
  'g',
);
const CHINESE_DIGIT = /[零〇一二两三四五六七八九十百千]/;
/**
 * Set phrases with a count in them that are names of policies, not figures (中央八项规定, 三位一体);
 * most such names stand in quotation marks, these often do not.
 */
const SET_PHRASES = ['八项规定', '三位一体', '四位一体', '五位一体', '两个维护', '两个确立', '四个意识', '四个自信', '三个代表', '四个全面'];
/** What a zero in words counts, by the noun's last word, and the unit it is counted in. */
const ZERO_WORDS: Readonly<Record<string, string>> = {
  事故: '起', 事件: '起', 案件: '起', 差错: '起', 伤亡: '人', 死亡: '人', 辍学: '人', 失学: '人', 投诉: '件', 违规: '起',
};
const ZERO_NOUN = Object.keys(ZERO_WORDS).join('|');
/** 零事故, 零辍学: the thing counted follows the zero. */
const ZERO = new RegExp(`零(${ZERO_NOUN})`, 'g');
/** 不发生泄密事件, 无学生溺水死亡事件 (the longest noun), 杜绝欺凌事件发生: the thing counted is named inside the phrase. */
const NOT_HAPPEN = new RegExp(String.raw`(?:(?:不|未|没有)发生|杜绝发生|无)([\u4e00-\u9fa5]{1,8}(?:${ZERO_NOUN}))|杜绝([\u4e00-\u9fa5]{1,10}?(?:${ZERO_NOUN}))的?发生`, 'g');
/**
 * 安全事故零发生, 大班额动态清零: the zero follows its noun, which the words before name (the
 * indicator's name is read there). 零发生 and 不发生 need a noun of events; anything can be 清零.
 */
const ZERO_AFTER = new RegExp(`(?:(${ZERO_NOUN})(?:零发生|不发生)|(?:动态)?清零)`, 'g');
/**
 * 全覆盖 closing a clause or a list item: coverage of 100%. Not the adjective (全覆盖的培训,
 * 全覆盖监管), and not said of work (党的工作全覆盖): work is done, not counted.
 */
const FULL_COVERAGE = /(?<!工作)全覆盖(?=[，。；,;、!?\n]|$)/g;
const FRACTION = /([一二三四五六七八九十]+|\d+)分之([一二三四五六七八九十]+|\d+)/g;
/** A summary's list of what it built or finished, named one by one: 建成甲幼儿园、乙幼儿园、丙幼儿园. */
const INSTITUTION = '(?:幼儿园|小学|中学|学校|校区)';
const LIST = new RegExp(
  String.raw`(建成|完成|新建|新开办|开办)((?:[\u4e00-\u9fa5\d]{2,12}?${INSTITUTION}(?:、|和))+[\u4e00-\u9fa5\d]{2,12}?${INSTITUTION})`,
  'g',
);

const GENERIC_NAME = /^(?:公办|民办|普惠|各|全区|全市|城区|农村|乡村|新建|部分|中|小)/;

/** True when the character before a numeral makes it part of something else: 第3 (an ordinal), K16, 1.5 … */
function partOfSomethingElse(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 2), at);
  return /第\s*$/.test(before) || /[A-Za-z0-9.+\-/#]$/.test(before) || /[零〇一二两三四五六七八九十百千]$/.test(before);
}

function numberFigures(text: string, paragraph: Span, quoted: Uint8Array): Figure[] {
  const figures: Figure[] = [];
  const slice = text.slice(0, paragraph.end);
  NUMBER_FIGURE.lastIndex = paragraph.start;
  for (let m = NUMBER_FIGURE.exec(slice); m; m = NUMBER_FIGURE.exec(slice)) {
    const [whole, about, first = '', second, more1, multiplier, more2, unit = ''] = m;
    const numberStart = m.index + (about?.length ?? 0);
    const end = m.index + whole.length;
    const chinese = CHINESE_DIGIT.test(first[0]!);
    if (quoted[numberStart] || partOfSomethingElse(text, numberStart)) continue;
    // 3个月 is a duration, 一批 or 一个 a manner of speaking, 三位一体 a set phrase.
    if ((unit === '个' && text[end] === '月') || (unit === '周' && text[end] === '年')) continue;
    // 两个“只增不减”: a count of slogans, the clause ending with the quotation.
    if (chinese && /^“[^”]*”(?:[。，；,;]|$)/.test(text.slice(end, paragraph.end))) continue;
    if (chinese && (first === '一' || CHINESE_DIGIT.test(text[end] ?? ''))) continue;
    if (SET_PHRASES.some((phrase) => text.startsWith(phrase, numberStart))) continue;
    const value = numberValue(first);
    const max = second === undefined ? undefined : numberValue(second);
    if (!Number.isFinite(value) || (max !== undefined && !(max > value))) continue;
    // 260余万元, 4万余元: money keeps 万元 as its unit; 5万多名 is 50,000 people.
    const money = unit === '元' && multiplier !== undefined;
    const factor = multiplier === undefined || money ? 1 : MULTIPLIERS[multiplier]!;
    figures.push({
      start: numberStart,
      end,
      value: value * factor,
      valueMax: max === undefined ? undefined : max * factor,
      unit: money ? `${multiplier}元` : unit,
      form: chinese ? 'chinese' : 'number',
      approximate: about !== undefined || more1 !== undefined || more2 !== undefined,
    });
  }
  return figures;
}

/** The unit a zero of this noun is counted in: by its last word (安全责任事故 → 起). */
function zeroUnit(noun: string): string {
  return Object.entries(ZERO_WORDS).find(([word]) => noun.endsWith(word))?.[1] ?? '起';
}

function wordFigures(text: string, paragraph: Span, quoted: Uint8Array): Figure[] {
  const figures: Figure[] = [];
  const part = text.slice(paragraph.start, paragraph.end);
  const at = (index: number) => paragraph.start + index;
  for (const m of part.matchAll(FRACTION)) {
    const share = (numberValue(m[2]!) / numberValue(m[1]!)) * 100;
    if (quoted[at(m.index)] || !(share > 0 && share <= 100)) continue;
    figures.push({ start: at(m.index), end: at(m.index + m[0].length), value: Math.round(share * 100) / 100, valueMax: undefined, unit: '%', form: 'fraction', approximate: false });
  }
  for (const m of part.matchAll(ZERO)) {
    if (quoted[at(m.index)]) continue;
    figures.push({ start: at(m.index), end: at(m.index + m[0].length), value: 0, valueMax: undefined, unit: zeroUnit(m[1]!), form: 'zero', approximate: false, subject: m[1]! });
  }
  for (const m of part.matchAll(NOT_HAPPEN)) {
    if (quoted[at(m.index)]) continue;
    const subject = (m[1] ?? m[2])!;
    figures.push({ start: at(m.index), end: at(m.index + m[0].length), value: 0, valueMax: undefined, unit: zeroUnit(subject), form: 'zero', approximate: false, subject });
  }
  for (const m of part.matchAll(ZERO_AFTER)) {
    // The figure is the zero alone: its noun stays in the words before, where names are read.
    const start = at(m.index + (m[1]?.length ?? 0));
    if (quoted[start]) continue;
    figures.push({ start, end: at(m.index + m[0].length), value: 0, valueMax: undefined, unit: m[1] ? zeroUnit(m[1]) : '个', form: 'zero', approximate: false });
  }
  for (const m of part.matchAll(FULL_COVERAGE)) {
    if (quoted[at(m.index)]) continue;
    figures.push({ start: at(m.index), end: at(m.index + m[0].length), value: 100, valueMax: undefined, unit: '%', form: 'coverage', approximate: false, subject: '覆盖率' });
  }
  return figures;
}

/** Lists of named institutions, counted: only where no number in the clause counts them already. */
function listFigures(text: string, paragraph: Span, quoted: Uint8Array, counted: readonly Figure[]): Figure[] {
  const figures: Figure[] = [];
  const part = text.slice(paragraph.start, paragraph.end);
  for (const m of part.matchAll(LIST)) {
    const start = paragraph.start + m.index;
    const end = start + m[0].length;
    if (quoted[start] || counted.some((f) => f.start >= start && f.start <= end + 4 && /所|个/.test(f.unit))) continue;
    const names = m[2]!.split(/、|和/);
    // 公办幼儿园和民办幼儿园 are kinds of school, not schools named one by one.
    if (names.some((name) => GENERIC_NAME.test(name))) continue;
    const kind = new RegExp(`${INSTITUTION}$`).exec(names[names.length - 1]!)![0];
    figures.push({ start, end, value: names.length, valueMax: undefined, unit: '所', form: 'list', approximate: false, subject: `${m[1]}${kind}` });
  }
  return figures;
}

/** Every figure of a paragraph of the (width-normalised) text, in order. */
export function figuresIn(text: string, paragraph: Span, quoted: Uint8Array): Figure[] {
  const numbers = numberFigures(text, paragraph, quoted);
  const words = wordFigures(text, paragraph, quoted);
  // A fraction's digits (三分之二) are no count of their own.
  const kept = numbers.filter((n) => !words.some((w) => n.start < w.end && w.start < n.end));
  // 100%全覆盖 says its figure once, in digits.
  const said = words.filter((w) => w.form !== 'coverage' || !kept.some((n) => n.end === w.start));
  const all = [...kept, ...said, ...listFigures(text, paragraph, quoted, kept)];
  return all.sort((a, b) => a.start - b.start);
}
