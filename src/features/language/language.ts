/**
 * Which language the interface speaks and how it changes: the link's `lang=`, else the one chosen
 * last in this browser, else the browser's own when it is one of the four, else English. A change
 * loads the language's catalogue and the project's translation of the article's map (both on use),
 * then shows both at once, with `<html lang>` following.
 */
import {
  browserLanguage,
  isLanguage,
  LANGUAGE_TAGS,
  languageOfHash,
  type Language,
  type TranslatedLanguage,
} from '../../domain/languages';
import type { MapTranslator } from '../../domain/mapTranslation';
import type { Translation } from '../../domain/translations';
import { activateLanguage, loadCatalogue, t } from '../../i18n';
import type { AppStore } from '../../store/store';
import { pageStorage, readPreference, writePreference } from '../../lib/preferences';

const PREFERENCE = 'language';

/** The language a page opens in (see the module's comment). */
export function initialLanguage(
  hash: string,
  storage: Storage | undefined = pageStorage(),
  preferred: readonly string[] = globalThis.navigator?.languages ?? [],
): Language {
  return (
    languageOfHash(hash) ??
    readPreference(PREFERENCE, isLanguage, storage) ??
    browserLanguage(preferred) ??
    'en'
  );
}

const mapTranslations: Record<TranslatedLanguage, () => Promise<{ default: unknown }>> = {
  ru: () => import('../../../data/translations/ru.json'),
  kk: () => import('../../../data/translations/kk.json'),
  zh: () => import('../../../data/translations/zh.json'),
};

/** The project's translation of the article's map into `language`; null for English. */
async function loadMapTranslation(language: Language): Promise<MapTranslator | null> {
  if (language === 'en') return null;
  const [{ translatorOf }, file] = await Promise.all([
    import('../../domain/mapTranslation'),
    mapTranslations[language](),
  ]);
  // The project's own file, checked by `npm run validate`.
  return translatorOf(file.default as Translation);
}

let latest = 0;

/**
 * Shows the interface and the article's map in `language` once both are loaded; a later call wins
 * over one still loading. `remember` keeps the choice for the next visit (a choice from the menu,
 * not a link's). When loading fails, the interface stays as it was and says so.
 */
export async function showLanguage(
  store: AppStore,
  language: Language,
  { remember = false }: { remember?: boolean } = {},
): Promise<void> {
  const call = ++latest;
  let translation: MapTranslator | null;
  try {
    [, translation] = await Promise.all([loadCatalogue(language), loadMapTranslation(language)]);
  } catch (error) {
    if (call === latest)
      store.getState().notify(
        'error',
        t('common.languageFailed', {
          language: t(`common.language.${language}`),
          reason: error instanceof Error ? error.message : String(error),
        }),
      );
    return;
  }
  if (call !== latest) return;
  activateLanguage(language);
  if (typeof document !== 'undefined') document.documentElement.lang = LANGUAGE_TAGS[language];
  store.getState().setLanguage(language, translation);
  if (remember) writePreference(PREFERENCE, language);
}
