import { memo, useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { nextLimit, pageOf } from '../../domain/elementList';
import type { ElementRef, Selection } from '../../domain/evidence';
import { graphIndex } from '../../domain/graphIndex';
import { relationSentence, splitSupport } from '../../domain/relations';
import type { Attribution, Block, EdgeStatus } from '../../domain/schema';
import { selectDisplayed, selectElementsByBlock } from '../../store/derived';
import type { Translate } from '../../i18n/core';
import { useT } from '../../i18n/react';
import { useApp } from '../../store/context';
import { formatCount } from '../../components/plural';
import { showMoreLabel, type ListNoun } from '../../components/showMoreLabel';
import { PassageFigure } from './PassageFigure';
import { RelationButton } from './RelationButton';

/** How many nodes and how many relations a passage lists at first, and how many more "Show more" adds. */
export const PASSAGE_PAGE_SIZE = 50;

interface Props {
  block: Block;
  onSelect: (ref: Selection) => void;
  /** Nodes and relations listed at first, each; tests use a smaller page. */
  pageSize?: number;
}

type Group = 'nodes' | 'edges';

const NONE: never[] = [];
const NOUN: Record<Group, ListNoun> = { nodes: 'node', edges: 'relation' };
const keyOf = (ref: ElementRef) => `${ref.type}:${ref.id}`;

interface Shown {
  shown: number;
  total: number;
}

/** "Showing 50 of 1,200 nodes and all 3 relations.": how much of each group the list shows. */
function showing(t: Translate, nodes: Shown, edges: Shown): string {
  const part = (id: 'evidence.passage.nodes' | 'evidence.passage.relations', g: Shown) =>
    t(id, {
      state: g.shown < g.total ? 'some' : g.total === 1 ? 'single' : 'all',
      shown: formatCount(g.shown),
      total: g.total,
    });
  if (nodes.total > 0 && edges.total > 0)
    return t('evidence.passage.showingBoth', {
      nodes: part('evidence.passage.nodes', nodes),
      relations: part('evidence.passage.relations', edges),
    });
  return t('evidence.passage.showingOne', {
    group:
      nodes.total > 0
        ? part('evidence.passage.nodes', nodes)
        : part('evidence.passage.relations', edges),
  });
}

interface ItemProps {
  item: ElementRef;
  /** A node's label, or a relation's sentence. */
  name: string;
  /** A relation's status; undefined for a node (or a relation the graph lacks). */
  status: EdgeStatus | undefined;
  /** A relation's attribution (whose claim), when it says. */
  attribution?: Attribution | undefined;
  onSelect: (ref: Selection) => void;
}

/**
 * One thing the passage supports, as a button that selects it; memoized, so a filter toggle that
 * leaves it listed does not render it again.
 */
const SupportItem = memo(function SupportItem({
  item,
  name,
  status,
  attribution,
  onSelect,
}: ItemProps) {
  return status ? (
    <RelationButton
      sentence={name}
      status={status}
      attribution={attribution}
      onClick={() => onSelect(item)}
    />
  ) : (
    <button type="button" className="ev-item" onClick={() => onSelect(item)}>
      {name}
    </button>
  );
});

/**
 * A passage of the article: its text with every quote marked, and the nodes and relations it supports.
 * A passage of an imported graph can support thousands: the nodes, then the relations, are listed a page
 * of each at a time, with a button per group that lists more.
 */
export function PassageDetails({ block, onSelect, pageSize = PASSAGE_PAGE_SIZE }: Props) {
  const t = useT();
  const graph = useApp((s) => s.graph);
  const article = useApp((s) => s.article);
  const displayed = useApp(selectDisplayed);
  const refs = useApp((s) => selectElementsByBlock(s).get(block.id) ?? NONE);
  const index = graphIndex(graph);
  const { nodes, edges, hidden } = useMemo(() => splitSupport(refs, displayed), [refs, displayed]);
  const listHeading = useId();
  const hintId = useId();
  const list = useRef<HTMLUListElement>(null);
  const sectionTitle = article.sections.find((s) => s.id === block.section)?.title ?? block.section;

  // How far each group is listed; another passage or another graph starts again from one page.
  const [limits, setLimits] = useState({
    graph,
    block: block.id,
    nodes: pageSize,
    edges: pageSize,
  });
  let current = limits;
  if (limits.graph !== graph || limits.block !== block.id) {
    current = { graph, block: block.id, nodes: pageSize, edges: pageSize };
    setLimits(current);
  }
  const pages = {
    nodes: pageOf(nodes, current.nodes, null),
    edges: pageOf(edges, current.edges, null),
  };
  const shown = [...pages.nodes.page, ...pages.edges.page];
  const truncated = pages.nodes.remaining > 0 || pages.edges.remaining > 0;

  // "Show more" moves focus to the first item it listed, once that item is in the DOM: the button may
  // be gone (nothing left to show), and the new items are what the user asked for.
  const focusAfterRender = useRef<string | null>(null);
  useLayoutEffect(() => {
    const key = focusAfterRender.current;
    if (key === null) return;
    focusAfterRender.current = null;
    const item = [...(list.current?.children ?? [])].find(
      (li) => li instanceof HTMLElement && li.dataset.key === key,
    );
    item?.querySelector('button')?.focus();
  });
  const showMore = (group: Group) => {
    const from = current[group];
    setLimits({ ...current, [group]: nextLimit(pages[group], from, pageSize) });
    const first = (group === 'nodes' ? nodes : edges)[from];
    focusAfterRender.current = first ? keyOf(first) : null;
  };

  return (
    <article className="ev-details">
      <header className="ev-header">
        <h2 className="ev-title" tabIndex={-1}>
          {t('evidence.passage.heading')}
        </h2>
      </header>
      <PassageFigure
        block={block}
        sectionTitle={sectionTitle}
        quotes={index.quotesInBlock(block.id)}
      />
      <div className="ev-group">
        <h3 id={listHeading} className="ev-subheading">
          {t('evidence.passage.supports')}
        </h3>
        {refs.length === 0 && <p className="ev-note">{t('evidence.passage.none')}</p>}
        {truncated && (
          <p id={hintId} className="ev-note">
            {showing(
              t,
              { shown: pages.nodes.page.length, total: nodes.length },
              { shown: pages.edges.page.length, total: edges.length },
            )}
          </p>
        )}
        {shown.length > 0 && (
          <ul className="ev-list" aria-labelledby={listHeading} ref={list}>
            {shown.map((ref) => {
              const key = keyOf(ref);
              const edge = ref.type === 'edge' ? index.edge(ref.id) : undefined;
              return (
                <li key={key} data-key={key}>
                  <SupportItem
                    item={ref}
                    name={
                      edge
                        ? relationSentence(edge, index.labels)
                        : (index.labels.get(ref.id) ?? ref.id)
                    }
                    status={edge?.status}
                    attribution={edge?.attribution}
                    onSelect={onSelect}
                  />
                </li>
              );
            })}
          </ul>
        )}
        {(['nodes', 'edges'] as const).map(
          (group) =>
            pages[group].remaining > 0 && (
              <button
                key={group}
                type="button"
                className="ev-link ev-more"
                aria-describedby={hintId}
                onClick={() => showMore(group)}
              >
                {showMoreLabel(pages[group].remaining, pageSize, NOUN[group])}
              </button>
            ),
        )}
        {hidden > 0 && (
          <p className="ev-note">
            {nodes.length + edges.length === 0
              ? t('evidence.passage.allHidden', { count: hidden })
              : t('evidence.passage.moreHidden', { count: hidden })}
          </p>
        )}
      </div>
    </article>
  );
}
