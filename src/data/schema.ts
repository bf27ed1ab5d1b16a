/**
 * The public dataset format: one observation a row. Documented in README.md
 * and data/datapackage.json; a change here is a change to a public promise.
 */

export const COLUMNS = [
  'region_code',
  'region',
  'parent',
  'year',
  'theme',
  'indicator_id',
  'indicator',
  'unit',
  'kind',
  'value',
  'value_max',
  'direction',
  'source',
  'source_item',
  'excerpt',
  // Optional English names, last so that files written before them keep their column positions.
  'region_en',
  'indicator_en',
  'unit_en',
  'source_en',
] as const;

export type Column = (typeof COLUMNS)[number];

export const KINDS = ['target', 'actual', 'baseline'] as const;
export type Kind = (typeof KINDS)[number];

export const DIRECTIONS = ['higher', 'lower'] as const;
export type Direction = (typeof DIRECTIONS)[number];

/** Years a row may carry; anything else is a typo or a unit in the wrong column. */
export const YEAR_MIN = 1949;
export const YEAR_MAX = 2100;

/** Excerpts longer than this stop being "a short clause". */
export const EXCERPT_MAX_LENGTH = 80;

/** Header names analysts use besides the canonical ones (matched after trim + lower case). */
const HEADER_ALIASES: Record<Column, readonly string[]> = {
  region_code: ['地区代码', '区划代码', '行政区划代码', 'region code', 'regioncode'],
  region: ['地区', '区县', '地区名称'],
  parent: ['上级', '上级地区', '所属'],
  year: ['年份', '年度'],
  theme: ['主题', '领域'],
  indicator_id: ['指标代码', '指标id', 'indicator id', 'indicatorid'],
  indicator: ['指标', '指标名称'],
  unit: ['单位'],
  kind: ['类型', '数据类型'],
  value: ['数值', '值'],
  value_max: ['上限', '最大值', 'value max', 'valuemax'],
  direction: ['方向'],
  source: ['来源', '出处'],
  source_item: ['条目', '来源条目', 'source item', 'sourceitem'],
  excerpt: ['摘录', '原文'],
  region_en: ['地区英文名', 'region en'],
  indicator_en: ['指标英文名', 'indicator en'],
  unit_en: ['单位英文', 'unit en'],
  source_en: ['来源英文', 'source en'],
};

const HEADER_LOOKUP: ReadonlyMap<string, Column> = new Map(
  COLUMNS.flatMap((column) => [
    [column, column] as const,
    ...HEADER_ALIASES[column].map((alias) => [alias, column] as const),
  ]),
);

/** The canonical column a header cell names, or undefined for a column we do not know. */
export function columnForHeader(header: string): Column | undefined {
  return HEADER_LOOKUP.get(header.trim().toLowerCase().replace(/\s+/g, ' '));
}

const KIND_LOOKUP: ReadonlyMap<string, Kind> = new Map([
  ['target', 'target'],
  ['actual', 'actual'],
  ['baseline', 'baseline'],
  ['目标', 'target'],
  ['目标值', 'target'],
  ['实际', 'actual'],
  ['实际值', 'actual'],
  ['完成', 'actual'],
  ['基线', 'baseline'],
  ['基线值', 'baseline'],
]);

export function parseKind(text: string): Kind | undefined {
  // Nearly every cell is already canonical: a comparison is cheaper than trim, lower case and a hash.
  if (text === 'actual' || text === 'target' || text === 'baseline') return text;
  return KIND_LOOKUP.get(text.trim().toLowerCase());
}

const DIRECTION_LOOKUP: ReadonlyMap<string, Direction> = new Map([
  ['higher', 'higher'],
  ['lower', 'lower'],
  ['越高越好', 'higher'],
  ['越低越好', 'lower'],
  ['高', 'higher'],
  ['低', 'lower'],
]);

/** An empty cell means the default, higher; undefined means the text is not a direction. */
export function parseDirection(text: string): Direction | undefined {
  if (text === 'higher' || text === 'lower') return text;
  if (text === '') return 'higher';
  const key = text.trim().toLowerCase();
  return key === '' ? 'higher' : DIRECTION_LOOKUP.get(key);
}

/** One observation, as the data layer hands it to charts. Strings are untrusted text. */
export interface IndicatorRow {
  /** Key that identifies the region: its code, or its name when the dataset has no codes. */
  readonly regionKey: string;
  readonly regionCode: string;
  readonly region: string;
  readonly parent: string;
  readonly year: number;
  readonly theme: string;
  /** Key that identifies the indicator: its id, or its name when the dataset has no ids. */
  readonly indicatorKey: string;
  readonly indicatorId: string;
  readonly indicator: string;
  readonly unit: string;
  readonly kind: Kind;
  readonly value: number;
  /** Upper end of a range target, or undefined. */
  readonly valueMax: number | undefined;
  readonly direction: Direction;
  readonly source: string;
  readonly sourceItem: string;
  readonly excerpt: string;
  /** The region's English name (its first in the file), or '' when the file gives none. */
  readonly regionEn: string;
  /** The indicator's English name (its first in the file), or ''. */
  readonly indicatorEn: string;
  /** This row's unit in English, or ''. */
  readonly unitEn: string;
  /** The source document's English title (its first in the file), or ''. */
  readonly sourceEn: string;
  /** Where the row stands in its file: a line for CSV/TSV, a record number for JSON. */
  readonly line: number;
}
