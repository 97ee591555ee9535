import { useMemo } from 'react';
import { QuoteTranslations } from '../../components/QuoteTranslations';
import { relationPhrase } from '../../domain/relationTemplates';
import { ATTRIBUTION_SHORT, STATUS_LABELS } from '../../domain/palette';
import { labelsById } from '../../domain/relations';
import { selectDisplayed, selectPath } from '../../store/derived';
import { useApp } from '../../store/context';
import { shownTranslation } from '../../store/store';
import { useT } from '../../i18n/react';

/**
 * The steps of the chosen path, each a relation with its status, whose claim it is and its first
 * quote, or why there is none.
 */
export function PathResult({ from, to }: { from: string; to: string }) {
  const graph = useApp((s) => s.graph);
  const sourceLanguage = useApp((s) => s.article.language);
  const translation = useApp(shownTranslation);
  const displayed = useApp(selectDisplayed);
  const steps = useApp(selectPath);
  const selectElement = useApp((s) => s.selectElement);
  const resetFilters = useApp((s) => s.resetFilters);
  const labels = useMemo(() => labelsById(graph), [graph]);
  const name = (id: string) => labels.get(id) ?? id;
  // When the map already shows everything, resetting the filters cannot help: say so instead.
  const showsAll =
    displayed.nodes.size === graph.nodes.length && displayed.edges.size === graph.edges.length;

  const t = useT();
  let status: string;
  if (steps === null) {
    const missing = [from, to].find((id) => !labels.has(id));
    const ends = { from: name(from), to: name(to) };
    if (missing) status = t('path.missing', { id: missing });
    else if (showsAll) status = t('path.notConnected', ends);
    else status = t('path.noPath', ends);
  } else if (steps.length === 0) status = t('path.sameNode');
  else status = t('path.steps', { count: steps.length });

  return (
    <div className="path-result">
      <p className="path-status" role="status">
        {status}
      </p>
      {steps === null && !showsAll && (
        <button type="button" onClick={resetFilters}>
          {t('filters.reset')}
        </button>
      )}
      {steps && steps.length > 0 && (
        <ol className="path-steps">
          {steps.map((step) => {
            const edge = graph.edges.find((e) => e.id === step.edgeId);
            if (!edge) return null;
            // An undirected relation reads in the path's own order, with no arrow.
            const undirected = graph.directed === false;
            const [from, to] = undirected ? [step.from, step.to] : [edge.source, edge.target];
            return (
              <li key={step.edgeId} className="path-step">
                {/* Drawn as "Beta —exports oil to→ Alpha"; heard as the sentence "Beta exports oil to Alpha". */}
                <button
                  type="button"
                  className="path-step-button"
                  onClick={() => selectElement({ type: 'edge', id: edge.id })}
                >
                  {name(from)} <span aria-hidden="true">—</span>
                  <span className="path-relation">{relationPhrase(edge.relation)}</span>
                  <span aria-hidden="true">{undirected ? '—' : '→'}</span> {name(to)}
                </button>
                {/* Whose claim each step rests on, as everywhere a relation is shown. */}
                <p className="path-claim">
                  {STATUS_LABELS[edge.status]}
                  {edge.attribution && ` · ${ATTRIBUTION_SHORT[edge.attribution]}`}
                </p>
                {edge.evidence[0] && (
                  <>
                    <blockquote className="path-quote" lang={sourceLanguage}>
                      {edge.evidence[0].quote}
                    </blockquote>
                    <QuoteTranslations
                      translation={translation}
                      quotes={[edge.evidence[0].quote]}
                    />
                  </>
                )}
              </li>
            );
          })}
        </ol>
      )}
    </div>
  );
}
