import { ATTRIBUTION_SHORT, STATUS_LABELS } from '../../domain/palette';
import type { Attribution, EdgeStatus } from '../../domain/schema';
import { useT } from '../../i18n/react';

interface Props {
  sentence: string;
  status: EdgeStatus;
  /** Whose claim; left out for a relation that does not say (an import). */
  attribution?: Attribution | undefined;
  onClick: () => void;
}

/**
 * A relation as a sentence that selects it, with its status and whose claim it is in words (the
 * map shows them as a line style and a tail mark).
 */
export function RelationButton({ sentence, status, attribution, onClick }: Props) {
  // Also renders this button again in a new language, inside a list item that is memoized.
  const t = useT();
  const comma = t('evidence.relation.comma');
  return (
    <button type="button" className="ev-item" onClick={onClick}>
      <span className="ev-item-text">{sentence}</span>
      <span className="ev-status" data-status={status}>
        {/* The comma keeps the accessible name a sentence: "… to Alpha, proposed". */}
        <span className="ev-visually-hidden">{comma}</span> {STATUS_LABELS[status].toLowerCase()}
      </span>
      {attribution && (
        <span className="ev-item-claim">
          <span className="ev-visually-hidden">{comma}</span> {ATTRIBUTION_SHORT[attribution]}
        </span>
      )}
    </button>
  );
}
