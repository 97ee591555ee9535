import { LANGUAGE_NAMES, LANGUAGE_TAGS, LANGUAGES, isLanguage } from '../../domain/languages';
import { useT } from '../../i18n/react';
import { showLanguage } from './language';
import { useApp, useAppStore } from '../../store/context';

/**
 * The interface's language, chosen in the header: each language named in itself (a reader finds
 * their own whatever is on screen). The choice is remembered and goes into the link.
 */
export function LanguageMenu() {
  const t = useT();
  const store = useAppStore();
  const language = useApp((s) => s.language);
  return (
    <label className="inline-select language-menu">
      <span className="visually-hidden">{t('common.languageMenu')}</span>
      <svg className="language-globe" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
        <g fill="none" stroke="currentColor" strokeWidth="1.2">
          <circle cx="8" cy="8" r="6.5" />
          <ellipse cx="8" cy="8" rx="2.8" ry="6.5" />
          <path d="M1.5 8h13M2.6 4.5h10.8M2.6 11.5h10.8" />
        </g>
      </svg>
      <select
        value={language}
        onChange={(e) => {
          if (isLanguage(e.target.value))
            void showLanguage(store, e.target.value, { remember: true });
        }}
      >
        {LANGUAGES.map((l) => (
          <option key={l} value={l} lang={LANGUAGE_TAGS[l]}>
            {LANGUAGE_NAMES[l]}
          </option>
        ))}
      </select>
    </label>
  );
}
