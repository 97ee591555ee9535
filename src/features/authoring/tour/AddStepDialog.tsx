import { useId, useRef, useState, type FormEvent } from 'react';
import { ModalDialog } from '../../../components/ModalDialog';
import { useT } from '../../../i18n/react';
import {
  addStep,
  captureStep,
  newStepId,
  suggestedTitle,
} from '../../../domain/authoring/tourSteps';
import { useAppStore } from '../../../store/context';
import { viewToCapture } from './viewOnScreen';
import './tourAuthoring.css';

/**
 * "Add this view as a step": a title (offered from what is selected) and a caption, and the step
 * made of the view on screen (filters, selection, focus depth, what is in view, passages shown)
 * added to the map's tour, one undo step.
 */
export default function AddStepDialog({
  onClose,
  nodesInView,
}: {
  onClose: () => void;
  /** Which nodes the map's view shows (null while it frames itself): the step frames them. */
  nodesInView: (placed: boolean) => string[] | null;
}) {
  const t = useT();
  const store = useAppStore();
  const [initial] = useState(() => {
    const s = store.getState();
    const count = (s.tour?.steps.length ?? 0) + 1;
    return {
      title: suggestedTitle(
        s.graph,
        s.article,
        s.selection,
        t('authoring.steps.step', { n: count }),
      ),
      count,
    };
  });
  const [title, setTitle] = useState(initial.title);
  const [caption, setCaption] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const form = useRef<HTMLFormElement>(null);
  const problemId = useId();

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const s = store.getState();
    const result = captureStep(viewToCapture(s, nodesInView), {
      id: newStepId(s.tour),
      title,
      caption,
    });
    if (!result.ok) {
      setProblem(result.message);
      return;
    }
    s.changeMap({ tour: addStep(s.tour, result.step, s.article.title) });
    const steps = store.getState().tour?.steps.length ?? 1;
    s.notify(
      'info',
      t('authoring.addStep.added', {
        title: result.step.title,
        n: steps,
        count: result.step.blocks.length,
      }),
    );
    form.current?.closest('dialog')?.close();
  };

  return (
    <ModalDialog title={t('authoring.addStep.title')} onClose={onClose} className="ta-dialog">
      <form ref={form} className="ta-form" onSubmit={submit} noValidate>
        <p className="ta-note">{t('authoring.addStep.note', { n: initial.count })}</p>
        <label>
          {t('authoring.addStep.stepTitle')}
          <input
            value={title}
            required
            aria-describedby={problem ? problemId : undefined}
            onChange={(e) => setTitle(e.target.value)}
          />
        </label>
        <label>
          {t('authoring.addStep.caption')}
          <textarea
            value={caption}
            rows={4}
            required
            aria-describedby={problem ? problemId : undefined}
            onChange={(e) => setCaption(e.target.value)}
          />
        </label>
        {problem && (
          <p id={problemId} className="ta-problem" role="alert">
            {problem}
          </p>
        )}
        <div className="ta-actions">
          <button type="submit">{t('authoring.addStep.add')}</button>
        </div>
      </form>
    </ModalDialog>
  );
}
