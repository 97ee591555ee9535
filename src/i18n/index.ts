/**
 * The interface's words: Lingui's `I18n` with the catalogues of `src/i18n/<language>/*.json`,
 * compiled at build time (build/catalogues.ts). English is part of the first view; Russian, Kazakh
 * and Chinese load on use (`loadLanguage`). This module has no React (`useT` is in ./react) and no
 * state of the app: the domain may call `t` for the words it writes (import reports, notices).
 */
import { setupI18n, type Messages } from '@lingui/core';
import { english } from './en';
import type { Language } from '../domain/languages';

export { LANGUAGES, isLanguage, type Language } from '../domain/languages';

/** Every message id the interface has: the English catalogue's. */
export type MessageId = keyof typeof english;
/** The values a message's `{placeholders}` take. */
export type MessageValues = Record<string, string | number | Date>;
export type Translate = (id: MessageId, values?: MessageValues) => string;

export const i18n = setupI18n({ locale: 'en', messages: { en: english as unknown as Messages } });

/** The message `id` in the interface's language, its placeholders filled. */
export const t: Translate = (id, values) => i18n._(id, values);

/** The interface's language now. */
export const currentLanguage = (): Language => i18n.locale as Language;

const loaders: Record<
  Exclude<Language, 'en'>,
  () => Promise<{ default: Record<string, unknown> }>
> = {
  ru: () => import('./ru'),
  kk: () => import('./kk'),
  zh: () => import('./zh'),
};

/** Fetches a language's catalogue once (English is always there). */
export async function loadCatalogue(language: Language): Promise<void> {
  if (language === 'en' || Object.hasOwn(loaded, language)) return;
  const { default: messages } = await loaders[language]();
  i18n.load(language, messages as unknown as Messages);
  loaded[language] = true;
}
const loaded: Partial<Record<Language, true>> = { en: true };

/** Makes a loaded language the interface's: every `useT` re-renders. */
export function activateLanguage(language: Language): void {
  if (i18n.locale !== language) i18n.activate(language);
}

/** Calls `listener` whenever the interface changes language; returns how to stop. */
export const onLanguageChange = (listener: () => void): (() => void) => i18n.on('change', listener);

const numberFormats = new Map<string, Intl.NumberFormat>();
/** A count in the interface's language: "1,000" in English, "1 000" in Russian. */
export function formatNumber(n: number, options?: Intl.NumberFormatOptions): string {
  const key = `${i18n.locale}${options ? JSON.stringify(options) : ''}`;
  let format = numberFormats.get(key);
  if (!format) numberFormats.set(key, (format = new Intl.NumberFormat(i18n.locale, options)));
  return format.format(n);
}
