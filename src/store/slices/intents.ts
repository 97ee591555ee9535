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

/** The map as it looks now, alone (no title or legend), for a page of the tour's handout. */
export interface MapPicture {
  blob: Blob;
  /** In pixels. */
  width: number;
  height: number;
}

/**
 * A request for an image of the map, carried out by the graph adapter (only it can draw the map).
 * A `picture` is handed back to whoever asked (`deliver`), once the camera and labels have settled,
 * instead of being saved.
 */
export type ExportRequest =
  | { format: 'png'; scale: 1 | 2 | 4; seq: number }
  | { format: 'svg'; seq: number }
  | {
      format: 'picture';
      scale: number;
      /** The node and relation ids the picture is cut to (with room around them). */
      frame: readonly string[];
      deliver: (result: MapPicture | Error) => void;
      seq: number;
    };

/** An export request before it is numbered. */
export type ExportAsk = ExportRequest extends infer R
  ? R extends { seq: number }
    ? Omit<R, 'seq'>
    : never
  : never;

// One counter for every intent, whichever slice makes it: asking twice for the same thing (fit, then
// fit again) gives two different values, so a subscriber sees two requests.
let seq = 0;

/** The number of a new camera intent or export request. */
export const nextSeq = () => ++seq;
