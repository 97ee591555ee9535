import type { Graph } from './schema';

// Which labels the map shows: no two visible labels overlap at any zoom. Labels are placed greedily
// in order of importance; one that would overlap a label already placed is hidden until a zoom
// makes room for it or the node is hovered. Pure: the map measures the boxes and sets the classes.

/** An axis-aligned box, in the graph's units. */
export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface LabelCandidate {
  id: string;
  /** Where the label may go, in order of preference (below its node, above, right, left). */
  boxes: readonly Box[];
  /** Shown whatever it overlaps (the hovered or selected node, the path): what the user asked for. */
  pinned?: boolean;
  /**
   * May lie over obstacles when no place is free of them (never over another label): a label that
   * belongs on a crowded spot, such as a bundled link's count between two hubs.
   */
  mayCover?: boolean;
}

/** Something a label must not cover, though it is no label: a node's shape, a bundled link. */
export interface Obstacle {
  box: Box;
  /** Whose it is: its own label may touch it (a node's label hangs from the node). */
  owner?: string;
}

const overlaps = (a: Box, b: Box, gap: number) =>
  a.x1 < b.x2 + gap && b.x1 < a.x2 + gap && a.y1 < b.y2 + gap && b.y1 < a.y2 + gap;

/** Boxes filed in the cells of a uniform grid, so that those near a box are found quickly. */
class BoxGrid<T extends { box: Box }> {
  private readonly cells = new Map<string, T[]>();
  /** Items spanning many cells (a label far larger than the others), checked one by one. */
  private readonly big: T[] = [];

  constructor(
    private readonly cell: number,
    private readonly gap: number,
  ) {}

  private keys(box: Box): string[] | null {
    const { cell, gap } = this;
    const cx1 = Math.floor((box.x1 - gap) / cell);
    const cx2 = Math.floor((box.x2 + gap) / cell);
    const cy1 = Math.floor((box.y1 - gap) / cell);
    const cy2 = Math.floor((box.y2 + gap) / cell);
    if ((cx2 - cx1 + 1) * (cy2 - cy1 + 1) > 16) return null;
    const keys: string[] = [];
    for (let x = cx1; x <= cx2; x++) for (let y = cy1; y <= cy2; y++) keys.push(`${x},${y}`);
    return keys;
  }

  add(item: T): void {
    const keys = this.keys(item.box);
    if (!keys) this.big.push(item);
    else
      for (const k of keys) {
        const list = this.cells.get(k);
        if (list) list.push(item);
        else this.cells.set(k, [item]);
      }
  }

  /** Whether an item near `box` (within the gap) passes `test`. */
  some(box: Box, test: (item: T) => boolean): boolean {
    const keys = this.keys(box);
    if (this.big.some((item) => overlaps(box, item.box, this.gap) && test(item))) return true;
    const seen = new Set<T>();
    const lists = keys ? keys.map((k) => this.cells.get(k) ?? []) : [...this.cells.values()];
    for (const list of lists)
      for (const item of list) {
        if (seen.has(item)) continue;
        seen.add(item);
        if (overlaps(box, item.box, this.gap) && test(item)) return true;
      }
    return false;
  }
}

/**
 * The labels to show and where, walking the candidates in order of importance: each in the first
 * of its places that keeps `gap` away from
 * every label shown before it, covers no obstacle but its own (a label over a node would hide
 * it, or the node its text), and lies `within` the view when one is given (a label cut by the edge of the
 * map is no better than an overlapping one); one that may cover, in the first place clear of other
 * labels; a pinned one always, in its first place when no place is free. Returns each shown label's
 * place (an index into its boxes). A grid finds what lies near each box, so that a frame of 800
 * labels costs about as much as drawing them.
 */
export function placeLabels(
  candidates: readonly LabelCandidate[],
  gap = 0,
  obstacles: readonly Obstacle[] = [],
  within: Box | null = null,
): Map<string, number> {
  const shown = new Map<string, number>();
  if (candidates.length === 0) return shown;
  // Cells about the size of a typical label, so that a box touches a few cells.
  let span = 0;
  for (const c of candidates)
    if (c.boxes[0]) span += c.boxes[0].x2 - c.boxes[0].x1 + (c.boxes[0].y2 - c.boxes[0].y1);
  const cell = Math.max(span / candidates.length / 2 + gap, 1e-9);
  const labels = new BoxGrid<{ id: string; box: Box; pinned: boolean }>(cell, gap);
  const blocks = new BoxGrid<Obstacle>(cell, 0);
  for (const o of obstacles) blocks.add(o);
  for (const c of candidates) {
    const free = (box: Box, covering = false) =>
      (!within ||
        (box.x1 >= within.x1 &&
          box.x2 <= within.x2 &&
          box.y1 >= within.y1 &&
          box.y2 <= within.y2)) &&
      !labels.some(box, (l) => shown.has(l.id)) &&
      (covering || !blocks.some(box, (o) => o.owner !== c.id));
    let place = c.boxes.findIndex((b) => free(b));
    if (place < 0 && (c.mayCover || c.pinned)) place = c.boxes.findIndex((b) => free(b, true));
    if (place < 0 && c.pinned && c.boxes.length > 0) {
      // No place is free: a pinned label takes its first, and the labels there that are not
      // pinned give way (a hovered node's own name before the names of its relations).
      place = 0;
      labels.some(c.boxes[0]!, (l) => {
        if (!l.pinned) shown.delete(l.id);
        return false;
      });
    }
    if (place < 0) continue;
    shown.set(c.id, place);
    labels.add({ id: c.id, box: c.boxes[place]!, pinned: !!c.pinned });
  }
  return shown;
}

/** What decides a label's importance, most important first in `labelOrder`. */
export interface LabelRank {
  id: string;
  /** Hovered, selected or on the path: shown whatever it overlaps. */
  pinned: boolean;
  /** In the tour step's focus, while presenting. */
  focus: boolean;
  /** A neighbour of the hovered or selected node, or a relation of it. */
  near: boolean;
  /** Faded out by a selection, a path or the tour. */
  dimmed: boolean;
  /** Its relations on the map. */
  degree: number;
  /**
   * A relation's label, which has one place only (its middle): it goes before the node labels it
   * ranks with, which have other places to go.
   */
  relation?: boolean;
}

/**
 * Labels in order of importance: pinned ones, then the tour step's focus, then the neighbours of
 * what is hovered or selected, then what is not faded out, each by degree (the hubs first), ties in
 * the graph's order. The relations that are pinned or near (a hovered node's) go first of all:
 * a pinned node's label can move round its node to make room for them.
 */
export function labelOrder<T extends LabelRank>(ranks: readonly T[]): T[] {
  const tier = (r: LabelRank) => {
    if (r.relation && (r.pinned || r.near)) return r.pinned ? 0 : 1;
    if (r.pinned) return 2;
    if (r.focus) return 3;
    return r.near ? 4 : 5;
  };
  return ranks
    .map((rank, index) => ({ rank, index, tier: tier(rank), dimmed: rank.dimmed ? 1 : 0 }))
    .sort(
      (a, b) =>
        a.tier - b.tier ||
        a.dimmed - b.dimmed ||
        b.rank.degree - a.rank.degree ||
        a.index - b.index,
    )
    .map((r) => r.rank);
}

/** Each node's number of relations among `edges` (those displayed). */
export function degrees(graph: Graph, edges: ReadonlySet<string>): Map<string, number> {
  const degree = new Map<string, number>();
  for (const edge of graph.edges) {
    if (!edges.has(edge.id)) continue;
    degree.set(edge.source, (degree.get(edge.source) ?? 0) + 1);
    degree.set(edge.target, (degree.get(edge.target) ?? 0) + 1);
  }
  return degree;
}

/** Font sizes step by this ratio, so that a zoom of a few per cent does not restyle every label. */
const FONT_STEP = 1.05;

/**
 * A label's font size in the graph's units for it to read at least `px` pixels on screen at
 * `zoom`, never below `base` (its size when zoomed in): a step of FONT_STEP above `base` at a time.
 */
export function labelFontSize(base: number, px: number, zoom: number): number {
  const wanted = px / zoom;
  if (wanted <= base) return base;
  const steps = Math.ceil(Math.log(wanted / base) / Math.log(FONT_STEP) - 1e-9);
  return base * FONT_STEP ** steps;
}

/**
 * The size of a presenting label on screen, in pixels: `full` on a map `fullWidth` wide or wider,
 * less on a narrower one (a 1024×768 projector's, beside the tour's panel), down to 16 px, which on
 * a 768-line projector is as large to the room as 28 px on a 1080-line one. Whole pixels, so the
 * size does not change with every pixel of a resize.
 */
export function projectorLabelPx(mapWidth: number, full = 20, fullWidth = 640): number {
  if (!(mapWidth > 0)) return full;
  return Math.max(Math.min(16, full), Math.min(full, Math.round((full * mapWidth) / fullWidth)));
}

/** The union of boxes; null when there are none. */
export function unionBox(boxes: Iterable<Box>): Box | null {
  let out: Box | null = null;
  for (const b of boxes)
    out = out
      ? {
          x1: Math.min(out.x1, b.x1),
          y1: Math.min(out.y1, b.y1),
          x2: Math.max(out.x2, b.x2),
          y2: Math.max(out.y2, b.y2),
        }
      : { ...b };
  return out;
}
