import { STATUS_LABELS } from '../../domain/palette';
import type { EdgeStatus } from '../../domain/schema';

interface Props {
  sentence: string;
  status: EdgeStatus;
  onClick: () => void;
}

/** A relation as a sentence that selects it, with its status in words (the map shows it as a line style). */
export function RelationButton({ sentence, status, onClick }: Props) {
  return (
    <button type="button" className="ev-item" onClick={onClick}>
      <span className="ev-item-text">{sentence}</span>
      <span className="ev-status" data-status={status}>
        {/* The comma keeps the accessible name a sentence: "… to Alpha, proposed". */}
        <span className="ev-visually-hidden">,</span> {STATUS_LABELS[status].toLowerCase()}
      </span>
    </button>
  );
}
