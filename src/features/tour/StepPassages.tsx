import { useMemo } from 'react';
import { PassageText } from '../../components/PassageText';
import { QuoteTranslations } from '../../components/QuoteTranslations';
import type { TourStep } from '../../domain/tour';
import { useApp } from '../../store/context';
import { shownTranslation } from '../../store/store';

/**
 * The article passages a step rests on, in large type, with the quotes of its focus highlighted and
 * their translation under them when the map is shown in one.
 */
export function StepPassages({ step }: { step: TourStep }) {
  const article = useApp((s) => s.article);
  const graph = useApp((s) => s.graph);
  const translation = useApp(shownTranslation);
  const passages = useMemo(() => {
    const focus = new Set(step.focus);
    const evidence = [...graph.nodes, ...graph.edges]
      .filter((e) => focus.has(e.id))
      .flatMap((e) => e.evidence);
    const titles = new Map(article.sections.map((s) => [s.id, s.title]));
    return step.blocks.flatMap((id) => {
      const block = article.blocks.find((b) => b.id === id);
      if (!block) return [];
      const quotes = evidence.filter((ev) => ev.block === id).map((ev) => ev.quote);
      return [{ block, quotes, section: titles.get(block.section) ?? block.section }];
    });
  }, [article, graph, step]);

  return (
    <div className="tr-passages">
      {passages.map(({ block, quotes, section }) => (
        <figure key={block.id} className="tr-passage">
          <figcaption lang={article.language}>{section}</figcaption>
          <blockquote lang={article.language}>
            <PassageText text={block.text} quotes={quotes} />
          </blockquote>
          <QuoteTranslations translation={translation} quotes={quotes} text={block.text} />
        </figure>
      ))}
    </div>
  );
}
