/**
 * The interface's words: Lingui's `I18n`, with `t` for every module that writes words a person reads
 * (components, the domain's reports and notices, workers). No catalogue is imported here: the page
 * loads them (./index.ts), a worker is handed the page's (`speechNow`, `speak`), tests and scripts
 * load the whole English one (./english.ts). Catalogues are compiled at build time
 * (build/catalogues.ts).
 */
import { setupI18n, type Messages } from '@lingui/core';
import type { Language } from '../domain/languages';
import type { english } from './english';

export { LANGUAGES, isLanguage, type Language } from '../domain/languages';

/** Every message id the interface has: the English catalogue's. */
export type MessageId = keyof typeof english;
/** The values a message's `{placeholders}` take. */
export type MessageValues = Record<string, string | number | Date>;
export type Translate = (id: MessageId, values?: MessageValues) => string;

export const i18n = setupI18n({ locale: 'en', messages: { en: {} } });

/** The message `id` in the interface's language, its placeholders filled. */
export const t: Translate = (id, values) => i18n._(id, values);

/** The interface's language now. */
export const currentLanguage = (): Language => i18n.locale as Language;

/** Adds messages to a language's catalogue (compiled ones, or raw ICU where a compiler is set). */
export function addMessages(language: Language, messages: object): void {
  i18n.load(language, messages as Messages);
}

/** Makes a loaded language the interface's: every `useT` re-renders. */
export function activateLanguage(language: Language): void {
  if (i18n.locale !== language) i18n.activate(language);
}

/**
 * Calls `listener` whenever the interface changes language or gets more of its messages (a part
 * loaded on use); returns how to stop.
 */
export const onLanguageChange = (listener: () => void): (() => void) => i18n.on('change', listener);

let changes = 0;
i18n.on('change', () => changes++);
/** Changes with the language and with every part of a catalogue loaded. */
export const catalogueState = (): string => `${i18n.locale}:${changes}`;

/** What a worker needs to speak the page's language: the language and its messages. */
export interface Speech {
  language: Language;
  messages: Messages;
}

/** The page's language and its messages as they are now, to hand to a worker with its job. */
export const speechNow = (): Speech => ({ language: currentLanguage(), messages: i18n.messages });

/** A worker speaks the page's language (`speechNow`) for the job it was handed. */
export function speak({ language, messages }: Speech): void {
  addMessages(language, messages);
  activateLanguage(language);
}

const numberFormats = new Map<string, Intl.NumberFormat>();
/** A count in the interface's language: "1,000" in English, "1 000" in Russian. */
export function formatNumber(n: number, options?: Intl.NumberFormatOptions): string {
  const key = `${i18n.locale}${options ? JSON.stringify(options) : ''}`;
  let format = numberFormats.get(key);
  if (!format) numberFormats.set(key, (format = new Intl.NumberFormat(i18n.locale, options)));
  return format.format(n);
}
