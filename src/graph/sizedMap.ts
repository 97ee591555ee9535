import type {
  Collection,
  Core,
  EdgeSingular,
  ElementDefinition,
  SingularElementArgument,
} from 'cytoscape';
import type { AppState, ExportRequest } from '../store/store';
import { toElements } from './elements';

/** Where nodes stand, by id: what a new dataset's unplaced nodes inherit from the map before it. */
export type Places = ReadonlyMap<string, { x: number; y: number }>;

/** The article map's zoom limits; a large map lowers the minimum to frame thousands of nodes. */
export const MAP_ZOOM = { min: 0.15, max: 4 } as const;

/** A camera: zoom and pan. */
export interface Viewport {
  zoom: number;
  pan: { x: number; y: number };
}

/** How layouts treat this map's nodes: sized by a function (no styles to measure), in the worker. */
export interface LayoutOptions {
  box?: (node: SingularElementArgument) => { width: number; height: number };
  inWorker?: boolean;
}

/**
 * What the map binding asks of the graph on the map, whatever its size. One implementation per
 * size: ArticleMap (cytoscape holds and draws every element) and LargeMap (a headless model drawn by
 * a batched layer, cytoscape drawing only the highlighted copies).
 */
export interface SizedMap {
  /** Whether this is the large graphs' implementation. */
  readonly large: boolean;
  /** The instance holding every element of the graph on the map, with its classes and positions. */
  readonly graph: Core;
  /** True while the elements of a load are still being added. */
  readonly loading: boolean;
  readonly layoutOptions: LayoutOptions;
  /**
   * Replaces the elements with the state's dataset; `done` runs once all of them are there.
   * `edit`: the same map after an edit, seen at the camera it has now (not framed again).
   */
  load(state: AppState, placed: Places, done: () => void, edit?: boolean): void;
  /** Classes (and sizes) as the store says. */
  sync(state: AppState): void;
  /** Frames what is shown, at once. */
  fit(): void;
  /**
   * The camera that frames these elements with their labels as the map will size them there; for
   * the camera's animated framings. Left out where labels keep their size (a large graph).
   */
  viewportFor?(eles: Collection, padding: number): Viewport | null;
  /** The bundled link drawn at a point of the graph (its line or its count), if any. */
  bundleAt?(position: { x: number; y: number }): EdgeSingular | undefined;
  /** Where the nodes stand now. */
  places(): Places;
  /** A highlighted node was dragged on the map. */
  nodeDragged(id: string, position: { x: number; y: number }): void;
  /** Draws the map into the requested image file. */
  exportImage(request: ExportRequest, state: AppState): Promise<void>;
  /** Removes its elements and lets go of everything it made. */
  destroy(): void;
}

/** An element of one instance as a definition for another: data, classes and position. */
export function copyOf(ele: SingularElementArgument): ElementDefinition {
  return {
    group: ele.isNode() ? 'nodes' : 'edges',
    data: { ...ele.data() },
    classes: ele.classes(),
    ...(ele.isNode() ? { position: { ...ele.position() } } : {}),
  };
}

/**
 * The state's dataset as cytoscape elements; a node the dataset does not place keeps its place in
 * the graph it replaces (re-colouring an import by another attribute keeps the nodes its layout
 * placed).
 */
export function elementsOf(state: AppState, placed: Places, large: boolean): ElementDefinition[] {
  const elements = toElements(state.graph, state.positions, state.spheres, { large });
  for (const element of elements) {
    if (element.group !== 'nodes' || element.position) continue;
    const p = placed.get(element.data.id!);
    if (p) element.position = { ...p };
  }
  return elements;
}
