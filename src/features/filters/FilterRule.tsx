import { Rich } from '../../i18n/Rich';
import { useT } from '../../i18n/react';
import { useApp } from '../../store/context';
import { selectWording } from '../../store/derived';

/** The visibility rule in words; the same rule is `visibleElements` in src/domain/filters.ts and its tests. */
export function FilterRule() {
  const t = useT();
  // The spheres for the article, "categories" for a graph with categories of its own.
  const { category } = useApp(selectWording);
  return (
    <details className="filter-rule">
      <summary>{t('filters.rule')}</summary>
      <p>
        <Rich
          id="filters.rule.relations"
          values={{ category }}
          parts={{ relation: <strong>{t('filters.rule.relation')}</strong> }}
        />
      </p>
      <p>
        <Rich
          id="filters.rule.nodes"
          values={{ category }}
          parts={{ node: <strong>{t('filters.rule.node')}</strong> }}
        />
      </p>
      <p>{t('filters.rule.marks', { category })}</p>
    </details>
  );
}
