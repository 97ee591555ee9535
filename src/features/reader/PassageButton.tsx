import { useT } from '../../i18n/react';

interface Props {
  blockId: string;
  /** The passage's short name (its first words), which tells this button from the others. */
  name: string;
  /** How many displayed elements the passage supports. */
  count: number;
  selected: boolean;
  onToggle: (blockId: string) => void;
}

/**
 * The way into the map from a marked passage, by keyboard (a click on the passage's text does the
 * same). A small button rather than a clickable paragraph, so screen readers announce a short name
 * instead of reading the whole paragraph as a button: the passage's first words, so that each
 * button says which passage it is, and the visible count (WCAG 2.5.3, label in name).
 */
export function PassageButton({ blockId, name, count, selected, onToggle }: Props) {
  const t = useT();
  const label = t('reader.passageButton', { name, count });
  return (
    <button
      type="button"
      className="rd-passage-btn"
      aria-label={label}
      aria-pressed={selected}
      title={selected ? t('reader.clearSelection') : label}
      onClick={() => onToggle(blockId)}
    >
      <svg
        className="rd-icon"
        viewBox="0 0 16 16"
        width="12"
        height="12"
        aria-hidden="true"
        focusable="false"
      >
        <circle cx="3" cy="8" r="2.2" />
        <circle cx="13" cy="3.5" r="2.2" />
        <circle cx="13" cy="12.5" r="2.2" />
        <path d="M3 8 13 3.5M3 8l10 4.5" strokeWidth="1.5" stroke="currentColor" fill="none" />
      </svg>
      {count}
    </button>
  );
}
