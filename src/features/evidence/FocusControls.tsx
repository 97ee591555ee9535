import { useId } from 'react';
import { useT } from '../../i18n/react';
import { useApp } from '../../store/context';

const DEPTHS = [1, 2, 0] as const;

/** Narrows the map to the selected node's neighbourhood (the store centres focus on the selection). */
export function FocusControls({ nodeShown }: { nodeShown: boolean }) {
  const focusDepth = useApp((s) => s.focusDepth);
  const setFocusDepth = useApp((s) => s.setFocusDepth);
  const t = useT();
  const labelId = useId();
  return (
    <div className="ev-focus" role="group" aria-labelledby={labelId}>
      <span id={labelId} className="ev-focus-label">
        {t('evidence.focus.label')}
      </span>
      {DEPTHS.map((depth) => (
        <button
          key={depth}
          type="button"
          className="ev-toggle"
          aria-pressed={focusDepth === depth}
          // Focusing on a node the filters hide would empty the map; "Off" always stays available.
          disabled={depth !== 0 && !nodeShown}
          onClick={() => setFocusDepth(depth)}
        >
          {depth === 0 ? t('evidence.focus.off') : t('evidence.focus.depth', { depth })}
        </button>
      ))}
    </div>
  );
}
