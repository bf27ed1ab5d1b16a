export const LOCALES = ['zh-CN', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

export const DEFAULT_LOCALE: Locale = 'zh-CN';

/** Maps any BCP 47 tag (zh, zh-Hans-CN, en-GB, fr …) to a locale we have; Chinese is the default. */
export function resolveLocale(tag: string | null | undefined): Locale {
  const lower = (tag ?? '').trim().toLowerCase();
  if (lower === 'en' || lower.startsWith('en-')) return 'en';
  return DEFAULT_LOCALE;
}

/** A user-facing text in every locale we ship. */
export type Localized = Readonly<Record<Locale, string>>;
