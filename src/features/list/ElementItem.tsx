import { memo, type KeyboardEvent } from 'react';
import type { EdgeEntry, NodeEntry } from '../../domain/elementList';
import { ATTRIBUTION_SHORT, KIND_LABELS, STATUS_LABELS, sphereDef } from '../../domain/palette';
import { useApp } from '../../store/context';
import { SphereDots } from './SphereDots';
import { formatCount } from '../../components/plural';
import { useT } from '../../i18n/react';

interface Props {
  entry: NodeEntry | EdgeEntry;
  itemKey: string;
  selected: boolean;
  tabbable: boolean;
  onActivate: (entry: NodeEntry | EdgeEntry) => void;
  onFocusItem: (key: string) => void;
  onKeyDown: (event: KeyboardEvent<HTMLElement>) => void;
  /** Lights the node up on the map; null when the pointer or focus leaves. */
  onHover?: (id: string | null) => void;
}

/**
 * One node or relation as a button whose name says everything the row shows (kind, or status and
 * whose claim, and spheres).
 * Memoized: the list passes stable handlers, so a new selection re-renders the two items it concerns.
 */
export const ElementItem = memo(function ElementItem({
  entry,
  itemKey,
  selected,
  tabbable,
  onActivate,
  onFocusItem,
  onKeyDown,
  onHover,
}: Props) {
  const defs = useApp((s) => s.spheres);
  // A map of a text promises a passage behind everything: what has none is said, in the name too.
  const unsourced = useApp((s) => s.article.blocks.length > 0) && entry.unsourced === true;
  const t = useT();
  const separator = t('app.separator');
  const title = entry.type === 'node' ? entry.label : entry.sentence;
  // A relation's status, then whose claim it is: "Risk · author’s assessment".
  const meta =
    entry.type === 'node'
      ? KIND_LABELS[entry.kind]
      : [STATUS_LABELS[entry.status], entry.attribution && ATTRIBUTION_SHORT[entry.attribution]]
          .filter(Boolean)
          .join(' · ');
  const spheres = entry.domains.map((d) => sphereDef(defs, d).label);
  // A relation the map draws inside a bundled link: this list is where each of them is reached.
  const bundle =
    entry.type === 'edge' && entry.bundle
      ? t('list.item.bundle', {
          size: formatCount(entry.bundle.size),
          from: entry.bundle.between[0],
          to: entry.bundle.between[1],
        })
      : null;
  // The dots and badge are drawn for the eye; the name carries the same facts in words, comma-separated.
  const name = [
    title,
    meta.replace(' · ', separator),
    ...spheres,
    bundle,
    entry.hidden ? t('list.item.hidden') : null,
    unsourced ? t('list.item.unsourced') : null,
  ]
    .filter(Boolean)
    .join(separator);
  const hover = onHover && entry.type === 'node' ? onHover : undefined;

  return (
    <button
      type="button"
      className={`ls-item${entry.hidden ? ' ls-item-hidden' : ''}`}
      data-key={itemKey}
      aria-label={name}
      aria-pressed={selected}
      tabIndex={tabbable ? 0 : -1}
      onClick={() => onActivate(entry)}
      onKeyDown={onKeyDown}
      onFocus={() => {
        onFocusItem(itemKey);
        hover?.(entry.id);
      }}
      onBlur={() => hover?.(null)}
      onMouseEnter={() => hover?.(entry.id)}
      onMouseLeave={() => hover?.(null)}
    >
      <span className="ls-item-text">
        <span className="ls-item-title">{title}</span>
        <span className="ls-item-meta">
          {meta}
          {entry.type === 'edge' && entry.bundle && (
            <span className="ls-badge" title={bundle ?? undefined}>
              {t('list.badge.bundle', { size: formatCount(entry.bundle.size) })}
            </span>
          )}
          {entry.hidden && <span className="ls-badge">{t('list.badge.hidden')}</span>}
          {unsourced && <span className="ls-badge ls-badge-warn">{t('list.badge.unsourced')}</span>}
        </span>
      </span>
      <SphereDots spheres={entry.domains} />
    </button>
  );
});
