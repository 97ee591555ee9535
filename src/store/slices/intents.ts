/** An imperative request to the map (panels never call cytoscape): the graph adapter carries it out. */
export type CameraIntent =
  | { kind: 'fit'; seq: number }
  | { kind: 'center'; id: string; seq: number }
  | { kind: 'relayout'; seq: number }
  | { kind: 'frame'; ids: readonly string[]; seq: number }
  /**
   * A new dataset was put on the map: once its elements are drawn, lay out the nodes it added when
   * it came without positions (an import), then fit. Deferred by the adapter until the elements exist.
   */
  | { kind: 'arrange'; layout: boolean; seq: number };

/** A request for an image of the map, carried out by the graph adapter (only it can draw the map). */
export type ExportRequest =
  { format: 'png'; scale: 1 | 2 | 4; seq: number } | { format: 'svg'; seq: number };

// One counter for every intent, whichever slice makes it: asking twice for the same thing (fit, then
// fit again) gives two different values, so a subscriber sees two requests.
let seq = 0;

/** The number of a new camera intent or export request. */
export const nextSeq = () => ++seq;
