import { useId, useMemo, useState } from 'react';
import { selectDisplayed } from '../../store/derived';
import { useApp } from '../../store/context';
import { PathResult } from './PathResult';
import './path.css';
import { useT } from '../../i18n/react';

interface Ends {
  from: string;
  to: string;
}

const NO_ENDS: Ends = { from: '', to: '' };

/** Finds the shortest chain of relations between two nodes over what the map shows. */
export function PathPanel() {
  const graph = useApp((s) => s.graph);
  const displayed = useApp(selectDisplayed);
  const path = useApp((s) => s.path);
  const setPath = useApp((s) => s.setPath);
  // A half-chosen pair lives here; the store holds a path only once both ends are chosen, so a
  // shared link (which sets the store's path) shows in the selects too.
  const [draft, setDraft] = useState<Ends>(NO_ENDS);
  const ends: Ends = path ? { from: path[0], to: path[1] } : draft;
  const fromId = useId();
  const toId = useId();
  const t = useT();

  const options = useMemo(() => {
    // A chosen end the filters hide stays listed, so the select never silently shows another node.
    const chosen = new Set([ends.from, ends.to]);
    return graph.nodes
      .filter((n) => displayed.nodes.has(n.id) || chosen.has(n.id))
      .map((n) => ({
        id: n.id,
        label: displayed.nodes.has(n.id) ? n.label : t('path.hiddenOption', { label: n.label }),
      }))
      .sort((a, b) => a.label.localeCompare(b.label));
  }, [graph, displayed, ends.from, ends.to, t]);

  const choose = (next: Ends) => {
    setDraft(next);
    if (next.from && next.to && next.from !== next.to) setPath([next.from, next.to]);
    else if (path) setPath(null);
  };

  const select = (id: string, label: string, end: keyof Ends) => (
    <div className="path-field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={ends[end]}
        onChange={(e) => choose({ ...ends, [end]: e.target.value })}
      >
        <option value="">{t('path.choose')}</option>
        {options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );

  return (
    <section aria-label={t('path.tab')} className="path-panel">
      <p className="path-intro">{t('path.intro')}</p>
      <div className="path-ends">
        {select(fromId, t('path.from'), 'from')}
        <button
          type="button"
          className="path-swap"
          onClick={() => choose({ from: ends.to, to: ends.from })}
          disabled={!ends.from && !ends.to}
        >
          <span aria-hidden="true">⇅ </span>
          {t('path.swap')}
        </button>
        {select(toId, t('path.to'), 'to')}
      </div>
      <button
        type="button"
        className="path-clear"
        onClick={() => choose(NO_ENDS)}
        disabled={!ends.from && !ends.to}
      >
        {t('path.clear')}
      </button>
      {ends.from !== '' && ends.from === ends.to && <p className="path-note">{t('path.same')}</p>}
      {path && <PathResult from={path[0]} to={path[1]} />}
    </section>
  );
}
