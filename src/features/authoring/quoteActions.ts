import { addEvidence } from '../../domain/authoring/evidenceEdits';
import type { EditProblem } from '../../domain/authoring/editResult';
import { addNode } from '../../domain/authoring/nodeEdits';
import type { Evidence } from '../../domain/schema';
import { centroid, freeSpot } from '../../domain/authoring/placement';
import type { AppState, AppStore } from '../../store/store';
import { t, type MessageId } from '../../i18n/core';
import { useAuthoringUi } from './ui';

/** A refused edit, said as a notice: the message `what` with the `problem` it names. */
export function sayProblem(store: AppStore, what: MessageId, problem: EditProblem): void {
  store.getState().notify('error', t(what, { problem: problem.message }));
}

/**
 * Where a new node goes: near the nodes named by the same passages when some are placed, else the
 * middle of the view (or of the map), never on top of another node.
 */
function placeNear(
  positions: AppState['positions'],
  near: readonly string[],
  viewport: AppState['viewport'],
) {
  const taken = Object.values(positions);
  const neighbours = near.flatMap((id) => (Object.hasOwn(positions, id) ? [positions[id]!] : []));
  return freeSpot(centroid(neighbours) ?? viewport ?? centroid(taken) ?? { x: 0, y: 0 }, taken);
}

/**
 * "New node from this": a node made of the passages, placed near the nodes the same passages back
 * (or the middle of the view), in the categories of what is selected (else the map's first), then
 * selected with its editor open to name it.
 */
export function newNodeFrom(store: AppStore, quotes: readonly Evidence[]): boolean {
  const s = store.getState();
  const blocks = new Set(quotes.map((q) => q.block));
  const near = s.graph.nodes
    .filter((n) => n.evidence.some((ev) => blocks.has(ev.block)))
    .map((n) => n.id);
  const selected =
    s.selection?.type === 'node'
      ? s.graph.nodes.find((n) => n.id === s.selection!.id)
      : s.selection?.type === 'edge'
        ? s.graph.edges.find((e) => e.id === s.selection!.id)
        : undefined;
  const domains = selected?.domains.length
    ? selected.domains
    : s.spheres.slice(0, 1).map((c) => c.id);
  const at = placeNear(s.positions, near, s.viewport);
  const result = s.applyEdit(
    (graph, context) => addNode(graph, context, { evidence: quotes, domains }),
    ({ id }) => ({ [id]: at }),
  );
  if (!result.ok) {
    sayProblem(store, 'authoring.quote.nodeNotMade', result.problem);
    return false;
  }
  const { id } = result;
  store.getState().selectElement({ type: 'node', id });
  useAuthoringUi.getState().set({ editorFor: `node:${id}` });
  return true;
}

/** "Add as evidence to …": the passages join the selected node's or relation's evidence. */
export function addToSelected(store: AppStore, quotes: readonly Evidence[]): boolean {
  const s = store.getState();
  const target = s.selection;
  if (!target || target.type === 'passage') return false;
  const result = s.applyEdit((graph, context) => addEvidence(graph, context, target, quotes));
  if (!result.ok) {
    sayProblem(store, 'authoring.quote.passageNotAdded', result.problem);
    return false;
  }
  s.notify('info', t('authoring.quote.added', { count: quotes.length }));
  return true;
}

/** "New relation…": opens the dialog to choose its ends, with these passages as its evidence. */
export function newRelationFrom(quotes: readonly Evidence[]): void {
  useAuthoringUi.getState().set({ relationEvidence: quotes });
}
