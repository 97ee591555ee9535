import { KIND_LABELS } from '../../domain/palette';
import type { SearchHit } from '../../domain/search';
import { useT } from '../../i18n/react';

interface Props {
  id: string;
  hit: SearchHit;
  active: boolean;
  /** The filters hide this node on the map; choosing it still selects it. */
  hiddenByFilters: boolean;
  onChoose: () => void;
}

/** One suggestion in the search popup: label, the alias that matched (when it differs) and the kind. */
export function SearchOption({ id, hit, active, hiddenByFilters, onChoose }: Props) {
  const { node, matched } = hit;
  const t = useT();
  const alias = matched !== node.label ? t('search.alias', { alias: matched }) : null;
  const kind = KIND_LABELS[node.kind];
  // Spelled out with commas so a screen reader does not run "Gamma Oil" and "Company" together.
  const name = [node.label, alias, kind, hiddenByFilters ? t('search.hidden') : null]
    .filter(Boolean)
    .join(t('app.separator'));
  return (
    // Keyboard users never focus an option: the combobox input handles the keys and points at the
    // active option with aria-activedescendant (WAI-ARIA combobox pattern), so a click handler suffices.
    // eslint-disable-next-line jsx-a11y/click-events-have-key-events
    <li
      id={id}
      role="option"
      aria-selected={active}
      aria-label={name}
      className={active ? 'sr-option sr-option-active' : 'sr-option'}
      onClick={onChoose}
    >
      <span className="sr-option-label">{node.label}</span>
      <span className="sr-option-kind">{kind}</span>
      {alias && <span className="sr-option-alias">{alias}</span>}
      {hiddenByFilters && <span className="sr-option-hidden">{t('search.hiddenBadge')}</span>}
    </li>
  );
}
