import { useId, type KeyboardEvent } from 'react';
import type { EdgeEntry, ListPage, NodeEntry } from '../../domain/elementList';
import { formatCount } from '../../components/plural';
import { showMoreLabel } from '../../components/showMoreLabel';
import { useT } from '../../i18n/react';
import { ElementItem } from './ElementItem';

type Entry = NodeEntry | EdgeEntry;

interface Props {
  /** Which group: the nodes, or the relations. */
  group: 'nodes' | 'edges';
  /** How many entries the group lists in all, rendered or not. */
  total: number;
  /** The entries rendered: a page, and the selected one when it lies beyond it. */
  page: ListPage<Entry>;
  /** How many more entries "Show more" adds. */
  step: number;
  onShowMore: () => void;
  selectedKey: string | null;
  tabbable: string | null;
  onActivate: (entry: Entry) => void;
  onFocusItem: (key: string) => void;
  onKeyDown: (event: KeyboardEvent<HTMLElement>) => void;
  onHover: (id: string | null) => void;
}

/** The key that names an item across both groups (a node and an edge may share an id). */
export const itemKey = (entry: { type: 'node' | 'edge'; id: string }) =>
  `${entry.type}:${entry.id}`;

/**
 * A headed group of the list ("Nodes (5)"), its items in a <ul> labelled by the heading. A long group
 * renders a page of its entries (plus the selected one, wherever it lies), a hint that the filter text
 * finds the rest, and a button that renders more.
 */
export function ElementGroup({
  group,
  total,
  page,
  step,
  onShowMore,
  selectedKey,
  tabbable,
  onActivate,
  onFocusItem,
  onKeyDown,
  onHover,
}: Props) {
  const headingId = useId();
  const hintId = useId();
  const shown = page.page.length + (page.selected ? 1 : 0);
  const truncated = page.remaining > 0;
  const t = useT();

  const item = (entry: Entry) => {
    const key = itemKey(entry);
    return (
      <li key={key}>
        <ElementItem
          entry={entry}
          itemKey={key}
          selected={key === selectedKey}
          tabbable={key === tabbable}
          onActivate={onActivate}
          onFocusItem={onFocusItem}
          onKeyDown={onKeyDown}
          onHover={onHover}
        />
      </li>
    );
  };

  return (
    <div className="ls-group">
      <h3 id={headingId} className="ls-group-title">
        {t(`list.group.${group}`, { count: formatCount(total) })}
      </h3>
      {truncated && (
        <p id={hintId} className="ls-hint">
          {t(`list.hint.${group}`, { shown: formatCount(shown), total: formatCount(total) })}
        </p>
      )}
      {total === 0 ? (
        <p className="ls-none">{t('list.none')}</p>
      ) : (
        <ul className="ls-items" aria-labelledby={headingId}>
          {page.page.map(item)}
          {page.selected && page.skipped > 0 && (
            <li className="ls-gap">
              <span aria-hidden="true">⋯ </span>
              {t(`list.gap.${group}`, { count: page.skipped })}
            </li>
          )}
          {page.selected && item(page.selected)}
        </ul>
      )}
      {truncated && (
        <button
          type="button"
          className="ls-button ls-more"
          aria-describedby={hintId}
          onClick={onShowMore}
        >
          {showMoreLabel(page.remaining, step, group === 'nodes' ? 'node' : 'relation')}
        </button>
      )}
    </div>
  );
}
