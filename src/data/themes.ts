import { csvParse } from 'd3-dsv';
import type { Locale, Localized } from '../i18n/locale.js';

/** A theme of a theme table (data/themes.csv): id as rows carry it, names in each locale, sort order. */
export interface Theme {
  readonly id: string;
  readonly name: Localized;
  readonly order: number;
}

/** Reads a theme table (columns id, name_zh, name_en, order). Rows without an id are skipped. */
export function parseThemes(text: string): Theme[] {
  return csvParse(text.replace(/^\uFEFF/, ''))
    .filter((row) => row.id?.trim())
    .map((row, i) => {
      const id = row.id!.trim();
      const zh = row.name_zh?.trim() || id;
      const order = Number(row.order);
      return { id, name: { 'zh-CN': zh, en: row.name_en?.trim() || zh }, order: Number.isFinite(order) ? order : i };
    })
    .sort((a, b) => a.order - b.order);
}

/** A theme's display name; a free-text theme (not in the table) is its own name. */
export function themeName(themes: readonly Theme[], id: string, locale: Locale): string {
  return themes.find((t) => t.id === id)?.name[locale] ?? id;
}
