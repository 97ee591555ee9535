import { graphIndex } from '../../../domain/graphIndex';
import { useT } from '../../../i18n/react';
import { useApp } from '../../../store/context';
import { useAuthoringUi } from '../ui';
import { NodeEditor } from './NodeEditor';
import { RelationEditor } from './RelationEditor';
import '../authoring.css';

/**
 * In the Details panel of one's own map: "Edit node" or "Edit relation" for what is selected, which
 * opens its editor in place (a node just made from a passage opens with it).
 */
export default function EditorSlot() {
  const t = useT();
  const selection = useApp((s) => s.selection);
  const graph = useApp((s) => s.graph);
  const editorFor = useAuthoringUi((s) => s.editorFor);
  const set = useAuthoringUi((s) => s.set);
  const index = graphIndex(graph);
  const node = selection?.type === 'node' ? index.node(selection.id) : undefined;
  const edge = selection?.type === 'edge' ? index.edge(selection.id) : undefined;
  const key = selection ? `${selection.type}:${selection.id}` : '';
  // Open for this element only: selecting another closes it.
  const open = editorFor === key;

  if (!node && !edge) return null;
  const done = () => set({ editorFor: null });
  const name = node ? t('authoring.editor.editNode') : t('authoring.editor.editRelation');
  return (
    <div className="au-slot">
      <button
        type="button"
        className="au-edit-toggle"
        aria-expanded={open}
        onClick={() => set({ editorFor: open ? null : key })}
      >
        {name}
      </button>
      {open && node && <NodeEditor key={key} node={node} onDone={done} />}
      {open && edge && <RelationEditor key={key} edge={edge} onDone={done} />}
    </div>
  );
}
