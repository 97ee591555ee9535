import type { ParseResult } from '../../domain/formats';
import type { ImportReport } from '../../domain/formats/model';
import {
  colouringOf,
  defaultSphereAttribute,
  sphereAttributeChoices,
  toDataset,
  type Colouring,
  type ImportedDataset,
} from '../../domain/importDataset';
import { keptText, type KeptText } from './persist';

/**
 * A file read and made ready for the map: everything the page needs from it, made where the file
 * was parsed (the import worker), so the page does no pass over the file's graph itself.
 */
export interface PreparedImport {
  report: ImportReport;
  /** The dataset for the map, coloured by `sphereAttribute`. */
  dataset: ImportedDataset;
  sphereAttribute: string | null;
  /** The file carries Silkgraph spheres: the map uses them and there is nothing to choose. */
  silkgraph: boolean;
  /** Each way the graph can be coloured: by nothing (first), then by each categorical attribute. */
  colourings: Colouring[];
  /** The dataset serialised for the next visit. */
  kept: KeptText;
}

/** Turns a parsed file into what the page puts on the map, shows in the report and keeps. */
export function prepareImport({ graph, report }: ParseResult, fileName: string): PreparedImport {
  const silkgraph = graph.silkgraph !== undefined;
  const sphereAttribute = defaultSphereAttribute(graph);
  const dataset = toDataset(graph, { sphereAttribute, fileName });
  const colourings = silkgraph
    ? []
    : [null, ...sphereAttributeChoices(graph)].map((a) => colouringOf(graph, a));
  return { report, dataset, sphereAttribute, silkgraph, colourings, kept: keptText(dataset) };
}
