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
import './embed.css';

const PREVIEW_WIDTH = 560;

/**
 * "Embed…": the iframe snippet of the current view (or the tour) for a course page, its size and
 * panels to choose, a preview at that size, and a button that copies the snippet.
 */
export default function EmbedDialog({ onClose }: { onClose: () => void }) {
  const store = useAppStore();
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
      setCopied('Copied the snippet: paste it into the course page’s HTML.');
    } catch {
      setCopied('The browser did not allow copying: select the snippet and copy it.');
    }
  };

  const togglePanel = (panel: EmbedPanel, on: boolean) =>
    setPanels((list) => (on ? [...list, panel] : list.filter((p) => p !== panel)));

  return (
    <ModalDialog title="Embed in a course page" className="embed-dialog" onClose={onClose}>
      {!onSite && (
        <div className="embed-page">
          <p className="embed-note">
            An embed shows a page on the web. To embed this map, save it with Export → “Save as one
            offline page…”, put that file on the course site (course platforms take an HTML file),
            and paste the file’s address here.
          </p>
          <label>
            Address of the saved page{' '}
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
              Paste the whole address of the page, starting with https:// or http://.
            </p>
          )}
        </div>
      )}
      {src && (
        <>
          <div className="embed-options">
            <fieldset>
              <legend>Show</legend>
              <label>
                <input
                  type="radio"
                  name="embed-mode"
                  checked={mode === 'map'}
                  onChange={() => setMode('map')}
                />{' '}
                The map, as it is now
              </label>
              <label>
                <input
                  type="radio"
                  name="embed-mode"
                  checked={mode === 'tour'}
                  onChange={() => setMode('tour')}
                />{' '}
                The tour, from its first step
              </label>
            </fieldset>
            <fieldset>
              <legend>Panels readers may open</legend>
              {(['evidence', 'tools'] as const).map((panel) => (
                <label key={panel}>
                  <input
                    type="checkbox"
                    checked={panels.includes(panel)}
                    onChange={(e) => togglePanel(panel, e.currentTarget.checked)}
                  />{' '}
                  {panel === 'evidence' ? 'Evidence and article' : 'Tools (filters, list, path)'}
                </label>
              ))}
            </fieldset>
            <fieldset className="embed-size">
              <legend>Size in pixels (from 320 × 400)</legend>
              {(['width', 'height'] as const).map((side) => (
                <label key={side}>
                  {side === 'width' ? 'Width' : 'Height'}{' '}
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
            HTML to paste
            <textarea readOnly rows={4} value={snippet} onFocus={(e) => e.currentTarget.select()} />
          </label>
          <div className="embed-copy">
            <button type="button" onClick={() => void copy()}>
              Copy snippet
            </button>
            <span role="status">{copied}</span>
          </div>
          <h3 className="embed-preview-title">
            Preview at {w} × {h}
            {scale < 1 ? `, shown at ${Math.round(scale * 100)}%` : ''}
          </h3>
          <div className="embed-preview" style={{ width: w * scale, height: h * scale }}>
            <iframe
              src={src}
              title="Preview of the embed"
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
