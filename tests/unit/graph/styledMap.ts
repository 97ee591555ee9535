import cytoscape, { type Core } from 'cytoscape';
import { builtInDataset } from '../../../src/app/dataset';
import type { Graph, Positions } from '../../../src/domain/schema';
import { toElements } from '../../../src/graph/elements';
import { PRESET_LAYOUT, STYLESHEET } from '../../../src/graph/stylesheet';

/**
 * A headless cytoscape instance with a graph's elements, styled by the app's stylesheet: the map's
 * styles and classes without a renderer. The article's graph unless told otherwise; the app's preset
 * layout, without which a headless core runs a grid layout over the positions.
 */
export const styledMap = (
  graph: Graph = builtInDataset.graph,
  positions: Positions = builtInDataset.positions,
): Core =>
  cytoscape({
    headless: true,
    styleEnabled: true,
    elements: toElements(graph, positions),
    style: STYLESHEET,
    layout: PRESET_LAYOUT,
  });
