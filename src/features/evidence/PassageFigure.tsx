import { useId } from 'react';
import { useApp } from '../../store/context';
import { shownTranslation } from '../../store/store';
import { PassageText } from '../../components/PassageText';
import { QuoteTranslations } from '../../components/QuoteTranslations';
import type { Block } from '../../domain/schema';
import { useT } from '../../i18n/react';
import { showInArticle } from './showInArticle';

interface Props {
  block: Block;
  sectionTitle: string;
  quotes: readonly string[];
  mentions?: readonly string[];
}

/**
 * One block of the article, whole, with its quotes highlighted (and the project's translation of
 * each under it, when the map is shown in one that gives it), and a way to find it in the reader.
 */
export function PassageFigure({ block, sectionTitle, quotes, mentions = [] }: Props) {
  const t = useT();
  const captionId = useId();
  // The article's words, in its language (a screen reader and the fonts read them so).
  const lang = useApp((s) => s.article.language);
  const translation = useApp(shownTranslation);
  return (
    <figure className="ev-passage">
      <figcaption id={captionId} className="ev-passage-section" lang={lang}>
        {sectionTitle}
      </figcaption>
      <blockquote className="ev-passage-text" lang={lang}>
        <p>
          <PassageText text={block.text} quotes={quotes} aliases={mentions} />
        </p>
      </blockquote>
      <QuoteTranslations translation={translation} quotes={quotes} text={block.text} />
      {/* Several passages each have this button: the section title tells them apart. */}
      <button
        type="button"
        className="ev-link"
        aria-describedby={captionId}
        onClick={() => showInArticle(block.id)}
      >
        {t('evidence.showInArticle')}
      </button>
    </figure>
  );
}
