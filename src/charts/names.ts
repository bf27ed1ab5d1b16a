import type { Locale } from '../i18n/locale.js';

/**
 * Display names in the reader's language. A dataset may give English names
 * (region_en, indicator_en, unit_en, source_en); where it gives none, the
 * Chinese name is shown (and the element marks it lang="zh-CN"). Every
 * builder and the demo take names from here, so the rule lives in one place.
 */

const pick = (zh: string, en: string | undefined, locale: Locale): string => (locale === 'en' && en ? en : zh);

export const regionName = (region: { readonly name: string; readonly nameEn?: string }, locale: Locale): string =>
  pick(region.name, region.nameEn, locale);

export const indicatorName = (indicator: { readonly name: string; readonly nameEn?: string }, locale: Locale): string =>
  pick(indicator.name, indicator.nameEn, locale);

export const indicatorUnit = (indicator: { readonly unit: string; readonly unitEn?: string }, locale: Locale): string =>
  pick(indicator.unit, indicator.unitEn, locale);

/** A row's names: region, indicator, unit and source document. */
export interface RowNames {
  readonly region: string;
  readonly regionEn?: string;
  readonly indicator: string;
  readonly indicatorEn?: string;
  readonly unit: string;
  readonly unitEn?: string;
  readonly source: string;
  readonly sourceEn?: string;
}

export const rowRegion = (row: RowNames, locale: Locale): string => pick(row.region, row.regionEn, locale);
export const rowIndicator = (row: RowNames, locale: Locale): string => pick(row.indicator, row.indicatorEn, locale);
export const rowUnit = (row: RowNames, locale: Locale): string => pick(row.unit, row.unitEn, locale);
export const rowSource = (row: RowNames, locale: Locale): string => pick(row.source, row.sourceEn, locale);
