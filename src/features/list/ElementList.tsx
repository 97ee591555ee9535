import {
  useCallback,
  useDeferredValue,
  useEffect,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import {
  listElements,
  nextLimit,
  pageOf,
  type EdgeEntry,
  type ElementListing,
  type ListPage,
  type NodeEntry,
} from '../../domain/elementList';
import { useApp, useAppStore } from '../../store/context';
import { selectDisplayed } from '../../store/derived';
import type { Translate } from '../../i18n/core';
import { useT } from '../../i18n/react';
import { ElementGroup, itemKey } from './ElementGroup';
import { itemElement, useRovingFocus } from './useRovingFocus';
import './list.css';

/** How many entries of a group are rendered at first, and how many more each "Show more" adds. */
export const PAGE_SIZE = 200;

type Group = 'nodes' | 'edges';

/** What the status line says: the counts listed, and the counts rendered when a group is cut short. */
export function listStatus(
  t: Translate,
  listing: ElementListing,
  shownNodes: number,
  shownEdges: number,
) {
  const nodes = listing.nodes.length;
  const edges = listing.edges.length;
  const listed = t('list.status.listed', { nodes, edges });
  if (shownNodes >= nodes && shownEdges >= edges) return listed;
  return t('list.status.shown', {
    listed,
    nodes:
      shownNodes < nodes ? t('common.nodes', { count: shownNodes }) : t('list.status.allNodes'),
    edges:
      shownEdges < edges ? t('common.relations', { count: shownEdges }) : t('list.status.allEdges'),
  });
}

/**
 * Every node and relation the map displays, as a keyboard-navigable list that follows the map's
 * selection: the non-visual way to reach everything on the map. A long group (an imported graph of
 * thousands) renders a page at a time, and always the selected element; the filter text finds the rest.
 */
export function ElementList({ pageSize = PAGE_SIZE }: { pageSize?: number }) {
  const t = useT();
  // The map comes first: after a new graph or a filter change the list re-renders in a later task, once
  // the map has painted, showing what it showed until then (React's deferred values).
  const graph = useDeferredValue(useApp((s) => s.graph));
  const displayed = useDeferredValue(useApp(selectDisplayed));
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
  const trimmed = query.trim();

  // How far each group is rendered; a new graph or a new filter text starts again from one page.
  const [limits, setLimits] = useState({ graph, query: trimmed, nodes: pageSize, edges: pageSize });
  let current = limits;
  if (limits.graph !== graph || limits.query !== trimmed) {
    current = { graph, query: trimmed, nodes: pageSize, edges: pageSize };
    setLimits(current);
  }

  const selectedNode = selection?.type === 'node' ? selection.id : null;
  const selectedEdge = selection?.type === 'edge' ? selection.id : null;
  const nodePage = useMemo(
    () => pageOf(listing.nodes, current.nodes, selectedNode),
    [listing.nodes, current.nodes, selectedNode],
  );
  const edgePage = useMemo(
    () => pageOf(listing.edges, current.edges, selectedEdge),
    [listing.edges, current.edges, selectedEdge],
  );
  const keys = useMemo(
    () =>
      [nodePage, edgePage].flatMap((p) =>
        (p.selected ? [...p.page, p.selected] : p.page).map(itemKey),
      ),
    [nodePage, edgePage],
  );
  const selectedKey = selection && selection.type !== 'passage' ? itemKey(selection) : null;
  const { container, tabbable, onFocusItem, onKeyDownItem } = useRovingFocus(keys, selectedKey);

  // "Show more" moves focus to the first item it rendered, once that item is in the DOM.
  const focusAfterRender = useRef<string | null>(null);
  useLayoutEffect(() => {
    if (focusAfterRender.current === null) return;
    itemElement(container.current, focusAfterRender.current)?.focus();
    focusAfterRender.current = null;
  });
  const showMore = (group: Group) => {
    const entries: readonly (NodeEntry | EdgeEntry)[] = listing[group];
    const page = group === 'nodes' ? nodePage : edgePage;
    const from = current[group];
    const to = nextLimit(page, from, pageSize);
    setLimits({ ...current, [group]: to });
    // The first entry past the old page, unless it is the selected one, which was on screen already.
    const first = entries.slice(from, to).find((e) => e !== page.selected);
    focusAfterRender.current = first ? itemKey(first) : null;
  };

  // A selection made on the map should be findable here without hunting (jsdom lacks scrollIntoView).
  useEffect(() => {
    if (selectedKey)
      itemElement(container.current, selectedKey)?.scrollIntoView?.({ block: 'nearest' });
  }, [selectedKey, container]);

  // React fires no blur when a focused item unmounts (tab switched, item filtered out), so a highlight
  // the list set would linger on the map; it is cleared, unless something else has hovered since.
  const hoveredByList = useRef<string | null>(null);
  const onHover = useCallback(
    (id: string | null) => {
      hoveredByList.current = id;
      hoverNode(id);
    },
    [hoverNode],
  );
  useEffect(
    () => () => {
      if (hoveredByList.current && store.getState().hovered === hoveredByList.current)
        store.getState().hoverNode(null);
    },
    [store],
  );

  const onActivate = useCallback(
    (entry: NodeEntry | EdgeEntry) =>
      entry.type === 'node'
        ? selectAndCenter({ type: 'node', id: entry.id })
        : selectElement({ type: 'edge', id: entry.id }),
    [selectAndCenter, selectElement],
  );

  const filtersHideAll = !includeHidden && displayed.nodes.size === 0 && displayed.edges.size === 0;
  const nothingMatches =
    !filtersHideAll && listing.nodes.length + listing.edges.length === 0 && trimmed !== '';
  const groupProps = {
    selectedKey,
    tabbable,
    onActivate,
    onFocusItem,
    onKeyDown: onKeyDownItem,
    onHover,
    step: pageSize,
  };
  const rendered = (p: ListPage<NodeEntry | EdgeEntry>) => p.page.length + (p.selected ? 1 : 0);

  return (
    <section className="ls-root" aria-labelledby={titleId}>
      <h2 id={titleId} className="ls-title">
        {t('list.title')}
      </h2>
      <div className="ls-controls">
        <label className="ls-filter">
          <span>{t('list.filter')}</span>
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
          {t('list.includeHidden')}
        </label>
      </div>
      <p role="status" className="ls-vh">
        {listStatus(t, listing, rendered(nodePage), rendered(edgePage))}
      </p>
      <div className="ls-scroll" ref={container}>
        {filtersHideAll ? (
          <div className="ls-empty">
            <p>{t('list.hideAll')}</p>
            <button type="button" className="ls-button" onClick={resetFilters}>
              {t('filters.reset')}
            </button>
          </div>
        ) : nothingMatches ? (
          <div className="ls-empty">
            <p>{t('list.noMatch', { query: query.trim() })}</p>
            {listing.hiddenMatches > 0 && (
              <p className="ls-hint">{t('list.hiddenMatches', { count: listing.hiddenMatches })}</p>
            )}
          </div>
        ) : (
          <>
            <ElementGroup
              group="nodes"
              total={listing.nodes.length}
              page={nodePage}
              onShowMore={() => showMore('nodes')}
              {...groupProps}
            />
            <ElementGroup
              group="edges"
              total={listing.edges.length}
              page={edgePage}
              onShowMore={() => showMore('edges')}
              {...groupProps}
            />
          </>
        )}
      </div>
    </section>
  );
}
