import { useMemo, useSyncExternalStore } from 'react';
import { currentLanguage, i18n, onLanguageChange, type Language, type Translate } from './index';

/** The interface's language; the component renders again when it changes. */
export const useLanguage = (): Language =>
  useSyncExternalStore(onLanguageChange, currentLanguage, currentLanguage);

/**
 * The `t` of the interface's language. Its identity changes with the language, so memos and effects
 * that list it among their dependencies run again in the new language.
 */
export function useT(): Translate {
  const language = useLanguage();
  // eslint-disable-next-line react-hooks/exhaustive-deps -- a new `t` for each language
  return useMemo<Translate>(() => (id, values) => i18n._(id, values), [language]);
}
