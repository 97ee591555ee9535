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
import { plural } from '../../../components/plural';
import { useApp, useAppStore } from '../../../store/context';
import { CategoryChoice, ConfirmDelete, FormProblem, categoryProblem, linesOf } from './fields';

/**
 * The selected node's editor: label, the other names the text gives it, kind, categories and
 * summary; merging it into another node (its relations and passages move over); deleting it with
 * its relations, after saying how many. A refused change is said in the form, which keeps what was
 * typed.
 */
export function NodeEditor({ node, onDone }: { node: GraphNode; onDone: () => void }) {
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
    const missing = label.trim() === '' ? 'the node needs a label' : categoryProblem(domains);
    if (missing) return setProblem(`Not saved: ${missing}.`);
    const result = store.getState().applyEdit((g, context) =>
      editNode(g, context, node.id, {
        label: label.trim(),
        aliases: linesOf(aliases),
        kind,
        domains,
        summary: summary.trim(),
      }),
    );
    if (!result.ok) return setProblem(`Not saved: ${result.problem.message}.`);
    setProblem(null);
    onDone();
  };

  const merge = () => {
    const keep = others.find((n) => n.id === mergeInto);
    if (!keep) return setProblem('Choose the node to merge this one into.');
    const result = store
      .getState()
      .applyEdit((g, context) => mergeNodes(g, context, keep.id, node.id));
    if (!result.ok) return setProblem(`Not merged: ${result.problem.message}.`);
    const s = store.getState();
    s.selectElement({ type: 'node', id: keep.id });
    s.notify(
      'info',
      `Merged “${node.label}” into “${keep.label}”: ${plural(result.moved, 'relation')} moved over${
        result.selfLoops.length
          ? `, ${plural(result.selfLoops.length, 'relation')} between the two dropped`
          : ''
      }.`,
    );
    onDone();
  };

  const remove = () => {
    const result = store.getState().applyEdit((g, context) => deleteNode(g, context, node.id));
    if (!result.ok) return setProblem(`Not deleted: ${result.problem.message}.`);
    store
      .getState()
      .notify(
        'info',
        `Deleted “${node.label}” and ${plural(result.removedRelations, 'relation')}. Undo brings them back.`,
      );
    // Closed: undo brings the element back, and selecting it again does not reopen its editor.
    onDone();
  };

  return (
    <div className="au-editor">
      <form className="au-form" aria-label={`Edit node “${node.label}”`} onSubmit={save}>
        <label>
          Label
          <input
            value={label}
            onChange={(e) => setLabel(e.target.value)}
            required
            maxLength={120}
          />
        </label>
        <label>
          Names the text also uses, one per line
          <textarea value={aliases} onChange={(e) => setAliases(e.target.value)} rows={2} />
        </label>
        <label>
          Kind
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
          Summary
          <textarea value={summary} onChange={(e) => setSummary(e.target.value)} rows={3} />
        </label>
        <FormProblem message={problem} />
        <div className="au-actions">
          <button type="submit">Save node</button>
          <button type="button" onClick={onDone}>
            Cancel
          </button>
        </div>
      </form>
      {others.length > 0 && (
        <div className="au-merge" role="group" aria-label="Merge">
          <label>
            Merge into
            <select value={mergeInto} onChange={(e) => setMergeInto(e.target.value)}>
              <option value="">Choose a node…</option>
              {others.map((n) => (
                <option key={n.id} value={n.id}>
                  {n.label}
                </option>
              ))}
            </select>
          </label>
          <button type="button" onClick={merge} disabled={!mergeInto}>
            Merge
          </button>
        </div>
      )}
      <ConfirmDelete
        what="node"
        question={`Delete “${node.label}”${relations > 0 ? ` and its ${plural(relations, 'relation')}` : ''}?`}
        onDelete={remove}
      />
    </div>
  );
}
