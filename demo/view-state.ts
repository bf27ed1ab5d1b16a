import { resolveLocale, type Locale } from '../src/i18n/locale.js';

/** What the demo shows, as its URL holds it: ?data=&region=&indicator=&year=&theme=&lang= */
export interface ViewState {
  /** A dataset URL; undefined for the bundled one. */
  readonly data: string | undefined;
  readonly region: string | undefined;
  readonly indicator: string | undefined;
  readonly year: number | undefined;
  readonly theme: string | undefined;
  readonly lang: Locale;
}

export function readViewState(search: string, fallbackLang: string): ViewState {
  const params = new URLSearchParams(search);
  const text = (name: string) => params.get(name)?.trim() || undefined;
  const year = Number(params.get('year'));
  return {
    data: text('data'),
    region: text('region'),
    indicator: text('indicator'),
    year: Number.isInteger(year) && year > 0 ? year : undefined,
    theme: text('theme'),
    lang: resolveLocale(params.get('lang') ?? fallbackLang),
  };
}

/** The query string for a view, without empty parameters, in a stable order. */
export function writeViewState(state: ViewState): string {
  const params = new URLSearchParams();
  const entries: [string, string | number | undefined][] = [
    ['data', state.data],
    ['region', state.region],
    ['indicator', state.indicator],
    ['year', state.year],
    ['theme', state.theme],
    ['lang', state.lang],
  ];
  for (const [name, value] of entries) if (value !== undefined && value !== '') params.set(name, String(value));
  const query = params.toString();
  return query ? `?${query}` : '';
}
