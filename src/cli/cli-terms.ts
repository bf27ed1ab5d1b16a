import type { Locale } from '../i18n/locale.js';

/** What the command line says, in the terminal's language (LANG or LC_ALL zh* is Chinese, else English). */
export interface CliTerms {
  readonly locale: Locale;
  readonly usage: string;
  readonly unknownCommand: (command: string) => string;
  readonly notFound: (path: string) => string;
  readonly reading: (rows: string, done: string, total: string, seconds: number) => string;
  readonly writing: (done: number, total: number, seconds: number) => string;
  readonly where: (line: number | undefined, column: number | undefined) => string;
  readonly failed: (count: number, shown: number) => string;
  readonly warnings: (count: number) => string;
  readonly packed: (rows: number, regions: number, indicators: number, dir: string, seconds: number) => string;
  readonly noManifest: (path: string) => string;
  readonly badManifest: (detail: string) => string;
  readonly missingFile: (path: string) => string;
  readonly wrongSize: (path: string, actual: number, expected: number) => string;
  readonly wrongHash: (path: string) => string;
  readonly unreadable: (path: string, detail: string) => string;
  readonly wrongRows: (path: string, actual: number, expected: number) => string;
  readonly strayRow: (path: string, line: number) => string;
  readonly wrongTotal: (total: number, regions: number, indicators: number) => string;
  readonly unlistedFile: (path: string) => string;
  readonly checked: (files: number, dir: string) => string;
  readonly checkFailed: (faults: number) => string;
  /** One line after `extract`: draft rows by kind, and how many the reviewer should check first. */
  readonly extracted: (targets: number, actuals: number, baselines: number, low: number, title: string) => string;
  readonly badReference: (path: string, problems: number) => string;
}

const zh: CliTerms = {
  locale: 'zh-CN',
  usage: `用法：
  edu-progress pack <数据文件> <输出文件夹>   把数据集拆分为静态数据包（manifest.json、按地区和按指标的 CSV）
  edu-progress pack --check <数据包文件夹>    核对数据包：文件大小、哈希、行数与 manifest.json 是否一致
  edu-progress extract <文件> [--reference <数据文件>] [--themes <themes.csv>] > draft.csv
                                             从工作要点或总结（.txt、.md）中提取指标草稿，写到标准输出
数据文件可以是 CSV、TSV 或 JSON，UTF-8 或 GBK 编码。`,
  unknownCommand: (command) => `未知的命令或参数：${command}`,
  notFound: (path) => `找不到文件：${path}`,
  reading: (rows, done, total, seconds) => `读取中：${rows} 行，${done} / ${total}，${seconds} 秒`,
  writing: (done, total, seconds) => `写入中：${done} / ${total} 个地区，${seconds} 秒`,
  where: (line, column) => (line === undefined ? '' : column === undefined ? `第 ${line} 行：` : `第 ${line} 行第 ${column} 列：`),
  failed: (count, shown) => `数据文件有错误，没有写出任何文件。共 ${count} 个问题${count > shown ? `，以上列出前 ${shown} 个` : ''}。`,
  warnings: (count) => `${count} 条提醒（不影响打包）。`,
  packed: (rows, regions, indicators, dir, seconds) => `已打包 ${rows} 行：${regions} 个地区文件、${indicators} 个指标文件，写入 ${dir}（${seconds} 秒）。`,
  noManifest: (path) => `找不到 ${path}：这不是数据包文件夹。`,
  badManifest: (detail) => `manifest.json 无法使用：${detail}`,
  missingFile: (path) => `${path}：manifest.json 列出了这个文件，但它不存在。`,
  wrongSize: (path, actual, expected) => `${path}：大小为 ${actual} 字节，manifest.json 记载为 ${expected} 字节（文件不完整或已被改动）。`,
  wrongHash: (path) => `${path}：内容的 SHA-256 与 manifest.json 不符（文件已被改动）。`,
  unreadable: (path, detail) => `${path}：无法读取：${detail}`,
  wrongRows: (path, actual, expected) => `${path}：有 ${actual} 行数据，manifest.json 记载为 ${expected} 行。`,
  strayRow: (path, line) => `${path}：第 ${line} 行不属于这个文件对应的地区或指标。`,
  wrongTotal: (total, regions, indicators) => `行数合计不符：manifest.json 记载 ${total} 行，地区文件合计 ${regions} 行，指标文件合计 ${indicators} 行。`,
  unlistedFile: (path) => `${path}：manifest.json 没有列出这个文件。`,
  checked: (files, dir) => `数据包完好：${dir}，核对了 ${files} 个文件。`,
  checkFailed: (faults) => `数据包有 ${faults} 处问题。`,
  extracted: (targets, actuals, baselines, low, title) =>
    `${title || '文件'}：提取 ${targets + actuals + baselines} 行草稿（目标 ${targets}、实际 ${actuals}、基线 ${baselines}），其中 ${low} 行置信度低，请优先核对。`,
  badReference: (path, problems) => `参考数据集 ${path} 有 ${problems} 个错误，无法使用。`,
};

const en: CliTerms = {
  locale: 'en',
  usage: `Usage:
  edu-progress pack <dataset> <out-dir>    split a dataset into a static data pack (manifest.json, one CSV per region and per indicator)
  edu-progress pack --check <pack-dir>     verify a pack: file sizes, hashes and rows against manifest.json
  edu-progress extract <document> [--reference <dataset>] [--themes <themes.csv>] > draft.csv
                                           draft rows from a work plan or summary (.txt, .md), written to stdout
The dataset may be CSV, TSV or JSON, in UTF-8 or GBK.`,
  unknownCommand: (command) => `Unknown command or option: ${command}`,
  notFound: (path) => `No such file: ${path}`,
  reading: (rows, done, total, seconds) => `Reading: ${rows} rows, ${done} of ${total}, ${seconds} s`,
  writing: (done, total, seconds) => `Writing: ${done} of ${total} regions, ${seconds} s`,
  where: (line, column) => (line === undefined ? '' : column === undefined ? `line ${line}: ` : `line ${line}, column ${column}: `),
  failed: (count, shown) => `The dataset has errors; nothing was written. ${count} problem${count === 1 ? '' : 's'} in all${count > shown ? `, the first ${shown} listed above` : ''}.`,
  warnings: (count) => `${count} warning${count === 1 ? '' : 's'} (the pack was written).`,
  packed: (rows, regions, indicators, dir, seconds) => `Packed ${rows} rows into ${regions} region files and ${indicators} indicator files in ${dir} (${seconds} s).`,
  noManifest: (path) => `${path} not found: this is not a data pack folder.`,
  badManifest: (detail) => `manifest.json cannot be used: ${detail}`,
  missingFile: (path) => `${path}: listed in manifest.json but missing.`,
  wrongSize: (path, actual, expected) => `${path}: ${actual} bytes, but manifest.json says ${expected} (incomplete or changed).`,
  wrongHash: (path) => `${path}: its SHA-256 does not match manifest.json (the file was changed).`,
  unreadable: (path, detail) => `${path}: cannot be read: ${detail}`,
  wrongRows: (path, actual, expected) => `${path}: ${actual} data rows, but manifest.json says ${expected}.`,
  strayRow: (path, line) => `${path}: line ${line} belongs to another region or indicator than this file.`,
  wrongTotal: (total, regions, indicators) => `Row totals disagree: manifest.json says ${total}, the region files hold ${regions}, the indicator files ${indicators}.`,
  unlistedFile: (path) => `${path}: not listed in manifest.json.`,
  checked: (files, dir) => `The pack is sound: ${dir}, ${files} files checked.`,
  checkFailed: (faults) => `The pack has ${faults} fault${faults === 1 ? '' : 's'}.`,
  extracted: (targets, actuals, baselines, low, title) =>
    `${title || 'The document'}: ${targets + actuals + baselines} draft rows (${targets} targets, ${actuals} actuals, ${baselines} baselines), ${low} of low confidence to check first.`,
  badReference: (path, problems) => `The reference dataset ${path} has ${problems} error${problems === 1 ? '' : 's'} and cannot be used.`,
};

/** The terms for a terminal's locale settings. */
export function cliTerms(env: Readonly<Record<string, string | undefined>>): CliTerms {
  const lang = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^zh/i.test(lang) ? zh : en;
}
