import './translation.css';
import { useMemo } from 'react';
import type { Translation } from '../domain/translations';
import { useT } from '../i18n/react';

interface Props {
  /** The project's translation the map is shown in (`shownTranslation`); null when as written. */
  translation: Translation | null;
  /** The quotes shown above, as the source wrote them. */
  quotes: readonly string[];
  /** The passage they are highlighted in, to list their translations in the passage's order. */
  text?: string;
}

/**
 * Under a passage or a quote: the project's translation of each quote, when the map is shown in a
 * translation that gives one, each marked as the project's, in the translation's language. Never in
 * place of the quote: the source's words stay above, as written. A quote that lies inside a longer
 * one is not translated twice. Nothing when none is given.
 */
export function QuoteTranslations({ translation, quotes, text }: Props) {
  const t = useT();
  const given = useMemo(() => {
    const table = translation?.quotes;
    if (!table) return [];
    const unique = [...new Set(quotes)].filter((q) => Object.hasOwn(table, q));
    // A quote inside a longer one shown here is translated in that one's translation already.
    const widest = unique.filter((q) => !unique.some((other) => other !== q && other.includes(q)));
    if (text !== undefined) widest.sort((a, b) => text.indexOf(a) - text.indexOf(b));
    return widest.map((q) => ({ quote: q, translated: table[q]! }));
  }, [translation, quotes, text]);
  if (!translation || given.length === 0) return null;
  return (
    <ul className="quote-translations" aria-label={t('common.translation.quotes')}>
      {given.map(({ quote, translated }) => (
        <li key={quote} className="quote-translation">
          <span className="translation-badge" title={t('common.translation.quoteTitle')}>
            {t('common.translation.mark')}
          </span>{' '}
          <q lang={translation.language}>{translated}</q>
        </li>
      ))}
    </ul>
  );
}
