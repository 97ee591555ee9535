/** The languages of the map and interface: English (the source's) first. Zod-free: the page uses it. */
export const LANGUAGES = ['en', 'ru', 'kk', 'zh'] as const;
export type Language = (typeof LANGUAGES)[number];

/** The languages the project translates the English map into. */
export const TRANSLATED = ['ru', 'kk', 'zh'] as const;
export type TranslatedLanguage = (typeof TRANSLATED)[number];

/** Each language's name in itself, as a language menu lists them. */
export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = {
  en: 'English',
  ru: 'Русский',
  kk: 'Қазақша',
  zh: '中文',
};

/**
 * The tag an element's `lang` takes: Chinese is Simplified Chinese ('zh-Hans'), so a browser picks a
 * Simplified Chinese font for it rather than a Japanese or Traditional one.
 */
export const LANGUAGE_TAGS: Readonly<Record<Language, string>> = {
  en: 'en',
  ru: 'ru',
  kk: 'kk',
  zh: 'zh-Hans',
};

export const isLanguage = (value: unknown): value is Language =>
  (LANGUAGES as readonly unknown[]).includes(value);

/**
 * The first of the browser's languages ('ru-RU', 'kk', 'zh-CN', …) the interface speaks, by its
 * primary tag; null when none is.
 */
export function browserLanguage(preferred: readonly string[]): Language | null {
  for (const tag of preferred) {
    const primary = tag.toLowerCase().split(/[-_]/)[0];
    if (isLanguage(primary)) return primary;
  }
  return null;
}

/** The hash parameter that carries the interface's language: `#lang=ru&…`. */
export const LANG_KEY = 'lang';

/** The language a link asks for, or null when it names none it knows. */
export function languageOfHash(hash: string): Language | null {
  const value = new URLSearchParams(hash.replace(/^#/, '')).get(LANG_KEY);
  return isLanguage(value) ? value : null;
}
