import { useMemo, useState } from 'react';
import { ModalDialog } from '../../components/ModalDialog';
import {
  clampEmbedSize,
  EMBED_MAX,
  EMBED_MIN,
  embedSnippet,
  pageAddress,
  writeEmbed,
  type EmbedMode,
  type EmbedPanel,
} from '../../domain/embed';
import { useApp, useAppStore } from '../../store/context';
import { viewUrl } from '../../store/urlSync';
import { formatNumber } from '../../i18n/core';
import { useT } from '../../i18n/react';
import './embed.css';

const PREVIEW_WIDTH = 560;

/**
 * "Embed…": the iframe snippet of the current view (or the tour) for a course page, its size and
 * panels to choose, a preview at that size, and a button that copies the snippet.
 */
export default function EmbedDialog({ onClose }: { onClose: () => void }) {
  const store = useAppStore();
  const t = useT();
  // The map on screen is this site's own (the article, or an offline page's map with the page on a
  // site): the snippet names this page. Any other map is embedded from a page saved of it.
  const onSite =
    useApp((s) => s.origin === 'article') && /^https?:$/.test(window.location.protocol);
  const [address, setAddress] = useState('');
  const page = onSite ? window.location.href : pageAddress(address);
  const title = useApp((s) => s.article.title);
  const [mode, setMode] = useState<EmbedMode>('map');
  const [panels, setPanels] = useState<readonly EmbedPanel[]>(['evidence']);
  // As typed (a field being cleared is empty); the snippet takes them clamped to what an embed can be.
  const [width, setWidth] = useState('800');
  const [height, setHeight] = useState('600');
  const [copied, setCopied] = useState<string | null>(null);

  const w = clampEmbedSize(Number(width), EMBED_MIN.width, EMBED_MAX.width);
  const h = clampEmbedSize(Number(height), EMBED_MIN.height, EMBED_MAX.height);
  // The view as it is when the dialog opened: the tour from its first step, the map as shown.
  const src = useMemo(() => {
    const s = store.getState();
    if (!page) return null;
    const view = new URL(viewUrl({ ...s, mapId: null }, page));
    const hash = mode === 'tour' ? '' : view.hash.replace(/^#/, '').replace(/(^|&)step=\d+/, '');
    const embed = writeEmbed({ mode, panels });
    return `${view.origin}${view.pathname}${view.search}#${hash ? `${embed}&${hash}` : embed}`;
  }, [store, mode, panels, page]);
  const snippet = src ? embedSnippet(src, w, h, `Silkgraph: ${title}`) : '';
  const scale = Math.min(1, PREVIEW_WIDTH / w);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(snippet);
      setCopied(t('export.embed.copied'));
    } catch {
      setCopied(t('export.embed.copyRefused'));
    }
  };

  const togglePanel = (panel: EmbedPanel, on: boolean) =>
    setPanels((list) => (on ? [...list, panel] : list.filter((p) => p !== panel)));

  return (
    <ModalDialog title={t('export.embed.title')} className="embed-dialog" onClose={onClose}>
      {!onSite && (
        <div className="embed-page">
          <p className="embed-note">
            {t('export.embed.offSite', {
              menu: t('export.menu'),
              item: t('export.offline.label'),
            })}
          </p>
          <label>
            {t('export.embed.address')}{' '}
            <input
              type="url"
              value={address}
              placeholder="https://"
              aria-describedby={address && !page ? 'embed-address-problem' : undefined}
              onChange={(e) => setAddress(e.currentTarget.value)}
            />
          </label>
          {address && !page && (
            <p id="embed-address-problem" className="page-problem">
              {t('export.embed.address.problem')}
            </p>
          )}
        </div>
      )}
      {src && (
        <>
          <div className="embed-options">
            <fieldset>
              <legend>{t('export.embed.show')}</legend>
              <label>
                <input
                  type="radio"
                  name="embed-mode"
                  checked={mode === 'map'}
                  onChange={() => setMode('map')}
                />{' '}
                {t('export.embed.show.map')}
              </label>
              <label>
                <input
                  type="radio"
                  name="embed-mode"
                  checked={mode === 'tour'}
                  onChange={() => setMode('tour')}
                />{' '}
                {t('export.embed.show.tour')}
              </label>
            </fieldset>
            <fieldset>
              <legend>{t('export.embed.panels')}</legend>
              {(['evidence', 'tools'] as const).map((panel) => (
                <label key={panel}>
                  <input
                    type="checkbox"
                    checked={panels.includes(panel)}
                    onChange={(e) => togglePanel(panel, e.currentTarget.checked)}
                  />{' '}
                  {t(
                    panel === 'evidence'
                      ? 'export.embed.panels.evidence'
                      : 'export.embed.panels.tools',
                  )}
                </label>
              ))}
            </fieldset>
            <fieldset className="embed-size">
              <legend>
                {t('export.embed.size', {
                  width: formatNumber(EMBED_MIN.width),
                  height: formatNumber(EMBED_MIN.height),
                })}
              </legend>
              {(['width', 'height'] as const).map((side) => (
                <label key={side}>
                  {t(side === 'width' ? 'export.embed.width' : 'export.embed.height')}{' '}
                  <input
                    type="number"
                    min={EMBED_MIN[side]}
                    max={EMBED_MAX[side]}
                    value={side === 'width' ? width : height}
                    onChange={(e) =>
                      (side === 'width' ? setWidth : setHeight)(e.currentTarget.value)
                    }
                  />
                </label>
              ))}
            </fieldset>
          </div>
          <label className="embed-snippet">
            {t('export.embed.snippet')}
            <textarea readOnly rows={4} value={snippet} onFocus={(e) => e.currentTarget.select()} />
          </label>
          <div className="embed-copy">
            <button type="button" onClick={() => void copy()}>
              {t('export.embed.copy')}
            </button>
            <span role="status">{copied}</span>
          </div>
          {/* Sizes as the snippet writes them ("1280", never "1,280"). */}
          <h3 className="embed-preview-title">
            {scale < 1
              ? t('export.embed.preview.scaled', {
                  width: String(w),
                  height: String(h),
                  percent: formatNumber(scale, { style: 'percent' }),
                })
              : t('export.embed.preview', { width: String(w), height: String(h) })}
          </h3>
          <div className="embed-preview" style={{ width: w * scale, height: h * scale }}>
            <iframe
              src={src}
              title={t('export.embed.preview.frame')}
              width={w}
              height={h}
              style={{ transform: `scale(${scale})` }}
            />
          </div>
        </>
      )}
    </ModalDialog>
  );
}
