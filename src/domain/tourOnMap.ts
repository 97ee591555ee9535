import type { Article, Graph } from './schema';
import type { Tour, TourStep } from './tour';

// In the store (a graph edit keeps the tour presentable): types only, so it stays small.

/**
 * The tour as it can stand on `graph` and `article`: ids of what is no longer there dropped from
 * each step (a node deleted after the step was made), and a step left with nothing to frame or
 * read dropped. Null when no step is left.
 */
export function tourOnMap(tour: Tour, graph: Graph, article: Article): Tour | null {
  const nodes = new Set(graph.nodes.map((n) => n.id));
  const edges = new Set(graph.edges.map((e) => e.id));
  const blocks = new Set(article.blocks.map((b) => b.id));
  const has = (id: string) => nodes.has(id) || edges.has(id);
  let changed = false;
  const steps: TourStep[] = [];
  for (const step of tour.steps) {
    const focus = step.focus.filter(has);
    const frame = step.frame?.filter(has);
    const kept = step.blocks.filter((id) => blocks.has(id));
    const selection = step.selection;
    const selectionGone =
      selection !== undefined &&
      !(selection.type === 'passage' ? blocks : selection.type === 'node' ? nodes : edges).has(
        selection.id,
      );
    const next: TourStep = { ...step, focus, blocks: kept };
    if (frame) {
      if (frame.length > 0) next.frame = frame;
      else delete next.frame;
    }
    if (selectionGone) {
      delete next.selection;
      delete next.focusDepth;
    }
    if (next.focus.length === 0 && next.frame) next.focus = next.frame;
    const same =
      focus.length === step.focus.length &&
      kept.length === step.blocks.length &&
      (frame?.length ?? 0) === (step.frame?.length ?? 0) &&
      !selectionGone;
    if (!same) changed = true;
    if (next.focus.length === 0 || next.blocks.length === 0) continue;
    steps.push(same ? step : next);
  }
  if (!changed) return tour;
  return steps.length > 0 ? { ...tour, steps } : null;
}
