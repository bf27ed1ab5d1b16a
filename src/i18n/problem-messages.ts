import type { NumberReading } from '../data/number-cell.js';
import type { Finding, Problem } from '../data/problems.js';
import type { Locale, Localized } from './locale.js';

/** Everything a problem message may mention; each message uses the ones it needs. */
export interface ProblemParams {
  readonly column?: string;
  readonly value?: string;
  readonly expected?: string;
  readonly otherLine?: number;
  readonly detail?: string;
  readonly limit?: number;
  readonly url?: string;
  readonly status?: number;
  readonly seconds?: number;
  /** Why a not-a-number value fails, when we can tell: a thousands separator in a semicolon file. */
  readonly hint?: 'thousands';
  /** How a number cell was read other than as written (number-read), or 'placeholder' for a dash read as empty. */
  readonly readings?: readonly (NumberReading | 'placeholder')[];
}

/** "lines 3–5" and the count, for a run of rows skipped one after another. */
function runLength(p: ProblemParams, line: number | undefined): number {
  return line === undefined || p.otherLine === undefined ? 1 : p.otherLine - line + 1;
}

/** A message from the problem's params and, for a run of lines, the line it starts on. */
type Messages = Readonly<Record<ProblemCode, (p: ProblemParams, line?: number) => string>>;

export type ProblemCode =
  | 'empty-file'
  | 'unreadable'
  | 'binary-file'
  | 'html-file'
  | 'no-rows'
  | 'bad-json'
  | 'json-shape'
  | 'missing-column'
  | 'header-not-first'
  | 'blank-row'
  | 'note-row'
  | 'total-row'
  | 'no-figure-row'
  | 'number-read'
  | 'percent-unit-conflict'
  | 'unknown-column'
  | 'duplicate-column'
  | 'missing-value'
  | 'not-a-number'
  | 'year-out-of-range'
  | 'unknown-kind'
  | 'unknown-direction'
  | 'conflicting-duplicate'
  | 'duplicate-row'
  | 'percent-out-of-range'
  | 'max-below-value'
  | 'excerpt-too-long'
  | 'mixed-units'
  | 'partial-english'
  | 'extra-cells'
  | 'unterminated-quote'
  | 'split-number'
  | 'control-character'
  | 'unsupported-delimiter'
  | 'nested-value'
  | 'http-error'
  | 'network-error'
  | 'timeout'
  | 'bad-manifest'
  | 'partition-mismatch'
  | 'not-in-pack';

const zh: Messages = {
  'empty-file': () => '文件是空的，没有任何内容。',
  'unreadable': (p) => `文件无法读取：${p.detail ?? ''}`,
  'binary-file': () => '这不是文本文件（含有二进制字节）。请另存为 CSV（UTF-8）、TSV 或 JSON。',
  'html-file': () => '文件内容是一个网页，而不是数据表。请检查链接或文件是否正确。',
  'no-rows': () => '文件只有表头，没有数据行。',
  'bad-json': (p) => `JSON 格式错误：${p.detail ?? ''}`,
  'json-shape': () => 'JSON 应为记录数组，或含有 rows 数组的对象。',
  'missing-column': (p) => `缺少必需的列：${p.column}。请在表头中添加此列。`,
  'header-not-first': (p) =>
    `${p.otherLine === 2 ? '第 1 行' : `第 1–${p.otherLine! - 1} 行`}：表头上方的标题或说明行已跳过，表头在第 ${p.otherLine} 行。`,
  'blank-row': (p, line) => (runLength(p, line) > 1 ? `空行已跳过（至第 ${p.otherLine} 行，共 ${runLength(p, line)} 行）。` : '空行已跳过。'),
  'note-row': (p) => `说明行“${p.value}”已跳过，它不是数据。`,
  'total-row': (p) => `${p.column} 为“${p.value}”的合计行已跳过：合计不是一条观测数据。`,
  'no-figure-row': (p) => `数值为“${p.value}”，表示没有数据，本行已跳过。`,
  'number-read': (p) => numberReadZh(p),
  'percent-unit-conflict': (p) => `数值写成了百分数，但单位列为“${p.value}”。请删去百分号，或把单位改为 %。`,
  'unknown-column': (p) => `无法识别的列“${p.column}”，已忽略。可用的列见数据格式说明。`,
  'duplicate-column': (p) => `列“${p.column}”出现了不止一次，只使用第一次出现的列。`,
  'missing-value': (p) => `${p.column} 不能为空。`,
  'not-a-number': (p) =>
    p.hint === 'thousands' ? `${p.column} 不能含千位分隔符，实际为“${p.value}”。如逗号是千位分隔符，请写作 ${p.expected}。`
    : `${p.column} 应为数字，实际为“${p.value}”。请去掉单位、百分号、千位分隔符等，只保留数字。`,
  'year-out-of-range': (p) => `年份 ${p.value} 不在 1949–2100 之间。`,
  'unknown-kind': (p) => `类型“${p.value}”无法识别，应为 target（目标）、actual（实际）或 baseline（基线）。`,
  'unknown-direction': (p) => `方向“${p.value}”无法识别，应为 higher（越高越好）或 lower（越低越好），或留空。`,
  'conflicting-duplicate': (p) =>
    `与第 ${p.otherLine} 行的地区、指标、年份、类型、主题都相同，但数值不同。请删除其中一行。`,
  'duplicate-row': (p) => `与第 ${p.otherLine} 行完全重复，已忽略本行。`,
  'percent-out-of-range': (p) => `百分比 ${p.value} 超出 0–100。`,
  'max-below-value': (p) => `上限 ${p.value} 小于数值 ${p.expected}。`,
  'excerpt-too-long': (p) => `摘录超过 ${p.limit} 个字符，请缩短为陈述该数字的短句。`,
  'mixed-units': (p) => `指标“${p.value}”使用了不同的单位（${p.detail}），同一指标应只用一种单位。`,
  'partial-english': (p) =>
    `英文列 ${p.column} 只在“${p.value}”的部分行填写了（如第 ${p.otherLine} 行），本行为空。请在“${p.value}”的每一行都填写，或都不填。`,
  'extra-cells': () => '本行的单元格比表头多，多出的内容已忽略。请检查分隔符或引号。',
  'unterminated-quote': (p) =>
    `从这里开始的引号没有闭合（“${p.value}”），其后直到文件末尾的内容都会被读成这一个单元格。请补上右引号 "，或删去这个引号。`,
  'split-number': (p) =>
    `${p.column}“${p.value}”中的千位分隔符没有加引号，被逗号拆成了两个单元格，后面各列因此错位。请写作 ${p.expected}。`,
  'control-character': (p) => `${p.column} 含有不可见的控制字符（${p.value}），通常是文件损坏或复制时带入的。请删除它。`,
  'nested-value': (p) => `${p.column} 的值是对象或数组（${p.value}），应为文字或数字。`,
  'unsupported-delimiter': (p) => `表头似乎用“${p.value}”分隔各列。只支持逗号、制表符或分号（半角）：请另存为 CSV 或改用这些分隔符。`,
  'http-error': (p) => `无法获取数据文件（HTTP ${p.status}）：${p.url}`,
  'network-error': (p) => `网络错误，无法获取数据文件：${p.url}`,
  'timeout': (p) => `数据文件在 ${p.seconds} 秒内没有响应：${p.url}`,
  'bad-manifest': (p) => `数据包的 manifest.json 无法使用：${p.detail ?? ''}（${p.url}）`,
  'partition-mismatch': (p) => `数据包中的文件与 manifest.json 不符（${p.detail ?? ''}），可能未上传完整或已被改动：${p.url}`,
  'not-in-pack': (p) => `数据包中没有${p.column === 'indicator' ? '指标' : '地区'}“${p.value ?? ''}”：${p.url}`,
};

const en: Messages = {
  'empty-file': () => 'The file is empty.',
  'unreadable': (p) => `The file could not be read: ${p.detail ?? ''}`,
  'binary-file': () => 'This is not a text file (it holds binary bytes). Save it as CSV (UTF-8), TSV or JSON.',
  'html-file': () => 'The file is a web page, not a data table. Check the link or the file.',
  'no-rows': () => 'The file has a header but no data rows.',
  'bad-json': (p) => `The JSON is not valid: ${p.detail ?? ''}`,
  'json-shape': () => 'JSON must be an array of records, or an object with a "rows" array.',
  'missing-column': (p) => `The required column ${p.column} is missing. Add it to the header.`,
  'header-not-first': (p) =>
    `${p.otherLine === 2 ? 'Line 1' : `Lines 1–${p.otherLine! - 1}`}: the title or note rows above the header were skipped; the header is on line ${p.otherLine}.`,
  'blank-row': (p, line) => (runLength(p, line) > 1 ? `Blank rows skipped (to line ${p.otherLine}, ${runLength(p, line)} rows).` : 'Blank row skipped.'),
  'note-row': (p) => `The note "${p.value}" was skipped: it is not data.`,
  'total-row': (p) => `The totals row ("${p.value}" in ${p.column}) was skipped: a total is not an observation.`,
  'no-figure-row': (p) => `The value is "${p.value}", meaning no figure: this row was skipped.`,
  'number-read': (p) => numberReadEn(p),
  'percent-unit-conflict': (p) => `The value is written as a percentage but the unit column says "${p.value}". Remove the percent sign or make the unit %.`,
  'unknown-column': (p) => `Unknown column "${p.column}" was ignored. See the dataset format for the columns.`,
  'duplicate-column': (p) => `Column "${p.column}" appears more than once; only the first is used.`,
  'missing-value': (p) => `${p.column} must not be empty.`,
  'not-a-number': (p) =>
    p.hint === 'thousands' ? `${p.column} must not hold a thousands separator but is "${p.value}". If the comma separates thousands, write ${p.expected}.`
    : `${p.column} must be a number but is "${p.value}". Remove units, percent signs and thousands separators.`,
  'year-out-of-range': (p) => `Year ${p.value} is not between 1949 and 2100.`,
  'unknown-kind': (p) => `Kind "${p.value}" is not target, actual or baseline.`,
  'unknown-direction': (p) => `Direction "${p.value}" is not higher or lower (or empty for higher).`,
  'conflicting-duplicate': (p) =>
    `Same region, indicator, year, kind and theme as line ${p.otherLine} but a different value. Remove one of them.`,
  'duplicate-row': (p) => `Exact duplicate of line ${p.otherLine}; this line is ignored.`,
  'percent-out-of-range': (p) => `The percentage ${p.value} is outside 0–100.`,
  'max-below-value': (p) => `value_max ${p.value} is below value ${p.expected}.`,
  'excerpt-too-long': (p) => `The excerpt is longer than ${p.limit} characters; shorten it to the clause that states the figure.`,
  'mixed-units': (p) => `Indicator "${p.value}" uses different units (${p.detail}); one indicator should have one unit.`,
  'partial-english': (p) =>
    `The English column ${p.column} is filled in on some rows of "${p.value}" (line ${p.otherLine}, for one) but not on this one. Fill it in on every row of "${p.value}", or on none.`,
  'extra-cells': () => 'This line has more cells than the header; the extra cells were ignored. Check delimiters and quotes.',
  'unterminated-quote': (p) =>
    `This quote is never closed ("${p.value}"), so everything after it to the end of the file reads as one cell. Add the closing " or remove this one.`,
  'split-number': (p) =>
    `The thousands separator in ${p.column} "${p.value}" is not quoted, so the comma split it into two cells and shifted the columns after it. Write ${p.expected}.`,
  'control-character': (p) => `${p.column} holds an invisible control character (${p.value}), usually from a damaged file or a paste. Remove it.`,
  'nested-value': (p) => `${p.column} holds an object or array (${p.value}); it must be text or a number.`,
  'unsupported-delimiter': (p) => `The header seems to separate columns with "${p.value}". Only commas, tabs or semicolons (half-width) are read: save as CSV or use one of those.`,
  'http-error': (p) => `Could not fetch the dataset (HTTP ${p.status}): ${p.url}`,
  'network-error': (p) => `A network error stopped the dataset from loading: ${p.url}`,
  'timeout': (p) => `The dataset did not answer within ${p.seconds} seconds: ${p.url}`,
  'bad-manifest': (p) => `The data pack's manifest.json cannot be used: ${p.detail ?? ''} (${p.url})`,
  'partition-mismatch': (p) => `A file of the data pack does not match its manifest.json (${p.detail ?? ''}); it may be incompletely uploaded or changed: ${p.url}`,
  'not-in-pack': (p) => `The data pack has no ${p.column === 'indicator' ? 'indicator' : 'region'} “${p.value ?? ''}”: ${p.url}`,
};

function numberReadZh(p: ProblemParams): string {
  const readings = p.readings ?? [];
  if (readings.includes('placeholder')) return `${p.value} 读作空（没有数据）。`;
  const how = [
    readings.includes('fullwidth') && '全角字符按半角读',
    readings.includes('thousands') && '逗号按千位分隔符读',
  ].filter(Boolean);
  return `${p.value} 读作 ${p.expected}${readings.includes('percent') ? '，单位 %' : ''}${how.length ? `（${how.join('，')}）` : ''}。`;
}

function numberReadEn(p: ProblemParams): string {
  const readings = p.readings ?? [];
  if (readings.includes('placeholder')) return `${p.value} read as empty (no figure).`;
  const how = [
    readings.includes('fullwidth') && 'full-width characters as half-width',
    readings.includes('thousands') && 'commas as thousands separators',
  ].filter(Boolean);
  return `${p.value} read as ${p.expected}${readings.includes('percent') ? ', unit %' : ''}${how.length ? ` (${how.join('; ')})` : ''}.`;
}

const MESSAGES: Readonly<Record<Locale, Messages>> = { 'zh-CN': zh, en };

export function problemMessage(code: ProblemCode, params: ProblemParams, line?: number): Localized {
  return { 'zh-CN': MESSAGES['zh-CN'][code](params, line), en: MESSAGES.en[code](params, line) };
}

/** A finding (problems.ts) with its message written in each language. */
export function writeProblem({ params, ...problem }: Finding): Problem {
  return { ...problem, message: problemMessage(problem.code, params, problem.line) };
}
