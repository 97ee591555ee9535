import { useId, type KeyboardEvent } from 'react';
import type { EdgeEntry, NodeEntry } from '../../domain/elementList';
import { ElementItem } from './ElementItem';

interface Props {
  title: string;
  entries: readonly (NodeEntry | EdgeEntry)[];
  selectedKey: string | null;
  tabbable: string | null;
  onActivate: (entry: NodeEntry | EdgeEntry) => void;
  onFocusItem: (key: string) => void;
  onKeyDown: (event: KeyboardEvent<HTMLElement>) => void;
  onHover: (id: string | null) => void;
}

/** The key that names an item across both groups (a node and an edge may share an id). */
export const itemKey = (entry: { type: 'node' | 'edge'; id: string }) =>
  `${entry.type}:${entry.id}`;

/** A headed group of the list ("Nodes (5)"), its items in a <ul> labelled by the heading. */
export function ElementGroup({
  title,
  entries,
  selectedKey,
  tabbable,
  onActivate,
  onFocusItem,
  onKeyDown,
  onHover,
}: Props) {
  const headingId = useId();
  return (
    <div className="ls-group">
      <h3 id={headingId} className="ls-group-title">
        {title} ({entries.length})
      </h3>
      {entries.length === 0 ? (
        <p className="ls-none">None listed.</p>
      ) : (
        <ul className="ls-items" aria-labelledby={headingId}>
          {entries.map((entry) => {
            const key = itemKey(entry);
            return (
              <li key={key}>
                <ElementItem
                  entry={entry}
                  itemKey={key}
                  selected={key === selectedKey}
                  tabbable={key === tabbable}
                  onActivate={() => onActivate(entry)}
                  onFocusItem={onFocusItem}
                  onKeyDown={onKeyDown}
                  onHover={onHover}
                />
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
