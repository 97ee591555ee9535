import { useId } from 'react';
import { useApp } from '../../store/context';

const DEPTHS = [
  { depth: 1, label: '1 step' },
  { depth: 2, label: '2 steps' },
  { depth: 0, label: 'Off' },
] as const;

/** Narrows the map to the selected node's neighbourhood (the store centres focus on the selection). */
export function FocusControls({ nodeShown }: { nodeShown: boolean }) {
  const focusDepth = useApp((s) => s.focusDepth);
  const setFocusDepth = useApp((s) => s.setFocusDepth);
  const labelId = useId();
  return (
    <div className="ev-focus" role="group" aria-labelledby={labelId}>
      <span id={labelId} className="ev-focus-label">
        Focus neighbourhood
      </span>
      {DEPTHS.map(({ depth, label }) => (
        <button
          key={depth}
          type="button"
          className="ev-toggle"
          aria-pressed={focusDepth === depth}
          // Focusing on a node the filters hide would empty the map; "Off" always stays available.
          disabled={depth !== 0 && !nodeShown}
          onClick={() => setFocusDepth(depth)}
        >
          {label}
        </button>
      ))}
    </div>
  );
}
