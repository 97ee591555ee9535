import { useMemo, useState } from 'react';
import { ModalDialog } from '../../components/ModalDialog';
import { quotesOfSelection } from '../../domain/authoring/quotes';
import { useT } from '../../i18n/react';
import { useApp } from '../../store/context';
import { QuoteActionButtons } from './QuoteActionButtons';

const preview = (text: string) => (text.length > 70 ? `${text.slice(0, 69)}…` : text);

/**
 * "Select a passage…": the words of a paragraph chosen by keyboard (or pointer) in a read-only text
 * field, where the arrows with Shift select, then made a node, evidence or a relation. The same
 * quotes as a selection in the reader: cut from the block's text.
 */
export function QuoteDialog({ onClose }: { onClose: () => void }) {
  const t = useT();
  const article = useApp((s) => s.article);
  const selection = useApp((s) => s.selection);
  const [blockId, setBlockId] = useState(
    () => (selection?.type === 'passage' ? selection.id : undefined) ?? article.blocks[0]?.id ?? '',
  );
  const [range, setRange] = useState({ start: 0, end: 0 });
  const block = article.blocks.find((b) => b.id === blockId);
  const quotes = useMemo(
    () =>
      block && range.end > range.start
        ? quotesOfSelection(
            article,
            { block: block.id, offset: range.start },
            { block: block.id, offset: range.end },
          )
        : [],
    [article, block, range],
  );

  const track = (e: { currentTarget: HTMLTextAreaElement }) =>
    setRange({ start: e.currentTarget.selectionStart, end: e.currentTarget.selectionEnd });

  return (
    <ModalDialog title={t('authoring.quoteDialog.title')} className="au-dialog" onClose={onClose}>
      {article.blocks.length === 0 ? (
        <p>{t('authoring.quoteDialog.noText')}</p>
      ) : (
        <div className="au-form">
          <label>
            {t('authoring.quoteDialog.paragraph')}
            <select
              value={blockId}
              onChange={(e) => {
                setBlockId(e.target.value);
                setRange({ start: 0, end: 0 });
              }}
            >
              {article.blocks.map((b, i) => (
                <option key={b.id} value={b.id}>
                  {i + 1}. {preview(b.text)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('authoring.quoteDialog.text')}
            {/* Not `readOnly`: Chromium moves no caret (and selects nothing) by keyboard in a
                read-only field. The text is kept as it is instead: nothing typed, pasted, cut or
                dropped changes it. */}
            <textarea
              aria-readonly="true"
              value={block?.text ?? ''}
              rows={7}
              onChange={() => undefined}
              onBeforeInput={(e) => e.preventDefault()}
              onPaste={(e) => e.preventDefault()}
              onCut={(e) => e.preventDefault()}
              onDrop={(e) => e.preventDefault()}
              onSelect={track}
              onKeyUp={track}
              onMouseUp={track}
            />
          </label>
          <p className="au-selected" role="status">
            {quotes.length > 0
              ? t('authoring.quoteDialog.selected', { quote: quotes[0]!.quote })
              : t('authoring.quoteDialog.nothing')}
          </p>
          <div className="au-actions" role="group" aria-label={t('authoring.quote.actions')}>
            <QuoteActionButtons quotes={quotes} onDone={onClose} />
          </div>
        </div>
      )}
    </ModalDialog>
  );
}
