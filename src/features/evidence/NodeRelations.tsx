import { useId, useMemo } from 'react';
import { graphIndex } from '../../domain/graphIndex';
import type { Selection } from '../../domain/evidence';
import { sphereDef } from '../../domain/palette';
import { relationSentence, relationsOf } from '../../domain/relations';
import { selectDisplayed } from '../../store/derived';
import { useT } from '../../i18n/react';
import { useApp } from '../../store/context';
import { RelationButton } from './RelationButton';

interface Props {
  nodeId: string;
  onSelect: (ref: Selection) => void;
}

/** The node's displayed relations under a heading per sphere, and how many the filters hide. */
export function NodeRelations({ nodeId, onSelect }: Props) {
  const defs = useApp((s) => s.spheres);
  const graph = useApp((s) => s.graph);
  const displayed = useApp(selectDisplayed);
  const spheres = useApp((s) => s.filters.spheres);
  const t = useT();
  const idBase = useId();
  const labels = graphIndex(graph).labels;
  const { groups, hidden } = useMemo(
    () => relationsOf(graph, nodeId, displayed.edges, spheres, labels),
    [graph, nodeId, displayed, spheres, labels],
  );

  return (
    <div className="ev-group">
      {groups.length === 0 && hidden === 0 && (
        <p className="ev-note">{t('evidence.relations.none')}</p>
      )}
      {groups.map(({ sphere, edges }) => (
        <div key={sphere} className="ev-relations">
          <h3 id={`${idBase}-${sphere}`} className="ev-subheading">
            <span
              className="ev-dot"
              style={{ backgroundColor: sphereDef(defs, sphere).colour }}
              aria-hidden="true"
            />
            {t('evidence.relations.heading', { sphere: sphereDef(defs, sphere).label })}
          </h3>
          <ul className="ev-list" aria-labelledby={`${idBase}-${sphere}`}>
            {edges.map((edge) => (
              <li key={edge.id}>
                <RelationButton
                  sentence={relationSentence(edge, labels)}
                  status={edge.status}
                  attribution={edge.attribution}
                  onClick={() => onSelect({ type: 'edge', id: edge.id })}
                />
              </li>
            ))}
          </ul>
        </div>
      ))}
      {hidden > 0 && (
        <p className="ev-note">
          {groups.length === 0
            ? t('evidence.relations.allHidden', { count: hidden })
            : t('evidence.relations.moreHidden', { count: hidden })}
        </p>
      )}
    </div>
  );
}
