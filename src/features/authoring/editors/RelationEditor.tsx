import { useState, type FormEvent } from 'react';
import { graphIndex } from '../../../domain/graphIndex';
import {
  deleteRelation,
  editRelation,
  reverseRelation,
} from '../../../domain/authoring/relationEdits';
import type { GraphEdge } from '../../../domain/schema';
import { useT } from '../../../i18n/react';
import { useApp, useAppStore } from '../../../store/context';
import { ConfirmDelete, FormProblem } from './fields';
import { RelationFields, draftOf, draftProblem, yearOf } from './RelationFields';

/** The selected relation's editor: its phrase, status, whose claim, categories and year; reverse; delete. */
export function RelationEditor({ edge, onDone }: { edge: GraphEdge; onDone: () => void }) {
  const t = useT();
  const store = useAppStore();
  const categories = useApp((s) => s.spheres);
  const labels = graphIndex(useApp((s) => s.graph)).labels;
  const [draft, setDraft] = useState(() => draftOf(edge));
  const [problem, setProblem] = useState<string | null>(null);
  const source = labels.get(edge.source) ?? edge.source;
  const target = labels.get(edge.target) ?? edge.target;

  const save = (e: FormEvent) => {
    e.preventDefault();
    const missing = draftProblem(draft);
    if (missing) return setProblem(t('authoring.editor.notSaved', { problem: missing }));
    const year = yearOf(draft.year);
    if (year === undefined)
      return setProblem(
        t('authoring.editor.notSaved', { problem: t('authoring.editor.yearProblem') }),
      );
    const result = store.getState().applyEdit((g, context) =>
      editRelation(g, context, edge.id, {
        relation: draft.relation,
        status: draft.status,
        attribution: draft.attribution,
        domains: draft.domains,
        year,
      }),
    );
    if (!result.ok)
      return setProblem(t('authoring.editor.notSaved', { problem: result.problem.message }));
    setProblem(null);
    onDone();
  };

  const reverse = () => {
    const result = store.getState().applyEdit((g, context) => reverseRelation(g, context, edge.id));
    if (!result.ok)
      setProblem(t('authoring.editor.notReversed', { problem: result.problem.message }));
  };

  const remove = () => {
    const result = store.getState().applyEdit((g, context) => deleteRelation(g, context, edge.id));
    if (!result.ok)
      return setProblem(t('authoring.editor.notDeleted', { problem: result.problem.message }));
    store.getState().notify(
      'info',
      t('authoring.editor.relationDeleted', {
        relation: `${source} ${edge.relation} ${target}`,
      }),
    );
    // Closed: undo brings the element back, and selecting it again does not reopen its editor.
    onDone();
  };

  return (
    <div className="au-editor">
      <form className="au-form" aria-label={t('authoring.editor.editRelation')} onSubmit={save}>
        <RelationFields
          draft={draft}
          onChange={setDraft}
          source={source}
          target={target}
          categories={categories}
        />
        <FormProblem message={problem} />
        <div className="au-actions">
          <button type="submit">{t('authoring.editor.saveRelation')}</button>
          <button type="button" onClick={onDone}>
            {t('authoring.cancel')}
          </button>
        </div>
      </form>
      <button type="button" onClick={reverse}>
        {t('authoring.editor.reverse')}
      </button>
      <ConfirmDelete
        what="relation"
        question={t('authoring.editor.deleteRelation')}
        onDelete={remove}
      />
    </div>
  );
}
