import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { listElements, type EdgeEntry, type NodeEntry } from '../../domain/elementList';
import { useApp, useAppStore } from '../../store/context';
import { selectDisplayed } from '../../store/derived';
import { ElementGroup, itemKey } from './ElementGroup';
import { itemElement, useRovingFocus } from './useRovingFocus';
import './list.css';

/**
 * Every node and relation the map displays, as a keyboard-navigable list that follows the map's
 * selection: the non-visual way to reach everything on the map.
 */
export function ElementList() {
  const graph = useApp((s) => s.graph);
  const displayed = useApp(selectDisplayed);
  const selection = useApp((s) => s.selection);
  const selectAndCenter = useApp((s) => s.selectAndCenter);
  const selectElement = useApp((s) => s.selectElement);
  const hoverNode = useApp((s) => s.hoverNode);
  const resetFilters = useApp((s) => s.resetFilters);
  const store = useAppStore();
  const [query, setQuery] = useState('');
  const [includeHidden, setIncludeHidden] = useState(false);
  const titleId = useId();

  const listing = useMemo(
    () => listElements(graph, displayed, query, includeHidden),
    [graph, displayed, query, includeHidden],
  );
  const keys = useMemo(() => [...listing.nodes, ...listing.edges].map(itemKey), [listing]);
  const selectedKey = selection && selection.type !== 'passage' ? itemKey(selection) : null;
  const { container, tabbable, onFocusItem, onKeyDownItem } = useRovingFocus(keys, selectedKey);

  // A selection made on the map should be findable here without hunting (jsdom lacks scrollIntoView).
  useEffect(() => {
    if (selectedKey)
      itemElement(container.current, selectedKey)?.scrollIntoView?.({ block: 'nearest' });
  }, [selectedKey, container]);

  // React fires no blur when a focused item unmounts (tab switched, item filtered out), so a highlight
  // the list set would linger on the map; it is cleared, unless something else has hovered since.
  const hoveredByList = useRef<string | null>(null);
  const onHover = (id: string | null) => {
    hoveredByList.current = id;
    hoverNode(id);
  };
  useEffect(
    () => () => {
      if (hoveredByList.current && store.getState().hovered === hoveredByList.current)
        store.getState().hoverNode(null);
    },
    [store],
  );

  const onActivate = (entry: NodeEntry | EdgeEntry) =>
    entry.type === 'node'
      ? selectAndCenter({ type: 'node', id: entry.id })
      : selectElement({ type: 'edge', id: entry.id });

  const filtersHideAll = !includeHidden && displayed.nodes.size === 0 && displayed.edges.size === 0;
  const trimmed = query.trim();
  const nothingMatches = !filtersHideAll && keys.length === 0 && trimmed !== '';
  const groupProps = {
    selectedKey,
    tabbable,
    onActivate,
    onFocusItem,
    onKeyDown: onKeyDownItem,
    onHover,
  };

  return (
    <section className="ls-root" aria-labelledby={titleId}>
      <h2 id={titleId} className="ls-title">
        Elements
      </h2>
      <div className="ls-controls">
        <label className="ls-filter">
          <span>Filter list</span>
          <input
            type="search"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            autoComplete="off"
          />
        </label>
        <label className="ls-check">
          <input
            type="checkbox"
            checked={includeHidden}
            onChange={(e) => setIncludeHidden(e.target.checked)}
          />
          Include hidden
        </label>
      </div>
      <p role="status" className="ls-vh">
        {`${listing.nodes.length} nodes and ${listing.edges.length} relations listed`}
      </p>
      <div className="ls-scroll" ref={container}>
        {filtersHideAll ? (
          <div className="ls-empty">
            <p>The filters hide everything.</p>
            <button type="button" className="ls-button" onClick={resetFilters}>
              Reset filters
            </button>
          </div>
        ) : nothingMatches ? (
          <div className="ls-empty">
            <p>Nothing matches “{trimmed}”.</p>
            {listing.hiddenMatches > 0 && (
              <p className="ls-hint">
                {listing.hiddenMatches} hidden by the filters{' '}
                {listing.hiddenMatches === 1 ? 'matches' : 'match'}: tick “Include hidden” to list{' '}
                {listing.hiddenMatches === 1 ? 'it' : 'them'}.
              </p>
            )}
          </div>
        ) : (
          <>
            <ElementGroup title="Nodes" entries={listing.nodes} {...groupProps} />
            <ElementGroup title="Relations" entries={listing.edges} {...groupProps} />
          </>
        )}
      </div>
    </section>
  );
}
