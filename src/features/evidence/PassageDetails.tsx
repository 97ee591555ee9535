import { useId, useMemo } from 'react';
import { quotesInBlock } from '../../domain/blockPassages';
import type { Selection } from '../../domain/evidence';
import { labelsById, relationSentence, splitDisplayed } from '../../domain/relations';
import type { Block } from '../../domain/schema';
import { selectDisplayed, selectElementsByBlock } from '../../store/derived';
import { useApp } from '../../store/context';
import { PassageFigure } from './PassageFigure';
import { RelationButton } from './RelationButton';

interface Props {
  block: Block;
  onSelect: (ref: Selection) => void;
}

const NONE: never[] = [];

/** A passage of the article: its text with every quote marked, and the nodes and relations it supports. */
export function PassageDetails({ block, onSelect }: Props) {
  const graph = useApp((s) => s.graph);
  const article = useApp((s) => s.article);
  const displayed = useApp(selectDisplayed);
  const refs = useApp((s) => selectElementsByBlock(s).get(block.id) ?? NONE);
  const labels = useMemo(() => labelsById(graph), [graph]);
  const quotes = useMemo(() => quotesInBlock(graph, block.id), [graph, block.id]);
  const { shown, hidden } = useMemo(() => splitDisplayed(refs, displayed), [refs, displayed]);
  const listHeading = useId();
  const sectionTitle = article.sections.find((s) => s.id === block.section)?.title ?? block.section;

  return (
    <article className="ev-details">
      <header className="ev-header">
        <h2 className="ev-title" tabIndex={-1}>
          Passage
        </h2>
      </header>
      <PassageFigure block={block} sectionTitle={sectionTitle} quotes={quotes} />
      <div className="ev-group">
        <h3 id={listHeading} className="ev-subheading">
          What this passage supports
        </h3>
        {refs.length === 0 && <p className="ev-note">No node or relation cites this passage.</p>}
        {shown.length > 0 && (
          <ul className="ev-list" aria-labelledby={listHeading}>
            {shown.map((ref) => {
              const edge =
                ref.type === 'edge' ? graph.edges.find((e) => e.id === ref.id) : undefined;
              return (
                <li key={`${ref.type}:${ref.id}`}>
                  {edge ? (
                    <RelationButton
                      sentence={relationSentence(edge, labels)}
                      status={edge.status}
                      onClick={() => onSelect(ref)}
                    />
                  ) : (
                    <button type="button" className="ev-item" onClick={() => onSelect(ref)}>
                      {labels.get(ref.id) ?? ref.id}
                    </button>
                  )}
                </li>
              );
            })}
          </ul>
        )}
        {hidden > 0 && (
          <p className="ev-note">
            {shown.length === 0
              ? `Everything it supports (${hidden}) is hidden by the filters.`
              : `${hidden} more hidden by the filters.`}
          </p>
        )}
      </div>
    </article>
  );
}
