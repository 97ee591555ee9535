import { useState, type FormEvent } from 'react';
import { graphIndex } from '../../../domain/graphIndex';
import {
  deleteRelation,
  editRelation,
  reverseRelation,
} from '../../../domain/authoring/relationEdits';
import type { GraphEdge } from '../../../domain/schema';
import { useApp, useAppStore } from '../../../store/context';
import { ConfirmDelete, FormProblem } from './fields';
import { RelationFields, draftOf, draftProblem, yearOf } from './RelationFields';

/** The selected relation's editor: its phrase, status, whose claim, categories and year; reverse; delete. */
export function RelationEditor({ edge, onDone }: { edge: GraphEdge; onDone: () => void }) {
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
    if (missing) return setProblem(`Not saved: ${missing}.`);
    const year = yearOf(draft.year);
    if (year === undefined)
      return setProblem('Not saved: the year is to be a whole number, such as 2013.');
    const result = store.getState().applyEdit((g, context) =>
      editRelation(g, context, edge.id, {
        relation: draft.relation,
        status: draft.status,
        attribution: draft.attribution,
        domains: draft.domains,
        year,
      }),
    );
    if (!result.ok) return setProblem(`Not saved: ${result.problem.message}.`);
    setProblem(null);
    onDone();
  };

  const reverse = () => {
    const result = store.getState().applyEdit((g, context) => reverseRelation(g, context, edge.id));
    if (!result.ok) setProblem(`Not reversed: ${result.problem.message}.`);
  };

  const remove = () => {
    const result = store.getState().applyEdit((g, context) => deleteRelation(g, context, edge.id));
    if (!result.ok) return setProblem(`Not deleted: ${result.problem.message}.`);
    store
      .getState()
      .notify(
        'info',
        `Deleted the relation “${source} ${edge.relation} ${target}”. Undo brings it back.`,
      );
    // Closed: undo brings the element back, and selecting it again does not reopen its editor.
    onDone();
  };

  return (
    <div className="au-editor">
      <form className="au-form" aria-label="Edit relation" onSubmit={save}>
        <RelationFields
          draft={draft}
          onChange={setDraft}
          source={source}
          target={target}
          categories={categories}
        />
        <FormProblem message={problem} />
        <div className="au-actions">
          <button type="submit">Save relation</button>
          <button type="button" onClick={onDone}>
            Cancel
          </button>
        </div>
      </form>
      <button type="button" onClick={reverse}>
        Reverse direction
      </button>
      <ConfirmDelete
        what="relation"
        question={'Delete this relation? Its two nodes stay.'}
        onDelete={remove}
      />
    </div>
  );
}
