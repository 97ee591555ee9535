import { useState } from 'react';
import type { SizeBy } from '../../domain/metrics';
import { useApp, useAppStore } from '../../store/context';
import { viewUrl } from '../../store/urlSync';
import { Rich } from '../../i18n/Rich';
import { useT } from '../../i18n/react';

/** Map actions that are not filters: fit, re-arrange, sizing, copying a link to this view. */
export function MapActions() {
  const fitView = useApp((s) => s.fitView);
  const rearrangeVisible = useApp((s) => s.rearrangeVisible);
  const sizeBy = useApp((s) => s.sizeBy);
  const setSizeBy = useApp((s) => s.setSizeBy);
  const [copied, setCopied] = useState<'idle' | 'copied' | 'failed'>('idle');
  const store = useAppStore();
  const t = useT();

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
    <div className="map-actions" role="toolbar" aria-label={t('app.actions')}>
      <button type="button" onClick={fitView}>
        {t('app.fit')}
      </button>
      <button type="button" onClick={rearrangeVisible} title={t('app.rearrange.title')}>
        <Rich
          id="app.rearrange"
          parts={{ visible: <span className="label-extra">{t('app.rearrange.visible')}</span> }}
        />
      </button>
      <label className="inline-select">
        <Rich
          id="app.size"
          parts={{ nodes: <span className="label-extra">{t('app.size.nodes')}</span> }}
        />
        <select value={sizeBy} onChange={(e) => setSizeBy(e.target.value as SizeBy)}>
          <option value="none">{t('app.size.none')}</option>
          <option value="degree">{t('app.size.degree')}</option>
          <option value="betweenness">{t('app.size.betweenness')}</option>
        </select>
      </label>
      <button type="button" onClick={copyLink}>
        <Rich
          id="app.copyLink"
          parts={{ extra: <span className="label-extra">{t('app.copyLink.extra')}</span> }}
        />
      </button>
      <span role="status" className="copy-status">
        {copied === 'copied' ? t('app.copied') : copied === 'failed' ? t('app.copyFailed') : ''}
      </span>
    </div>
  );
}
