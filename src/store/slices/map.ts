import type { SliceCreator } from '../store';
import { nextSeq, type CameraIntent, type ExportAsk, type ExportRequest } from './intents';

/** What the map is busy with, shown as progress: drawing a large graph's elements, or laying one out. */
export type MapActivity =
  | { kind: 'drawing'; done: number; total: number }
  | { kind: 'layout'; nodes: number; draft: boolean; startedAt: number };

/** Requests to the map, which the graph adapter carries out, and what the map reports back. */
export interface MapSlice {
  camera: CameraIntent | null;
  exportRequest: ExportRequest | null;
  /** Set by the graph adapter while it draws or lays out a new graph; null when the map is ready. */
  mapActivity: MapActivity | null;
  setMapActivity: (activity: MapActivity | null) => void;
  fitView: () => void;
  rearrangeVisible: () => void;
  requestExport: (request: ExportAsk) => void;
}

export const createMapSlice: SliceCreator<MapSlice> = (set) => ({
  camera: null,
  exportRequest: null,
  mapActivity: null,
  setMapActivity: (mapActivity) => set({ mapActivity }),
  fitView: () => set({ camera: { kind: 'fit', seq: nextSeq() } }),
  rearrangeVisible: () => set({ camera: { kind: 'relayout', seq: nextSeq() } }),
  requestExport: (request) =>
    set({ exportRequest: { ...request, seq: nextSeq() } as ExportRequest }),
});
