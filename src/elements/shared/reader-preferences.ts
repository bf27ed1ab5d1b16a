/**
 * The reader's colour scheme and motion preference, from one MediaQueryList
 * each for the page: every chart asked matchMedia twice when created and twice
 * more each time it built an option, 800 query lists or more on a page of 200 gauges.
 */
let queries: { readonly dark: MediaQueryList; readonly reducedMotion: MediaQueryList } | undefined;

function shared() {
  queries ??= { dark: matchMedia('(prefers-color-scheme: dark)'), reducedMotion: matchMedia('(prefers-reduced-motion: reduce)') };
  return queries;
}

export const prefersDark = (): boolean => shared().dark.matches;
export const prefersReducedMotion = (): boolean => shared().reducedMotion.matches;

/** Calls listener when either preference changes; returns what stops it. */
export function onPreferenceChange(listener: () => void): () => void {
  const { dark, reducedMotion } = shared();
  dark.addEventListener('change', listener);
  reducedMotion.addEventListener('change', listener);
  return () => {
    dark.removeEventListener('change', listener);
    reducedMotion.removeEventListener('change', listener);
  };
}
