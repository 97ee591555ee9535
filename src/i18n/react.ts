import { useMemo, useSyncExternalStore } from 'react';
import {
  catalogueState,
  currentLanguage,
  i18n,
  onLanguageChange,
  type Language,
  type Translate,
} from './core';

/** The interface's language; the component renders again when it changes. */
export const useLanguage = (): Language =>
  useSyncExternalStore(onLanguageChange, currentLanguage, currentLanguage);

/**
 * The `t` of the interface's language. Its identity changes with the language (and when more of its
 * messages load), so memos and effects that list it among their dependencies run again.
 */
export function useT(): Translate {
  const state = useSyncExternalStore(onLanguageChange, catalogueState, catalogueState);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- a new `t` for each state of the catalogue
  return useMemo<Translate>(() => (id, values) => i18n._(id, values), [state]);
}
