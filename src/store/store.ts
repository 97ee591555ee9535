import { createStore, type Mutate, type StateCreator, type StoreApi } from 'zustand/vanilla';
import { subscribeWithSelector } from 'zustand/middleware';
import { useStore } from 'zustand';
import {
  createDatasetSlice,
  sphereIds,
  withSpheres,
  type DatasetInput,
  type DatasetSlice,
  type OriginSlice,
} from './slices/dataset';
import { createAuthoringSlice, type AuthoringSlice } from './slices/authoring';
import { createFiltersSlice, type FiltersSlice } from './slices/filters';
import { createLanguageSlice, inMapLanguage, type LanguageSlice } from './slices/language';
import { createMapSlice, type MapSlice } from './slices/map';
import { createNoticesSlice, type NoticesSlice } from './slices/notices';
import { createPanelsSlice, type PanelName, type PanelsSlice } from './slices/panels';
import { createSelectionSlice, type SelectionSlice } from './slices/selection';
import { createTourSlice, type TourSlice } from './slices/tour';
import { createViewSlice, type ViewSlice } from './slices/view';

export type AppState = DatasetSlice &
  OriginSlice &
  FiltersSlice &
  SelectionSlice &
  ViewSlice &
  MapSlice &
  NoticesSlice &
  PanelsSlice &
  TourSlice &
  AuthoringSlice &
  LanguageSlice;

type Middleware = [['zustand/subscribeWithSelector', never]];

/** One slice of the app's state: it sees (and may set) the whole state, through the store's middleware. */
export type SliceCreator<Slice> = StateCreator<AppState, Middleware, [], Slice>;

/** The store, whose `subscribe` also takes a selector (one concern per subscriber). */
export type AppStore = Mutate<StoreApi<AppState>, Middleware>;

/** What the store starts with besides its dataset. */
export interface StoreOptions {
  /** Which side panels are open (the user's last choice on a wide screen; closed on a narrow one). */
  panels?: Readonly<Record<PanelName, boolean>>;
}

/** Builds the app's one store from its slices, around a dataset. */
export function createAppStore(input: DatasetInput, options: StoreOptions = {}): AppStore {
  const spheres = sphereIds(withSpheres(input));
  return createStore<AppState>()(
    subscribeWithSelector(
      inMapLanguage((...a) => ({
        ...createDatasetSlice(input)(...a),
        ...createFiltersSlice(spheres)(...a),
        ...createSelectionSlice(...a),
        ...createViewSlice(...a),
        ...createMapSlice(...a),
        ...createNoticesSlice(...a),
        ...createPanelsSlice(options.panels)(...a),
        ...createTourSlice(...a),
        ...createAuthoringSlice(...a),
        ...createLanguageSlice(...a),
      })),
    ),
  );
}

export type { DatasetInput, DatasetOrigin, DatasetSlice, OriginSlice } from './slices/dataset';
export type { AuthoringSlice, MapSnapshot, SaveState } from './slices/authoring';
export type { FiltersSlice } from './slices/filters';
export {
  asWritten,
  shownTranslation,
  sourceOf,
  translationNotes,
  type LanguageSlice,
} from './slices/language';
export type { CameraIntent, ExportAsk, ExportRequest, MapPicture } from './slices/intents';
export type { MapActivity, MapSlice } from './slices/map';
export { NOTICES_SHOWN, type Notice, type NoticeKind, type NoticesSlice } from './slices/notices';
export { OPEN_PANELS, type PanelName, type PanelsSlice } from './slices/panels';
export type { SelectionSlice } from './slices/selection';
export type { TourSlice } from './slices/tour';
export { viewOf, type ViewSlice } from './slices/view';
export type { StoreApi };
export { useStore };
