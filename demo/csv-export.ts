import { csvFormatRows } from 'd3-dsv';
import { rowCells } from '../src/data/row-cells.js';
import { COLUMNS, type IndicatorRow } from '../src/data/schema.js';

/**
 * A cell a spreadsheet would read as a formula (=, +, -, @, or a tab or carriage
 * return first) gets a leading apostrophe; plain numbers such as -5 stay numbers.
 */
export function neutralizeCell(text: string): string {
  if (!/^[=+\-@\t\r]/.test(text)) return text;
  return /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(text) ? text : `'${text}`;
}

/**
 * Rows of cells in the dataset's columns (COLUMNS' order) as a dataset file. For a spreadsheet
 * (what is downloaded) formula-like cells are neutralized; not in what the page reads back itself.
 */
export function cellsToCsv(rows: Iterable<readonly string[]>, forSpreadsheet = true): string {
  const cell = forSpreadsheet ? neutralizeCell : (text: string) => text;
  return csvFormatRows([[...COLUMNS], ...Array.from(rows, (cells) => cells.map(cell))]) + '\n';
}

/** Rows in the dataset format (the same columns a dataset file has), by default safe to open in a spreadsheet. */
export function rowsToCsv(rows: Iterable<IndicatorRow>, forSpreadsheet = true): string {
  return cellsToCsv(Array.from(rows, rowCells), forSpreadsheet);
}

/** A starting file for analysts: the header and the worked example of the README. */
export const TEMPLATE_CSV = `${COLUMNS.join(',')}
120110,东丽区,天津市,2022,preschool,preschool_inclusive_rate,学前教育普惠率,%,target,80,,higher,天津市东丽区2022年教育工作要点,第15条,力争普惠率达80%,Dongli District,Inclusive preschool rate,%,Dongli District (Tianjin) 2022 Education Work Plan
120110,东丽区,天津市,2023,preschool,preschool_inclusive_rate,学前教育普惠率,%,actual,88.4,,higher,天津市东丽区2023年教育工作总结,三、1,普惠率达到88.4%,Dongli District,Inclusive preschool rate,%,Dongli District (Tianjin) 2023 Education Work Summary
`;
