import type { ElementRef } from '../evidence';
import type { Evidence, Graph } from '../schema';
import type { EditContext, EditResult } from './editResult';
import { addNodeEvidence } from './nodeEdits';
import { addRelationEvidence } from './relationEdits';

/** Adds passages to a node's or a relation's evidence ("Add as evidence to …"). */
export function addEvidence(
  graph: Graph,
  context: EditContext,
  element: ElementRef,
  evidence: readonly Evidence[],
): EditResult {
  return element.type === 'node'
    ? addNodeEvidence(graph, context, element.id, evidence)
    : addRelationEvidence(graph, context, element.id, evidence);
}
