import { useId } from 'react';
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
  // Not memoized: the claims are sentences of the interface's language, said again in a new one.
  const index = graphIndex(graph);
  const claims = step.focus.flatMap((id) => index.edge(id) ?? []);
  if (claims.length === 0) return null;

  return (
    <section className="tr-claims" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('tour.claims')}</h3>
      <ul>
        {claims.map((edge) => (
          <li key={edge.id}>
            {claimSentence(edge, index.labels)}{' '}
            <span className="tr-claim-status">
              {t('tour.claimStatus', { status: STATUS_LABELS[edge.status].toLowerCase() })}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
