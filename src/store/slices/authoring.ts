import type { EditContext, EditProblem, EditResult } from '../../domain/authoring/editResult';
import type { Graph, Positions, SphereDef } from '../../domain/schema';
import type { Tour } from '../../domain/tour';
import type { SliceCreator } from '../store';
import type { DatasetInput } from './dataset';

/** What an edit can change, and what undo and redo put back. */
export interface MapSnapshot {
  graph: Graph;
  positions: Positions;
  spheres: readonly SphereDef[];
  tour: Tour | null;
}

/** How far back undo goes in a session (every edit, drag and tour change is one step). */
export const HISTORY_LIMIT = 500;

/** Whether the map on screen is kept in the browser, and how the last save went. */
export type SaveState =
  | { kind: 'saved'; at: number }
  | { kind: 'saving' }
  /** Not kept: the browser's database refused (the message says why); the map stays in memory. */
  | { kind: 'failed'; message: string };

/** Authoring: editing a map of one's own, with undo and redo across the session. */
export interface AuthoringSlice {
  /**
   * Whether the map on screen is one's own and can be edited: a new map, or one opened from My
   * maps. The built-in article is read-only (a copy of it can be edited).
   */
  editable: boolean;
  /** The id of the kept map in My maps the map on screen is, or null while it is not kept. */
  mapId: string | null;
  saveState: SaveState | null;
  /** Earlier states of the map, the latest last; and states undone, the latest undone last. */
  past: readonly MapSnapshot[];
  future: readonly MapSnapshot[];
  /** Puts a map of one's own on screen, editable, with a fresh history (`mapId` when kept). */
  openOwnMap: (dataset: DatasetInput, mapId: string | null) => void;
  /** The map on screen is now kept under `mapId` (or could not be, with the reason). */
  setSaveState: (state: SaveState, mapId?: string) => void;
  /**
   * Applies one edit of the graph: it is checked against the contract (the map's text and
   * categories) and, when it holds, becomes the map, one step of undo. The result says what
   * happened, or the problem that refused it (and nothing changes).
   */
  applyEdit: <Report extends object>(
    edit: (graph: Graph, context: EditContext) => EditResult<Report>,
    positions?: Positions,
  ) => EditResult<Report>;
  /** Changes what an edit can change besides the graph (positions, categories, tour): one undo step. */
  changeMap: (change: Partial<MapSnapshot>) => void;
  undo: () => void;
  redo: () => void;
}

/** What an edit is checked against, from the state. */
export const editContextOf = (s: {
  article: EditContext['article'];
  spheres: readonly SphereDef[];
}): EditContext => ({ article: s.article, categories: s.spheres.map((c) => c.id) });

export const snapshotOf = (s: MapSnapshot): MapSnapshot => ({
  graph: s.graph,
  positions: s.positions,
  spheres: s.spheres,
  tour: s.tour,
});

export const createAuthoringSlice: SliceCreator<AuthoringSlice> = (set, get) => {
  /** Makes `next` the map, the current one an undo step; selection of what no longer exists ends. */
  const commit = (next: Partial<MapSnapshot>) => {
    const s = get();
    const past = [...s.past, snapshotOf(s)];
    if (past.length > HISTORY_LIMIT) past.splice(0, past.length - HISTORY_LIMIT);
    set({ ...next, ...cleared(s, next.graph), past, future: [] });
  };
  /** The selection, path and hover let go of where the graph no longer has what they name. */
  const cleared = (s: ReturnType<typeof get>, graph: Graph | undefined) => {
    if (!graph) return {};
    const ids = new Set<string>();
    for (const n of graph.nodes) ids.add(n.id);
    for (const e of graph.edges) ids.add(e.id);
    const out: { selection?: null; hovered?: null; path?: null } = {};
    if (s.selection && !ids.has(s.selection.id)) out.selection = null;
    if (s.hovered && !ids.has(s.hovered)) out.hovered = null;
    if (s.path && (!ids.has(s.path[0]) || !ids.has(s.path[1]))) out.path = null;
    return out;
  };
  return {
    editable: false,
    mapId: null,
    saveState: null,
    past: [],
    future: [],
    openOwnMap: (dataset, mapId) => {
      get().replaceDataset(dataset, 'import');
      set({
        editable: true,
        mapId,
        saveState: mapId ? { kind: 'saved', at: Date.now() } : null,
        past: [],
        future: [],
      });
    },
    setSaveState: (saveState, mapId) => set(mapId ? { saveState, mapId } : { saveState }),
    applyEdit: (edit, positions) => {
      const s = get();
      if (!s.editable)
        return {
          ok: false,
          problem: { code: 'invalid', message: 'This map is read-only.' } satisfies EditProblem,
        };
      const result = edit(s.graph, editContextOf(s));
      if (result.ok)
        commit(positions ? { graph: result.graph, positions } : { graph: result.graph });
      return result;
    },
    changeMap: (change) => {
      if (get().editable) commit(change);
    },
    undo: () => {
      const s = get();
      const previous = s.past.at(-1);
      if (!previous) return;
      set({
        ...previous,
        ...cleared(s, previous.graph),
        past: s.past.slice(0, -1),
        future: [...s.future, snapshotOf(s)],
      });
    },
    redo: () => {
      const s = get();
      const next = s.future.at(-1);
      if (!next) return;
      set({
        ...next,
        ...cleared(s, next.graph),
        past: [...s.past, snapshotOf(s)],
        future: s.future.slice(0, -1),
      });
    },
  };
};
