import { useId } from 'react';
import { PassageText } from '../../components/PassageText';
import type { Block } from '../../domain/schema';
import { useT } from '../../i18n/react';
import { useApp } from '../../store/context';
import { showInArticle } from './showInArticle';

interface Props {
  block: Block;
  sectionTitle: string;
  quotes: readonly string[];
  mentions?: readonly string[];
}

/** One block of the article, whole, with its quotes highlighted, and a way to find it in the reader. */
export function PassageFigure({ block, sectionTitle, quotes, mentions = [] }: Props) {
  const t = useT();
  const captionId = useId();
  // The source's words, in its language (a screen reader reads them so, whatever the interface's).
  const sourceLanguage = useApp((s) => s.article.language);
  return (
    <figure className="ev-passage">
      <figcaption id={captionId} className="ev-passage-section" lang={sourceLanguage}>
        {sectionTitle}
      </figcaption>
      <blockquote className="ev-passage-text" lang={sourceLanguage}>
        <p>
          <PassageText text={block.text} quotes={quotes} aliases={mentions} />
        </p>
      </blockquote>
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
