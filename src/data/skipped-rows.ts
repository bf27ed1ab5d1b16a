/**
 * Rows a spreadsheet adds around its data that are not observations: a totals
 * row, and a note under the table. Both are skipped with a warning (validate.ts).
 */

/** 合计, 总计, 小计 (also at the end: 全区合计), Total, Subtotal, Grand total. */
const TOTAL = /^(?:.*(?:合计|总计|小计)|(?:grand|sub-?)?total)$/i;

/** Whether a region or indicator cell names a totals row. */
export function isTotalLabel(cell: string): boolean {
  return cell !== '' && TOTAL.test(cell.replace(/\s+/g, ''));
}

/** How a note under a table begins: 注：…, 说明, 备注, 数据来源, Source, Note. */
const NOTE = /^(?:注|说明|备注|数据来源|资料来源|source|note)/i;

/** The row's one non-empty cell, trimmed, when it reads as a note; undefined otherwise. */
export function noteText(cells: readonly string[]): string | undefined {
  let text: string | undefined;
  for (const cell of cells) {
    const trimmed = cell.trim();
    if (trimmed === '') continue;
    if (text !== undefined) return undefined;
    text = trimmed;
  }
  return text !== undefined && NOTE.test(text) ? text : undefined;
}
