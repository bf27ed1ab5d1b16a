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
}

type Messages = Readonly<Record<ProblemCode, (p: ProblemParams) => string>>;

export type ProblemCode =
  | 'empty-file'
  | 'unreadable'
  | 'binary-file'
  | 'html-file'
  | 'no-rows'
  | 'bad-json'
  | 'json-shape'
  | 'missing-column'
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
  | 'extra-cells'
  | 'http-error'
  | 'network-error'
  | 'timeout';

const zh: Messages = {
  'empty-file': () => '文件是空的，没有任何内容。',
  'unreadable': (p) => `文件无法读取：${p.detail ?? ''}`,
  'binary-file': () => '这不是文本文件（含有二进制字节）。请另存为 CSV（UTF-8）、TSV 或 JSON。',
  'html-file': () => '文件内容是一个网页，而不是数据表。请检查链接或文件是否正确。',
  'no-rows': () => '文件只有表头，没有数据行。',
  'bad-json': (p) => `JSON 格式错误：${p.detail ?? ''}`,
  'json-shape': () => 'JSON 应为记录数组，或含有 rows 数组的对象。',
  'missing-column': (p) => `缺少必需的列：${p.column}。请在表头中添加此列。`,
  'unknown-column': (p) => `无法识别的列“${p.column}”，已忽略。可用的列见数据格式说明。`,
  'duplicate-column': (p) => `列“${p.column}”出现了不止一次，只使用第一次出现的列。`,
  'missing-value': (p) => `${p.column} 不能为空。`,
  'not-a-number': (p) =>
    `${p.column} 应为数字，实际为“${p.value}”。请去掉单位、百分号、千位分隔符等，只保留数字。`,
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
  'extra-cells': () => '本行的单元格比表头多，多出的内容已忽略。请检查分隔符或引号。',
  'http-error': (p) => `无法获取数据文件（HTTP ${p.status}）：${p.url}`,
  'network-error': (p) => `网络错误，无法获取数据文件：${p.url}`,
  'timeout': (p) => `数据文件在 ${p.seconds} 秒内没有响应：${p.url}`,
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
  'unknown-column': (p) => `Unknown column "${p.column}" was ignored. See the dataset format for the columns.`,
  'duplicate-column': (p) => `Column "${p.column}" appears more than once; only the first is used.`,
  'missing-value': (p) => `${p.column} must not be empty.`,
  'not-a-number': (p) =>
    `${p.column} must be a number but is "${p.value}". Remove units, percent signs and thousands separators.`,
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
  'extra-cells': () => 'This line has more cells than the header; the extra cells were ignored. Check delimiters and quotes.',
  'http-error': (p) => `Could not fetch the dataset (HTTP ${p.status}): ${p.url}`,
  'network-error': (p) => `A network error stopped the dataset from loading: ${p.url}`,
  'timeout': (p) => `The dataset did not answer within ${p.seconds} seconds: ${p.url}`,
};

const MESSAGES: Readonly<Record<Locale, Messages>> = { 'zh-CN': zh, en };

export function problemMessage(code: ProblemCode, params: ProblemParams): Localized {
  return { 'zh-CN': MESSAGES['zh-CN'][code](params), en: MESSAGES.en[code](params) };
}
