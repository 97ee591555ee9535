import { useCallback, useEffect, useRef, type ReactNode } from 'react';
import type { Selection } from '../../domain/evidence';
import { graphIndex } from '../../domain/graphIndex';
import { useT } from '../../i18n/react';
import { useApp } from '../../store/context';
import { EdgeDetails } from './EdgeDetails';
import { NodeDetails } from './NodeDetails';
import { PassageDetails } from './PassageDetails';
import './evidence.css';

/**
 * What the selected node, relation or passage is, and the sentences of the article behind it;
 * `editor`: the tools to edit it, on one's own map.
 */
export function DetailsPanel({ editor = null }: { editor?: ReactNode } = {}) {
  const selection = useApp((s) => s.selection);
  const graph = useApp((s) => s.graph);
  const article = useApp((s) => s.article);
  const selectElement = useApp((s) => s.selectElement);
  const selectAndCenter = useApp((s) => s.selectAndCenter);
  const t = useT();
  const panel = useRef<HTMLElement>(null);
  // Set when a button in this panel changed the selection: that button is gone after the re-render,
  // so keyboard focus would fall to <body>; it moves to the new heading instead. A selection made on
  // the map must not pull focus away from the map, so only this panel's own clicks set it.
  const focusHeading = useRef(false);

  const select = useCallback(
    (ref: Selection) => {
      focusHeading.current = true;
      // A node chosen from a list may be anywhere on the map: bring it into view.
      if (ref.type === 'node') selectAndCenter(ref);
      else selectElement(ref);
    },
    [selectAndCenter, selectElement],
  );

  useEffect(() => {
    const heading = panel.current?.querySelector<HTMLElement>('h2');
    // Whatever scrolls the panel (itself or its slot) shows the top of the new details.
    heading?.scrollIntoView?.({ block: 'nearest' });
    if (focusHeading.current) heading?.focus({ preventScroll: true });
    focusHeading.current = false;
  }, [selection]);

  let content = null;
  if (selection?.type === 'node') {
    const node = graphIndex(graph).node(selection.id);
    if (node) content = <NodeDetails node={node} onSelect={select} />;
  } else if (selection?.type === 'edge') {
    const edge = graphIndex(graph).edge(selection.id);
    if (edge) content = <EdgeDetails edge={edge} onSelect={select} />;
  } else if (selection?.type === 'passage') {
    const block = article.blocks.find((b) => b.id === selection.id);
    if (block) content = <PassageDetails block={block} onSelect={select} />;
  }

  return (
    <section aria-label={t('evidence.panel')} className="ev-panel" ref={panel}>
      {article.blocks.length === 0 && <p className="ev-hint">{t('evidence.noText')}</p>}
      {/* On one's own map: "Edit node" or "Edit relation" for what is shown. */}
      {content && editor}
      {content ?? (
        // Also shown when the selection points at something the dataset no longer has.
        <p className="ev-hint">
          {article.blocks.length === 0 ? t('evidence.hint.noText') : t('evidence.hint')}
        </p>
      )}
    </section>
  );
}
