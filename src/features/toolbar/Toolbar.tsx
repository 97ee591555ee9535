import { useState } from 'react';
import type { SizeBy } from '../../domain/metrics';
import { useApp, useAppStore } from '../../store/context';
import { viewUrl } from '../../store/urlSync';

/** Map actions that are not filters: fit, re-arrange, sizing, copying a link to this view. */
export function MapActions() {
  const fitView = useApp((s) => s.fitView);
  const rearrangeVisible = useApp((s) => s.rearrangeVisible);
  const sizeBy = useApp((s) => s.sizeBy);
  const setSizeBy = useApp((s) => s.setSizeBy);
  const [copied, setCopied] = useState<'idle' | 'copied' | 'failed'>('idle');
  const store = useAppStore();

  const copyLink = async () => {
    try {
      // The view now, even if the address bar has not caught up with it yet.
      await navigator.clipboard.writeText(viewUrl(store.getState(), window.location.href));
      setCopied('copied');
    } catch {
      setCopied('failed');
    }
    window.setTimeout(() => setCopied('idle'), 2500);
  };

  return (
    <div className="map-actions" role="toolbar" aria-label="Map actions">
      <button type="button" onClick={fitView}>
        Fit to screen
      </button>
      <button type="button" onClick={rearrangeVisible} title="Lay out only what the filters show">
        Re-arrange <span className="label-extra">visible</span>
      </button>
      <label className="inline-select">
        Size <span className="label-extra">nodes</span> by
        <select value={sizeBy} onChange={(e) => setSizeBy(e.target.value as SizeBy)}>
          <option value="none">nothing</option>
          <option value="degree">degree</option>
          <option value="betweenness">betweenness</option>
        </select>
      </label>
      <button type="button" onClick={copyLink}>
        Copy link <span className="label-extra">to this view</span>
      </button>
      <span role="status" className="copy-status">
        {copied === 'copied'
          ? 'Link copied.'
          : copied === 'failed'
            ? 'Copy failed: the link is in the address bar.'
            : ''}
      </span>
    </div>
  );
}
