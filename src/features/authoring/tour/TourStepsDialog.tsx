import { useEffect, useRef, useState, type DragEvent } from 'react';
import { ModalDialog } from '../../../components/ModalDialog';
import {
  editStepNotes,
  editStepText,
  moveStep,
  removeStep,
} from '../../../domain/authoring/tourSteps';
import { MAX_NOTES_LENGTH } from '../../../domain/speakerNotes';
import type { TourStep } from '../../../domain/tour';
import { useT } from '../../../i18n/react';
import { useApp, useAppStore } from '../../../store/context';
import './tourAuthoring.css';

/** The type of a dragged step in the browser's drag and drop (its index). */
const DRAG_TYPE = 'application/x-silkgraph-step';

/**
 * "Tour steps": the map's tour listed, each step's title, caption and speaker notes to edit, Delete, Preview, and
 * its place to change by Move up / Move down or by dragging it. Every change is one undo step
 * (`changeMap({ tour })`), saved with the map.
 */
export default function TourStepsDialog({ onClose }: { onClose: () => void }) {
  const t = useT();
  const store = useAppStore();
  const tour = useApp((s) => s.tour);
  const [announce, setAnnounce] = useState('');
  /** After a move or a delete, the control to give focus to once the list is drawn again. */
  const refocus = useRef<{ id: string; control: string } | null>(null);
  const list = useRef<HTMLOListElement>(null);
  const [dragging, setDragging] = useState<number | null>(null);
  const [over, setOver] = useState<number | null>(null);
  const dialogOf = () => list.current?.closest('dialog') ?? null;

  useEffect(() => {
    const target = refocus.current;
    if (!target) return;
    refocus.current = null;
    const item = list.current?.querySelector<HTMLElement>(`[data-step="${CSS.escape(target.id)}"]`);
    const control = item?.querySelector<HTMLElement>(`[data-control="${target.control}"]`);
    // A button that is now disabled (Move up at the top) leaves focus on its step's other one.
    if (control && !(control as HTMLButtonElement).disabled) control.focus();
    else item?.querySelector<HTMLElement>('button:not(:disabled)')?.focus();
  }, [tour]);

  const move = (from: number, to: number, control: string) => {
    const s = store.getState();
    if (!s.tour) return;
    const next = moveStep(s.tour, from, to);
    if (next === s.tour) return;
    const step = s.tour.steps[from]!;
    refocus.current = { id: step.id, control };
    s.changeMap({ tour: next });
    setAnnounce(
      t('authoring.steps.moved', {
        title: step.title,
        n: next.steps.indexOf(step) + 1,
        total: next.steps.length,
      }),
    );
  };

  const remove = (index: number) => {
    const s = store.getState();
    if (!s.tour) return;
    const step = s.tour.steps[index]!;
    const next = removeStep(s.tour, index);
    const neighbour = s.tour.steps[index + 1] ?? s.tour.steps[index - 1];
    if (neighbour) refocus.current = { id: neighbour.id, control: 'delete' };
    s.changeMap({ tour: next });
    setAnnounce(t('authoring.steps.deleted', { n: index + 1, title: step.title }));
  };

  const preview = (index: number) => {
    const s = store.getState();
    dialogOf()?.close();
    if (s.tour) s.startTour(s.tour, index);
  };

  const drop = (e: DragEvent, to: number) => {
    e.preventDefault();
    const from = Number(e.dataTransfer.getData(DRAG_TYPE));
    setDragging(null);
    setOver(null);
    if (Number.isInteger(from)) move(from, to, 'handle');
  };

  return (
    <ModalDialog
      title={t('authoring.steps.title')}
      onClose={onClose}
      className="ta-dialog ta-steps-dialog"
    >
      {!tour ? (
        <p className="ta-note">{t('authoring.steps.noTour')}</p>
      ) : (
        <>
          <TourTitle title={tour.title} />
          <p className="ta-note">{t('authoring.steps.count', { count: tour.steps.length })}</p>
          <ol ref={list} className="ta-steps">
            {tour.steps.map((step, i) => (
              <li
                key={step.id}
                data-step={step.id}
                className={`ta-step${dragging === i ? ' dragging' : ''}${over === i && dragging !== i ? ' drop-target' : ''}`}
                onDragOver={(e) => {
                  if (!e.dataTransfer.types.includes(DRAG_TYPE)) return;
                  e.preventDefault();
                  e.dataTransfer.dropEffect = 'move';
                  setOver(i);
                }}
                onDragLeave={() => setOver((o) => (o === i ? null : o))}
                onDrop={(e) => drop(e, i)}
              >
                <StepRow
                  step={step}
                  index={i}
                  count={tour.steps.length}
                  onMove={move}
                  onRemove={remove}
                  onPreview={preview}
                  onDragStart={(e) => {
                    e.dataTransfer.setData(DRAG_TYPE, String(i));
                    e.dataTransfer.effectAllowed = 'move';
                    const item = e.currentTarget.closest('li');
                    if (item) e.dataTransfer.setDragImage(item, 16, 16);
                    setDragging(i);
                  }}
                  onDragEnd={() => {
                    setDragging(null);
                    setOver(null);
                  }}
                />
              </li>
            ))}
          </ol>
        </>
      )}
      <p className="visually-hidden" role="status">
        {announce}
      </p>
    </ModalDialog>
  );
}

/** The tour's title (a new tour's is the text's), kept when the field is left. */
function TourTitle({ title }: { title: string }) {
  const t = useT();
  const store = useAppStore();
  const [draft, setDraft] = useState(title);
  const [shown, setShown] = useState(title);
  const [problem, setProblem] = useState(false);
  if (shown !== title) {
    setShown(title);
    setDraft(title);
  }
  const commit = () => {
    const s = store.getState();
    if (!s.tour || draft === s.tour.title) return;
    setProblem(!draft.trim());
    if (draft.trim()) s.changeMap({ tour: { ...s.tour, title: draft.trim() } });
  };
  return (
    <>
      <label className="ta-tour-title">
        {t('authoring.steps.tourTitle')}
        <input
          value={draft}
          aria-describedby={problem ? 'ta-tour-title-problem' : undefined}
          onChange={(e) => setDraft(e.target.value)}
          onBlur={commit}
          onKeyDown={(e) => {
            if (e.key === 'Enter') commit();
          }}
        />
      </label>
      {problem && (
        <p id="ta-tour-title-problem" className="ta-problem" role="alert">
          {t('authoring.steps.tourTitleNeeded', { title })}
        </p>
      )}
    </>
  );
}

interface RowProps {
  step: TourStep;
  index: number;
  count: number;
  onMove: (from: number, to: number, control: string) => void;
  onRemove: (index: number) => void;
  onPreview: (index: number) => void;
  onDragStart: (e: DragEvent<HTMLElement>) => void;
  onDragEnd: () => void;
}

/** One step: its handle, number, title, caption and notes (kept when left), and its buttons. */
function StepRow({
  step,
  index,
  count,
  onMove,
  onRemove,
  onPreview,
  onDragStart,
  onDragEnd,
}: RowProps) {
  const t = useT();
  const store = useAppStore();
  const [title, setTitle] = useState(step.title);
  const [caption, setCaption] = useState(step.caption);
  const [notes, setNotes] = useState(step.notes ?? '');
  const [problem, setProblem] = useState<string | null>(null);
  const n = index + 1;
  const problemId = `ta-step-problem-${step.id}`;

  // An undo or redo brings the step's words back: the fields follow (adjusted while rendering).
  const [shown, setShown] = useState({
    title: step.title,
    caption: step.caption,
    notes: step.notes,
  });
  if (shown.title !== step.title || shown.caption !== step.caption || shown.notes !== step.notes) {
    setShown({ title: step.title, caption: step.caption, notes: step.notes });
    setTitle(step.title);
    setCaption(step.caption);
    setNotes(step.notes ?? '');
  }

  const commit = () => {
    if (title === step.title && caption === step.caption) return;
    if (!title.trim() || !caption.trim()) {
      setProblem(
        t('authoring.steps.textNeeded', { n, missing: !title.trim() ? 'title' : 'caption' }),
      );
      return;
    }
    setProblem(null);
    const s = store.getState();
    if (s.tour) s.changeMap({ tour: editStepText(s.tour, index, { title, caption }) });
  };

  // Notes may be emptied (the step then has none): one undo step each time they are left changed.
  const commitNotes = () => {
    const s = store.getState();
    if (!s.tour) return;
    const next = editStepNotes(s.tour, index, notes);
    if (next !== s.tour) s.changeMap({ tour: next });
  };

  return (
    <>
      <div className="ta-step-head">
        <span
          className="ta-handle"
          draggable
          data-control="handle"
          title={t('authoring.steps.drag')}
          aria-hidden="true"
          onDragStart={onDragStart}
          onDragEnd={onDragEnd}
        >
          ⠿
        </span>
        <h3 className="ta-step-number">{t('authoring.steps.step', { n })}</h3>
        <div className="ta-step-buttons">
          <button
            type="button"
            data-control="up"
            aria-label={t('authoring.steps.moveUpLabel', { n })}
            disabled={index === 0}
            onClick={() => onMove(index, index - 1, 'up')}
          >
            {t('authoring.steps.moveUp')}
          </button>
          <button
            type="button"
            data-control="down"
            aria-label={t('authoring.steps.moveDownLabel', { n })}
            disabled={index === count - 1}
            onClick={() => onMove(index, index + 1, 'down')}
          >
            {t('authoring.steps.moveDown')}
          </button>
          <button
            type="button"
            data-control="preview"
            aria-label={t('authoring.steps.previewLabel', { n })}
            onClick={() => onPreview(index)}
          >
            {t('authoring.steps.preview')}
          </button>
          <button
            type="button"
            data-control="delete"
            aria-label={t('authoring.steps.deleteLabel', { n })}
            onClick={() => onRemove(index)}
          >
            {t('authoring.delete')}
          </button>
        </div>
      </div>
      <label>
        {t('authoring.steps.titleOf', { n })}
        <input
          value={title}
          aria-describedby={problem ? problemId : undefined}
          onChange={(e) => setTitle(e.target.value)}
          onBlur={commit}
          onKeyDown={(e) => {
            if (e.key === 'Enter') commit();
          }}
        />
      </label>
      <label>
        {t('authoring.steps.captionOf', { n })}
        <textarea
          value={caption}
          rows={2}
          aria-describedby={problem ? problemId : undefined}
          onChange={(e) => setCaption(e.target.value)}
          onBlur={commit}
        />
      </label>
      <label>
        {t('authoring.steps.notesOf', { n })}
        <textarea
          value={notes}
          rows={3}
          maxLength={MAX_NOTES_LENGTH}
          aria-describedby={`ta-notes-help-${step.id}`}
          onChange={(e) => setNotes(e.target.value)}
          onBlur={commitNotes}
        />
      </label>
      <p id={`ta-notes-help-${step.id}`} className="ta-note">
        {t('authoring.steps.notesHelp')}
      </p>
      {problem && (
        <p id={problemId} className="ta-problem" role="alert">
          {problem}
        </p>
      )}
    </>
  );
}
