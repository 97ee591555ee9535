import './translation.css';
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
  const [before, after = ''] = t('common.translation.original', { text: '\u{E000}' }).split(
    '\u{E000}',
  );
  return (
    <p className="translation-mark">
      <span className="translation-badge" title={t('common.translation.markTitle')}>
        {t('common.translation.mark')}
      </span>{' '}
      <span className="translation-original">
        {before}
        <span lang={sourceLanguage}>{original}</span>
        {after}
      </span>
    </p>
  );
}
