import { useState, type FormEvent } from 'react';
import {
  deleteNode,
  editNode,
  mergeNodes,
  relationsOfNode,
} from '../../../domain/authoring/nodeEdits';
import { KIND_LABELS } from '../../../domain/palette';
import type { GraphNode, NodeKind } from '../../../domain/schema';
import { NODE_KINDS } from '../../../domain/vocabulary';
import { useT } from '../../../i18n/react';
import { useApp, useAppStore } from '../../../store/context';
import { CategoryChoice, ConfirmDelete, FormProblem, categoryProblem, linesOf } from './fields';

/**
 * The selected node's editor: label, the other names the text gives it, kind, categories and
 * summary; merging it into another node (its relations and passages move over); deleting it with
 * its relations, after saying how many. A refused change is said in the form, which keeps what was
 * typed.
 */
export function NodeEditor({ node, onDone }: { node: GraphNode; onDone: () => void }) {
  const t = useT();
  const store = useAppStore();
  const categories = useApp((s) => s.spheres);
  const nodes = useApp((s) => s.graph.nodes);
  const graph = useApp((s) => s.graph);
  const [label, setLabel] = useState(node.label);
  const [aliases, setAliases] = useState(node.aliases.join('\n'));
  const [kind, setKind] = useState<NodeKind>(node.kind);
  const [domains, setDomains] = useState<string[]>([...node.domains]);
  const [summary, setSummary] = useState(node.summary);
  const [problem, setProblem] = useState<string | null>(null);
  const [mergeInto, setMergeInto] = useState('');
  const others = nodes
    .filter((n) => n.id !== node.id)
    .sort((a, b) => a.label.localeCompare(b.label));
  const relations = relationsOfNode(graph, node.id).length;

  const save = (e: FormEvent) => {
    e.preventDefault();
    const missing =
      label.trim() === '' ? t('authoring.editor.labelNeeded') : categoryProblem(domains);
    if (missing) return setProblem(t('authoring.editor.notSaved', { problem: missing }));
    const result = store.getState().applyEdit((g, context) =>
      editNode(g, context, node.id, {
        label: label.trim(),
        aliases: linesOf(aliases),
        kind,
        domains,
        summary: summary.trim(),
      }),
    );
    if (!result.ok)
      return setProblem(t('authoring.editor.notSaved', { problem: result.problem.message }));
    setProblem(null);
    onDone();
  };

  const merge = () => {
    const keep = others.find((n) => n.id === mergeInto);
    if (!keep) return setProblem(t('authoring.editor.chooseMerge'));
    const result = store
      .getState()
      .applyEdit((g, context) => mergeNodes(g, context, keep.id, node.id));
    if (!result.ok)
      return setProblem(t('authoring.editor.notMerged', { problem: result.problem.message }));
    const s = store.getState();
    s.selectElement({ type: 'node', id: keep.id });
    s.notify(
      'info',
      t(result.selfLoops.length ? 'authoring.editor.mergedDropped' : 'authoring.editor.merged', {
        name: node.label,
        into: keep.label,
        moved: result.moved,
        dropped: result.selfLoops.length,
      }),
    );
    onDone();
  };

  const remove = () => {
    const result = store.getState().applyEdit((g, context) => deleteNode(g, context, node.id));
    if (!result.ok)
      return setProblem(t('authoring.editor.notDeleted', { problem: result.problem.message }));
    store
      .getState()
      .notify(
        'info',
        t('authoring.editor.nodeDeleted', { name: node.label, count: result.removedRelations }),
      );
    // Closed: undo brings the element back, and selecting it again does not reopen its editor.
    onDone();
  };

  return (
    <div className="au-editor">
      <form
        className="au-form"
        aria-label={t('authoring.editor.editNodeNamed', { name: node.label })}
        onSubmit={save}
      >
        <label>
          {t('authoring.editor.label')}
          <input
            value={label}
            onChange={(e) => setLabel(e.target.value)}
            required
            maxLength={120}
          />
        </label>
        <label>
          {t('authoring.editor.aliases')}
          <textarea value={aliases} onChange={(e) => setAliases(e.target.value)} rows={2} />
        </label>
        <label>
          {t('authoring.editor.kind')}
          <select value={kind} onChange={(e) => setKind(e.target.value as NodeKind)}>
            {NODE_KINDS.map((k) => (
              <option key={k} value={k}>
                {KIND_LABELS[k]}
              </option>
            ))}
          </select>
        </label>
        <CategoryChoice categories={categories} chosen={domains} onChange={setDomains} />
        <label>
          {t('authoring.editor.summary')}
          <textarea value={summary} onChange={(e) => setSummary(e.target.value)} rows={3} />
        </label>
        <FormProblem message={problem} />
        <div className="au-actions">
          <button type="submit">{t('authoring.editor.saveNode')}</button>
          <button type="button" onClick={onDone}>
            {t('authoring.cancel')}
          </button>
        </div>
      </form>
      {others.length > 0 && (
        <div className="au-merge" role="group" aria-label={t('authoring.editor.merge')}>
          <label>
            {t('authoring.editor.mergeInto')}
            <select value={mergeInto} onChange={(e) => setMergeInto(e.target.value)}>
              <option value="">{t('authoring.editor.chooseNode')}</option>
              {others.map((n) => (
                <option key={n.id} value={n.id}>
                  {n.label}
                </option>
              ))}
            </select>
          </label>
          <button type="button" onClick={merge} disabled={!mergeInto}>
            {t('authoring.editor.merge')}
          </button>
        </div>
      )}
      <ConfirmDelete
        what="node"
        question={t('authoring.editor.deleteNode', { name: node.label, count: relations })}
        onDelete={remove}
      />
    </div>
  );
}
