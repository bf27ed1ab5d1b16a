import { csvParseRows } from 'd3-dsv';
import type { Locale, Localized } from '../i18n/locale.js';
import { absoluteUrl } from './loader.js';

/** A theme of a theme table (data/themes.csv): id as rows carry it, names in each locale, sort order. */
export interface Theme {
  readonly id: string;
  readonly name: Localized;
  readonly order: number;
}

/** Reads a theme table (columns id, name_zh, name_en, order). Rows without an id are skipped. */
export function parseThemes(text: string): Theme[] {
  // csvParseRows, not csvParse: csvParse builds its row objects with new Function, which a strict CSP forbids.
  const [header = [], ...rows] = csvParseRows(text.replace(/^\uFEFF/, ''));
  const column = (name: string) => header.findIndex((cell) => cell.trim().toLowerCase() === name);
  const [idAt, zhAt, enAt, orderAt] = ['id', 'name_zh', 'name_en', 'order'].map(column) as [number, number, number, number];
  const cell = (row: string[], at: number) => (at === -1 ? '' : (row[at] ?? '').trim());
  return rows
    .filter((row) => cell(row, idAt))
    .map((row, i) => {
      const id = cell(row, idAt);
      const zh = cell(row, zhAt) || id;
      const order = Number(cell(row, orderAt) || NaN);
      return { id, name: { 'zh-CN': zh, en: cell(row, enAt) || zh }, order: Number.isFinite(order) ? order : i };
    })
    .sort((a, b) => a.order - b.order);
}

/** A theme's display name; a free-text theme (not in the table) is its own name. */
export function themeName(themes: readonly Theme[], id: string, locale: Locale): string {
  return themes.find((t) => t.id === id)?.name[locale] ?? id;
}

const themeLoads = new Map<string, Promise<Theme[]>>();

/**
 * Fetches a theme table once per URL. A table that cannot be had leaves the
 * charts with the raw theme text as axis names, so a failure gives an empty
 * list (and is not kept: the next load tries again).
 * Rejects only with an AbortError when the signal aborts.
 */
export function loadThemes(url: string, signal?: AbortSignal): Promise<Theme[]> {
  const href = absoluteUrl(url);
  let load = themeLoads.get(href);
  if (!load) {
    const failed = () => {
      themeLoads.delete(href);
      return [];
    };
    load = fetch(href)
      .then((response) => (response.ok ? response.text().then(parseThemes) : failed()))
      .catch(failed);
    themeLoads.set(href, load);
  }
  if (!signal) return load;
  return new Promise((resolve, reject) => {
    const onAbort = () => reject(new DOMException('The theme table load was aborted.', 'AbortError'));
    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    load.then((themes) => {
      signal.removeEventListener('abort', onAbort);
      resolve(themes);
    });
  });
}
