import { allFilters } from '../../domain/filters';
import { ARTICLE_SPHERES } from '../../domain/palette';
import type { Article, Graph, Positions, SphereDef } from '../../domain/schema';
import type { Tour } from '../../domain/tour';
import type { SliceCreator } from '../store';
import { nextSeq } from './intents';

export interface DatasetSlice {
  article: Article;
  graph: Graph;
  positions: Positions;
  /** The categories this dataset filters and colours by: the article's four spheres unless it says otherwise. */
  spheres: readonly SphereDef[];
}

/**
 * Where the graph on the map comes from: the article the app is built around (the dataset the store
 * was made with, or the one "Back to the article" puts back), or an imported file. The guided tour
 * walks through the article, so it is offered only while the article is shown.
 */
export type DatasetOrigin = 'article' | 'import';

/**
 * A dataset as loaders hand it over; without its own spheres it uses the article's. A map file may
 * bring its own tour (the built-in article's is loaded when first presented).
 */
export type DatasetInput = Omit<DatasetSlice, 'spheres'> & {
  spheres?: readonly SphereDef[];
  tour?: Tour;
};

/** Which dataset is on the map, and how another one takes its place. */
export interface OriginSlice {
  /** Which graph is on the map: the article's, or an imported one. */
  origin: DatasetOrigin;
  /**
   * Puts another dataset on the map with a fresh view: an import (the default), or the built-in
   * article again (`'article'`). A tour in progress ends.
   */
  replaceDataset: (dataset: DatasetInput, origin?: DatasetOrigin) => void;
}

export const withSpheres = ({ tour: _, ...d }: DatasetInput): DatasetSlice => ({
  ...d,
  spheres: d.spheres ?? ARTICLE_SPHERES,
});

/** The ids of the dataset's spheres, in its order. */
export const sphereIds = (s: { spheres: readonly SphereDef[] }) => s.spheres.map((d) => d.id);

/** The dataset the store is built around, the article's unless told otherwise. */
export const createDatasetSlice =
  (input: DatasetInput): SliceCreator<DatasetSlice & OriginSlice> =>
  (set) => ({
    ...withSpheres(input),
    origin: 'article',
    replaceDataset: (dataset, origin = 'import') =>
      set({
        origin,
        camera: {
          kind: 'arrange',
          layout: dataset.graph.nodes.some((n) => !Object.hasOwn(dataset.positions, n.id)),
          seq: nextSeq(),
        },
        ...withSpheres(dataset),
        filters: allFilters(sphereIds(withSpheres(dataset))),
        selection: null,
        hovered: null,
        focusDepth: 0,
        path: null,
        sizeBy: 'none',
        // A place on another graph is no place on this one: the new graph is framed.
        viewport: null,
        // A tour belongs to the dataset it was written for: the new one's own, or none.
        tour: dataset.tour ?? null,
        tourStep: null,
        tourBlanked: false,
        pendingTourStep: null,
        viewBeforeTour: null,
        // Another map is not the one being edited: openOwnMap makes a map of one's own editable.
        editable: false,
        mapId: null,
        saveState: null,
        past: [],
        future: [],
      }),
  });
