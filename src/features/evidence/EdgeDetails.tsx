import { useMemo } from 'react';
import { relationPhrase } from '../../domain/relationTemplates';
import { mentionsOf } from '../../domain/blockPassages';
import type { Selection } from '../../domain/evidence';
import { graphIndex } from '../../domain/graphIndex';
import { ATTRIBUTION_LABELS, STATUS_LABELS } from '../../domain/palette';
import { ATTRIBUTION_HELP, statusHelpOf } from '../../domain/vocabularyHelp';
import { claimSentence } from '../../domain/relations';
import type { GraphEdge } from '../../domain/schema';
import { selectDisplayed, selectWording } from '../../store/derived';
import { useT } from '../../i18n/react';
import { useApp } from '../../store/context';
import { PassageList } from './PassageList';
import { SphereChips } from '../../components/SphereChips';
import { TranslationMark } from '../../components/TranslationMark';
import { relationSentence } from '../../domain/relations';
import { shownTranslation, sourceOf } from '../../store/store';

interface Props {
  edge: GraphEdge;
  onSelect: (ref: Selection) => void;
}

/**
 * A relation: its two ends (each a way to go to that node), spheres, the claim it is and whose
 * ("The author argues that …"), its status, year and passages.
 */
export function EdgeDetails({ edge, onSelect }: Props) {
  const t = useT();
  const sphereDefs = useApp((s) => s.spheres);
  // "Spheres" for the article's four, "Categories" for a map's own.
  const bySphere = useApp((s) => selectWording(s).category === 'sphere');
  const chipsLabel = t(bySphere ? 'evidence.chips.spheres' : 'evidence.chips.categories');
  const graph = useApp((s) => s.graph);
  // Shown in the project's translation: the relation as the source says it, and the ends as the
  // source names them for their mentions in the text (which is never translated).
  const translated = useApp((s) => shownTranslation(s) !== null);
  const writtenGraph = useApp((s) => sourceOf(s.graph));
  const written = graphIndex(writtenGraph);
  const sourceLanguage = useApp((s) => s.article.language);
  const shown = useApp((s) => selectDisplayed(s).edges.has(edge.id));
  const statusHelp = statusHelpOf(useApp((s) => selectWording(s).hasText));
  const index = graphIndex(graph);
  // A relation of an undirected graph goes both ways: no arrows, and said as such.
  const arrow = graph.directed === false ? '—' : '→';
  const writtenEdge = written.edge(edge.id) ?? edge;
  const claim = claimSentence(edge, index.labels);
  const label = (id: string) => index.node(id)?.label;
  const mentions = useMemo(() => {
    const ends = graphIndex(writtenGraph);
    return [edge.source, edge.target].flatMap((id) => {
      const node = ends.node(id);
      return node ? mentionsOf(node) : [];
    });
  }, [writtenGraph, edge.source, edge.target]);

  const end = (id: string, label: string | undefined) =>
    label === undefined ? (
      // An end missing from the graph (a broken import) is named, not offered as a link to nothing.
      <span className="ev-end">{id}</span>
    ) : (
      <button type="button" className="ev-end" onClick={() => onSelect({ type: 'node', id })}>
        {label}
      </button>
    );

  return (
    <article className="ev-details">
      <header className="ev-header">
        <p className="ev-kind">
          {t(
            graph.directed === false ? 'evidence.kind.relationBothWays' : 'evidence.kind.relation',
          )}
        </p>
        {/* The arrows are drawn for the eye; a screen reader hears the sentence "Beta exports oil to Alpha". */}
        <h2 className="ev-title ev-edge-title" tabIndex={-1}>
          {end(edge.source, label(edge.source))} <span aria-hidden="true">{arrow}</span>{' '}
          <span className="ev-relation">{relationPhrase(edge.relation)}</span>{' '}
          <span aria-hidden="true">{arrow}</span> {end(edge.target, label(edge.target))}
        </h2>
        {translated && (
          <TranslationMark
            original={relationSentence(writtenEdge, written.labels)}
            sourceLanguage={sourceLanguage}
          />
        )}
        <SphereChips spheres={edge.domains} defs={sphereDefs} label={chipsLabel} />
      </header>
      {!shown && <p className="ev-note">{t('evidence.hidden')}</p>}
      <p className="ev-claim">{claim}</p>
      <dl className="ev-facts">
        <dt>{t('evidence.facts.status')}</dt>
        <dd>
          <span className="ev-status" data-status={edge.status}>
            {STATUS_LABELS[edge.status]}
          </span>{' '}
          — {statusHelp[edge.status]}
        </dd>
        {edge.attribution && (
          <>
            <dt>{t('evidence.facts.attribution')}</dt>
            <dd>
              <span className="ev-attribution">{ATTRIBUTION_LABELS[edge.attribution]}</span> —{' '}
              {ATTRIBUTION_HELP[edge.attribution]}
            </dd>
          </>
        )}
        {edge.year !== null && (
          <>
            <dt>{t('evidence.facts.year')}</dt>
            <dd>{edge.year}</dd>
          </>
        )}
      </dl>
      <PassageList evidence={edge.evidence} mentions={mentions} />
    </article>
  );
}
