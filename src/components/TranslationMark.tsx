import './translation.css';
import { Rich } from '../i18n/Rich';
import { useT } from '../i18n/react';

/**
 * Says that the words above are the project's translation, not the source's, and gives the source's
 * own words beside it (in the source's language, so a screen reader and the fonts read them so).
 */
export function TranslationMark({
  original,
  sourceLanguage,
}: {
  /** The source's words for what is shown translated: a node's label, a relation's sentence. */
  original: string;
  /** The language the source is written in (the article's: 'en'). */
  sourceLanguage: string;
}) {
  const t = useT();
  return (
    <p className="translation-mark">
      <span className="translation-badge" title={t('common.translation.markTitle')}>
        {t('common.translation.mark')}
      </span>{' '}
      <span className="translation-original">
        <Rich
          id="common.translation.original"
          parts={{ text: <span lang={sourceLanguage}>{original}</span> }}
        />
      </span>
    </p>
  );
}
