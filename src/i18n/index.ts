/**
 * The page's interface words: the core (./core.ts) with the catalogues, loaded on use. English's
 * first-view messages come with the page's first script (./en.ts); the rest of English, and Russian,
 * Kazakh and Chinese whole, are chunks fetched by `loadCatalogue`.
 */
import './en';
import type { Language } from '../domain/languages';
import { addMessages } from './core';

export * from './core';

const loaders: Record<Language, () => Promise<{ default: object }>> = {
  en: () => import('./en.rest'),
  ru: () => import('./ru'),
  kk: () => import('./kk'),
  zh: () => import('./zh'),
};

const loading: Partial<Record<Language, Promise<void>>> = {};

/** Fetches a language's messages once (English's beyond the first view); a failed fetch may retry. */
export function loadCatalogue(language: Language): Promise<void> {
  return (loading[language] ??= loaders[language]().then(
    ({ default: messages }) => addMessages(language, messages),
    (error: unknown) => {
      delete loading[language];
      throw error;
    },
  ));
}
