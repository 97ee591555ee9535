import { useMemo } from 'react';
import { groupByBlock } from '../../domain/blockPassages';
import { passagesFor } from '../../domain/evidence';
import type { Evidence } from '../../domain/schema';
import { useT } from '../../i18n/react';
import { useApp } from '../../store/context';
import { PassageFigure } from './PassageFigure';

interface Props {
  evidence: readonly Evidence[];
  /** Names of the element(s) to mark where the passages mention them. */
  mentions: readonly string[];
}

/**
 * The "Evidence" part of the details: every block an element's quotes come from, in article order.
 * A graph that came without a text has none to show (the panel says so once, above).
 */
export function PassageList({ evidence, mentions }: Props) {
  const t = useT();
  const article = useApp((s) => s.article);
  const passages = useMemo(() => groupByBlock(passagesFor(article, evidence)), [article, evidence]);
  if (article.blocks.length === 0 && evidence.length === 0) return null;
  return (
    <div className="ev-group">
      <h3 className="ev-subheading">
        {t('evidence.passages.heading')}{' '}
        <span className="ev-count">{t('evidence.passages.count', { count: passages.length })}</span>
      </h3>
      {passages.length === 0 ? (
        <p className="ev-note">{t('evidence.passages.notFound')}</p>
      ) : (
        passages.map((p) => (
          <PassageFigure
            key={p.block.id}
            block={p.block}
            sectionTitle={p.sectionTitle}
            quotes={p.quotes}
            mentions={mentions}
          />
        ))
      )}
    </div>
  );
}
