import { useId, useState, type MouseEvent } from 'react';
import { withoutEmbed, type EmbedOptions } from '../domain/embed';
import { useApp, useAppStore } from '../store/context';
import { viewUrl } from '../store/urlSync';
import { MapLegend } from './MapLegend';
import { PanelToggle } from './PanelToggle';
import { useT } from '../i18n/react';

/** This view in the full app: the page's address with the view's hash and no embed options. */
function fullAppUrl(href: string, hash: string): string {
  const base = href.split('#')[0] ?? '';
  const rest = withoutEmbed(hash);
  return rest ? `${base}#${rest}` : base;
}

/**
 * The embed's one slim bar in place of the app's header: the map's title, the panels the course
 * page offers, and a link that opens the full app on the same view in a new tab.
 */
export function EmbedBar({ embed }: { embed: EmbedOptions }) {
  const store = useAppStore();
  const title = useApp((s) => s.article.title);
  const author = useApp((s) => s.article.author);
  const t = useT();
  const open = (e: MouseEvent<HTMLAnchorElement>) => {
    // The view as it is now, not as the embed opened.
    const href = viewUrl(store.getState(), window.location.href);
    e.currentTarget.href = fullAppUrl(href, new URL(href).hash);
  };
  return (
    <header className="topbar embed-bar">
      {embed.panels.includes('tools') && (
        <PanelToggle panel="tools" controls="tools-panel" shortcut="[" />
      )}
      <h1 className="embed-title" title={author ? `${title} — ${author}` : title}>
        {title}
        {author && <span className="embed-author"> — {author}</span>}
      </h1>
      <a
        className="embed-open"
        href={fullAppUrl(window.location.href, window.location.hash)}
        target="_blank"
        rel="noopener"
        onClick={open}
      >
        {t('app.embed.open')}
        <span aria-hidden="true"> ↗</span>
        <span className="visually-hidden"> {t('app.embed.newTab')}</span>
      </a>
      {embed.panels.includes('evidence') && (
        <PanelToggle panel="evidence" controls="evidence-panel" shortcut="]" />
      )}
    </header>
  );
}

/** The embed's legend: a button in the map's corner that shows the full legend on demand. */
export function EmbedLegend() {
  const [shown, setShown] = useState(false);
  const t = useT();
  const id = useId();
  return (
    <div className="embed-legend">
      <button
        type="button"
        aria-expanded={shown}
        aria-controls={id}
        onClick={() => setShown((s) => !s)}
      >
        {t('app.legend')}
      </button>
      <div id={id} hidden={!shown}>
        {shown && <MapLegend />}
      </div>
    </div>
  );
}
