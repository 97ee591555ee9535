import type {
  Collection,
  CollectionArgument,
  Core,
  EdgeSingular,
  NodeSingular,
  SingularElementArgument,
} from 'cytoscape';
import {
  bundleCollapsed,
  bundleSummary,
  parallelBundles,
  type BundleSummary,
  type ParallelBundle,
} from '../domain/bundles';
import { memoizeLast } from '../domain/memo';
import type { Graph } from '../domain/schema';
import { selectDisplayed, selectElementsByBlock, selectPath, selectSizes } from '../store/derived';
import type { AppState } from '../store/store';
import { bundleData } from './elements';

/**
 * A graph's elements as arrays, kept by whoever fills the instance: on 25,000 elements each
 * cy.nodes() or cy.elements() builds a new collection, tens of milliseconds every time.
 */
export interface GraphElements {
  readonly nodes: readonly NodeSingular[];
  readonly edges: readonly EdgeSingular[];
}

/** An article map's bundled links (see toElements): each link with its bundle and its relations. */
export interface BundleLinks {
  readonly links: readonly {
    readonly edge: EdgeSingular;
    readonly bundle: ParallelBundle;
    readonly members: readonly EdgeSingular[];
  }[];
  /** Whether the map is zoomed in enough to draw every bundle's relations (BUNDLE_OPEN_ZOOM). */
  readonly zoomedIn: boolean;
}

/** From this zoom on, bundled links are drawn as their relations, fanned out. */
export const BUNDLE_OPEN_ZOOM = 1.2;

const bundlesOf = memoizeLast((graph: Graph) => parallelBundles(graph));

/** The bundled links toElements added for a graph, with their relations, as elements of `cy`. */
export function bundleLinksOf(cy: Core, graph: Graph): BundleLinks['links'] {
  return bundlesOf(graph)
    .map((bundle) => ({
      edge: cy.getElementById(bundle.id) as unknown as EdgeSingular,
      bundle,
      members: bundle.edges.map((id) => cy.getElementById(id) as unknown as EdgeSingular),
    }))
    .filter((link) => link.edge.nonempty());
}

const spheresByEdge = memoizeLast(
  (graph: Graph) => new Map(graph.edges.map((e) => [e.id, e.domains] as const)),
);

/**
 * A hovered node's relations carry their labels when it has at most this many on the map. Beyond
 * that the labels pile up around the node, unreadable, and drawing them slows the hover; a click
 * lists the relations in the details.
 */
export const HOVER_LABELS_MAX = 8;

/**
 * Brings the map in line with the store: every class change happens in one batch, so nothing moves.
 * `elements`: the graph's nodes and edges (bundled links left out), as the map keeps them; `bundles`:
 * the links, drawn in place of their relations unless those are asked for or the map is zoomed in.
 * Without `elements`, both are read from `cy`.
 */
export function syncToCy(
  cy: Core,
  s: AppState,
  elements?: GraphElements,
  bundles?: BundleLinks,
): void {
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

  // What is selected, as 'node:id' / 'edge:id': the element itself, or what the passage supports.
  const selected = new Set<string>();
  if (s.selection?.type === 'passage')
    for (const ref of selectElementsByBlock(s).get(s.selection.id) ?? [])
      selected.add(`${ref.type}:${ref.id}`);
  else if (s.selection) selected.add(`${s.selection.type}:${s.selection.id}`);

  let hoverNear: Set<string> | null = null;
  let hoverLabels = false;
  if (s.hovered) {
    const node = cy.getElementById(s.hovered);
    if (node.nonempty()) {
      hoverNear = new Set(node.closedNeighborhood().map((e) => e.id()));
      // Its relations on the map: the edges among its closed neighbourhood that are displayed.
      let shown = 0;
      for (const id of hoverNear) if (displayed.edges.has(id)) shown++;
      hoverLabels = shown <= HOVER_LABELS_MAX;
    }
  }

  // Only what changes is touched: cytoscape's toggleClass marks an element for a style update and
  // emits a 'class' event whether or not the class changed, and restyling all 25,000 elements of a
  // large graph costs seconds. Each element's wanted classes are compared with the ones it has,
  // and every change of one class goes to cytoscape as one collection.
  const changes = new ClassChanges();
  const nodes = elements?.nodes ?? cy.nodes();
  const edges = elements?.edges ?? cy.edges().not('.bundle');
  bundles ??= elements
    ? undefined
    : { links: bundleLinksOf(cy, s.graph), zoomedIn: cy.zoom() >= BUNDLE_OPEN_ZOOM };
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i]!;
    const id = node.id();
    changes.want(node, 'hidden', !displayed.nodes.has(id));
    changes.want(node, 'dimmed', lit !== null && !lit.has(id));
    changes.want(node, 'selected', selected.size > 0 && selected.has(`node:${id}`));
    changes.want(node, 'on-path', pathNodes.has(id));
    changes.want(node, 'hover', s.hovered === id);
    changes.want(node, 'projector', presenting);
    changes.want(node, 'tour-focus', tourFocus.has(id));
    changes.want(node, 'neighbour', hoverNear !== null && hoverNear.has(id) && s.hovered !== id);
  }
  for (let i = 0; i < edges.length; i++) {
    const edge = edges[i]!;
    const id = edge.id();
    changes.want(edge, 'hidden', !displayed.edges.has(id));
    changes.want(edge, 'dimmed', lit !== null && !lit.has(id));
    changes.want(edge, 'selected', selected.size > 0 && selected.has(`edge:${id}`));
    changes.want(edge, 'on-path', pathEdges.has(id));
    changes.want(edge, 'hover-edge', hoverNear !== null && hoverNear.has(id));
    changes.want(edge, 'hover-label', hoverLabels && hoverNear!.has(id));
    changes.want(edge, 'projector', presenting);
    changes.want(edge, 'tour-focus', tourFocus.has(id));
  }
  const relabelled: [EdgeSingular, ReturnType<typeof bundleData>][] = [];
  if (bundles && bundles.links.length > 0) {
    const order = s.spheres.map((d) => d.id);
    for (const { edge, bundle, members } of bundles.links) {
      const summary: BundleSummary = bundleSummary(
        bundle,
        spheresByEdge(s.graph),
        displayed.edges,
        order,
      );
      const revealed = bundle.edges.some(
        (id) => selected.has(`edge:${id}`) || pathEdges.has(id) || tourFocus.has(id),
      );
      const collapsed = bundleCollapsed(summary, revealed, bundles.zoomedIn);
      for (const member of members) changes.want(member, 'collapsed', collapsed);
      const id = edge.id();
      changes.want(edge, 'hidden', !collapsed);
      changes.want(edge, 'dimmed', lit !== null && !lit.has(id));
      changes.want(edge, 'hover-edge', hoverNear !== null && hoverNear.has(id));
      changes.want(edge, 'projector', presenting);
      const data = bundleData(summary, s.spheres);
      if (
        edge.data('count') !== data.count ||
        edge.data('gradientColours') !== data.gradientColours
      )
        relabelled.push([edge, data]);
    }
  }
  const resized: NodeSingular[] = [];
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i]!;
    if (node.data('size') !== (sizes.get(node.id()) ?? 0)) resized.push(node);
  }

  cy.batch(() => {
    changes.apply(cy);
    for (const node of resized) node.data('size', sizes.get(node.id()) ?? 0);
    for (const [edge, data] of relabelled) edge.data(data);
  });
}

/** The classes syncToCy sets, each a bit of an element's state. */
export const STATE_BITS = {
  hidden: 1,
  dimmed: 2,
  selected: 4,
  'on-path': 8,
  hover: 16,
  projector: 32,
  'tour-focus': 64,
  neighbour: 128,
  'hover-edge': 256,
  'hover-label': 512,
  collapsed: 1024,
} as const;

type StateClass = keyof typeof STATE_BITS;

/** The classes that make cytoscape draw an element of a large graph itself, over the batched layer. */
export const HIGHLIGHT_CLASSES = [
  'selected',
  'hover',
  'neighbour',
  'on-path',
  'tour-focus',
  'hover-edge',
] as const satisfies readonly StateClass[];

/** HIGHLIGHT_CLASSES as bits of STATE_BITS. */
export const HIGHLIGHT_BITS = HIGHLIGHT_CLASSES.reduce((bits, cls) => bits | STATE_BITS[cls], 0);

/**
 * Each element's state classes as bits, as syncToCy last set them: on a large graph, reading every
 * element's classes through cytoscape on every change costs more than the change. syncToCy is the
 * only writer of these classes; an element it has not seen yet is read from cytoscape once.
 */
const stateOf = new WeakMap<SingularElementArgument, number>();

/** An element's state classes as bits of STATE_BITS. */
export function stateBits(ele: SingularElementArgument): number {
  let bits = stateOf.get(ele);
  if (bits === undefined) {
    bits = 0;
    for (const cls of ele.classes()) bits |= STATE_BITS[cls as StateClass] ?? 0;
    stateOf.set(ele, bits);
  }
  return bits;
}

/** Class changes gathered per class and direction, so each becomes one cytoscape call. */
class ClassChanges {
  private readonly adds = new Map<StateClass, SingularElementArgument[]>();
  private readonly removes = new Map<StateClass, SingularElementArgument[]>();

  /** Notes a change when the element's class is not already as wanted. */
  want(ele: SingularElementArgument, cls: StateClass, on: boolean): void {
    if (((stateBits(ele) & STATE_BITS[cls]) !== 0) === on) return;
    const into = on ? this.adds : this.removes;
    const list = into.get(cls);
    if (list) list.push(ele);
    else into.set(cls, [ele]);
  }

  apply(cy: Core): void {
    // cytoscape builds a collection from an array of its elements; its types only list definitions.
    const collection = (eles: SingularElementArgument[]) =>
      cy.collection(eles as unknown as CollectionArgument);
    for (const [cls, eles] of this.adds) {
      collection(eles).addClass(cls);
      for (const ele of eles) stateOf.set(ele, stateBits(ele) | STATE_BITS[cls]);
    }
    for (const [cls, eles] of this.removes) {
      collection(eles).removeClass(cls);
      for (const ele of eles) stateOf.set(ele, stateBits(ele) & ~STATE_BITS[cls]);
    }
  }
}
