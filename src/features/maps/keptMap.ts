import type { Graph } from '../../domain/schema';

// Which kept map is on screen: the one last opened or kept, for as long as the map shows the graph
// it was opened with (opening a file or going back to the article leaves it).
let on: { id: string; graph: Graph } | null = null;

export const keptMap = {
  opened(id: string, graph: Graph) {
    on = { id, graph };
  },
  forget() {
    on = null;
  },
  id: () => on?.id ?? null,
  /** The id of the kept map the store's graph comes from, or null. */
  current: (graph: Graph) => (on && on.graph === graph ? on.id : null),
};
