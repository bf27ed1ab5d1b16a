import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { parseDataset, parseThemes, type Dataset, type Theme } from '../../src/data/index.js';
import type { Selection, SliceResult } from '../../src/charts/slices.js';

const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');

/** A dataset from CSV text; fails the test when it has problems of any kind. */
export function dataset(text: string): Dataset {
  const result = parseDataset(text.trim());
  if (!result.ok) throw new Error(JSON.stringify(result.problems.map((p) => p.message.en)));
  return result.dataset;
}

/** A dataset from data rows under a fixed header (region,year,theme,indicator,unit,kind,value,value_max,direction,source,source_item,excerpt). */
export function rowsDataset(rows: readonly string[]): Dataset {
  return dataset(['region,year,theme,indicator,unit,kind,value,value_max,direction,source,source_item,excerpt', ...rows].join('\n'));
}

let bundledCache: Dataset | undefined;
/** data/indicators.csv, parsed once. */
export function bundled(): Dataset {
  if (!bundledCache) {
    const result = parseDataset(read('../../data/indicators.csv'));
    if (!result.ok) throw new Error(JSON.stringify(result.problems.map((p) => p.message.en)));
    bundledCache = result.dataset;
  }
  return bundledCache;
}

/** data/themes.csv. */
export const THEMES: readonly Theme[] = parseThemes(read('../../data/themes.csv'));

export const LOCALES = ['zh-CN', 'en'] as const;

export function selection(regions: string | readonly string[] = [], indicator?: string, year?: number): Selection {
  return { regions: typeof regions === 'string' ? [regions] : regions, indicator, year };
}

/** The slice, or a failed test that says why there is none. */
export function ok<T>(result: SliceResult<T>): T {
  if (!result.ok) throw new Error(`expected a slice, got ${JSON.stringify(result)}`);
  return result;
}

/**
 * Walks an option and fails on any number that is NaN or infinite, and on
 * null or undefined values (what NaN becomes in JSON, or a value never set).
 * Functions (formatters) are skipped.
 */
export function expectFiniteNumbers(value: unknown, path = 'option'): void {
  if (value === null || value === undefined) throw new Error(`${path} is ${value}`);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`${path} is ${value}`);
    return;
  }
  if (Array.isArray(value)) {
    value.forEach((item, i) => expectFiniteNumbers(item, `${path}[${i}]`));
    return;
  }
  if (typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) expectFiniteNumbers(item, `${path}.${key}`);
  }
  // The JSON the option would serialise to says the same.
  if (path === 'option') expect(JSON.stringify(value)).not.toMatch(/\bnull\b|NaN|Infinity/);
}

/** Every string in an option (keys excluded), with its path; functions are skipped. */
export function optionStrings(value: unknown, path = 'option', out: [string, string][] = []): [string, string][] {
  if (typeof value === 'string') out.push([path, value]);
  else if (Array.isArray(value)) value.forEach((item, i) => optionStrings(item, `${path}[${i}]`, out));
  else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) optionStrings(item, `${path}.${key}`, out);
  }
  return out;
}

/** The option is loosely typed (EChartsCoreOption); tests read it as plain records. */
export type Any = any;
export const seriesOf = (option: Record<string, unknown>): Any[] => option.series as Any[];
