import { useId, useMemo } from 'react';
import { graphIndex } from '../../domain/graphIndex';
import { STATUS_LABELS } from '../../domain/palette';
import { claimSentence } from '../../domain/relations';
import type { TourStep } from '../../domain/tour';
import { useT } from '../../i18n/react';
import { useApp } from '../../store/context';

/**
 * The relations a step focuses on, each as the claim it is and whose ("The author argues that …"),
 * with its status: on the projector too, an assessment never passes for a fact.
 */
export function StepClaims({ step }: { step: TourStep }) {
  const t = useT();
  const graph = useApp((s) => s.graph);
  const headingId = useId();
  const claims = useMemo(() => {
    const index = graphIndex(graph);
    return step.focus.flatMap((id) => {
      const edge = index.edge(id);
      return edge ? [{ id, text: claimSentence(edge, index.labels), status: edge.status }] : [];
    });
  }, [graph, step]);
  if (claims.length === 0) return null;

  return (
    <section className="tr-claims" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('tour.claims')}</h3>
      <ul>
        {claims.map(({ id, text, status }) => (
          <li key={id}>
            {text}{' '}
            <span className="tr-claim-status">
              {t('tour.claimStatus', { status: STATUS_LABELS[status].toLowerCase() })}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
