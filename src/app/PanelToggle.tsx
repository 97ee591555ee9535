import { useApp, useAppStore } from '../store/context';
import type { PanelName } from '../store/store';
import { togglePanelFor } from './panelLayout';
import { useT } from '../i18n/react';

interface Props {
  panel: PanelName;
  /** The id of the column it opens and closes. */
  controls: string;
  /** The key that does the same (see usePanelKeys). */
  shortcut: string;
}

/** Opens and closes a side column (a drawer on a narrow screen, a sheet on a phone). */
export function PanelToggle({ panel, controls, shortcut }: Props) {
  const store = useAppStore();
  const t = useT();
  const label = t(`app.panel.${panel}`);
  const open = useApp((s) => s.panels[panel]);
  return (
    <button
      type="button"
      className={`panel-toggle panel-toggle-${panel}`}
      aria-expanded={open}
      aria-controls={controls}
      aria-label={label}
      aria-keyshortcuts={shortcut}
      title={t(`app.panel.${open ? 'hide' : 'show'}.${panel}`, { key: shortcut })}
      onClick={() => togglePanelFor(store, panel)}
    >
      <span aria-hidden="true" className="panel-toggle-icon">
        {panel === 'tools' ? '◧' : '◨'}
      </span>
      <span className="panel-toggle-label">{label}</span>
    </button>
  );
}
