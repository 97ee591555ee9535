import type { Collection, Core, EdgeSingular, NodeSingular } from 'cytoscape';
import { selectDisplayed, selectElementsByBlock, selectPath, selectSizes } from '../store/derived';
import type { AppState } from '../store/store';

/** Brings the map in line with the store: every class change happens in one batch, so nothing moves. */
export function syncToCy(cy: Core, s: AppState): void {
  const displayed = selectDisplayed(s);
  const path = selectPath(s);
  const sizes = selectSizes(s);

  const pathNodes = new Set<string>();
  const pathEdges = new Set<string>();
  for (const step of path ?? []) {
    pathNodes.add(step.from).add(step.to);
    pathEdges.add(step.edgeId);
  }

  // What stays bright: the tour step's focus, else the path when one is shown,
  // else the selection and what touches it.
  const presenting = s.tourStep !== null && s.tour !== null;
  const tourFocus = new Set<string>();
  if (presenting)
    for (const id of s.tour!.steps[s.tourStep!]?.focus ?? []) {
      tourFocus.add(id);
      const ele = cy.getElementById(id);
      if (ele.nonempty() && ele.isEdge())
        ele.connectedNodes().forEach((n) => void tourFocus.add(n.id()));
    }
  let lit: Set<string> | null = null;
  if (presenting && !s.selection) lit = tourFocus;
  else if (path && path.length > 0) lit = new Set([...pathNodes, ...pathEdges]);
  else if (s.selection?.type === 'passage') {
    lit = new Set();
    for (const ref of selectElementsByBlock(s).get(s.selection.id) ?? []) {
      lit.add(ref.id);
      const ele = cy.getElementById(ref.id);
      if (ele.isEdge()) ele.connectedNodes().forEach((n) => void lit!.add(n.id()));
    }
  } else if (s.selection) {
    const ele = cy.getElementById(s.selection.id);
    if (ele.nonempty()) {
      const near: Collection = ele.isNode()
        ? ele.closedNeighborhood()
        : (ele as unknown as EdgeSingular).union((ele as unknown as EdgeSingular).connectedNodes());
      lit = new Set(near.map((e: { id: () => string }) => e.id()));
    }
  }

  let hoverNear: Set<string> | null = null;
  if (s.hovered) {
    const node = cy.getElementById(s.hovered);
    if (node.nonempty()) hoverNear = new Set(node.closedNeighborhood().map((e) => e.id()));
  }

  cy.batch(() => {
    cy.nodes().forEach((node: NodeSingular) => {
      const id = node.id();
      node.toggleClass('hidden', !displayed.nodes.has(id));
      node.toggleClass('dimmed', lit !== null && !lit.has(id));
      node.toggleClass('selected', isSelected(s, 'node', id));
      node.toggleClass('on-path', pathNodes.has(id));
      node.toggleClass('hover', s.hovered === id);
      node.toggleClass('projector', presenting);
      node.toggleClass('tour-focus', tourFocus.has(id));
      node.toggleClass('neighbour', hoverNear !== null && hoverNear.has(id) && s.hovered !== id);
      const size = sizes.get(id) ?? 0;
      if (node.data('size') !== size) node.data('size', size);
    });
    cy.edges().forEach((edge) => {
      const id = edge.id();
      edge.toggleClass('hidden', !displayed.edges.has(id));
      edge.toggleClass('dimmed', lit !== null && !lit.has(id));
      edge.toggleClass('selected', isSelected(s, 'edge', id));
      edge.toggleClass('on-path', pathEdges.has(id));
      edge.toggleClass('hover-edge', hoverNear !== null && hoverNear.has(id));
      edge.toggleClass('projector', presenting);
      edge.toggleClass('tour-focus', tourFocus.has(id));
    });
  });
}

/** Whether an element is selected itself, or supported by the selected passage. */
function isSelected(s: AppState, type: 'node' | 'edge', id: string): boolean {
  const sel = s.selection;
  if (!sel) return false;
  if (sel.type === 'passage')
    return (selectElementsByBlock(s).get(sel.id) ?? []).some((r) => r.type === type && r.id === id);
  return sel.type === type && sel.id === id;
}
