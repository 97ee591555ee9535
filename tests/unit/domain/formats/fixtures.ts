import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  parseGraphFile,
  type ImportedGraph,
  type ParseOptions,
} from '../../../../src/domain/formats';

/** A fixture file's text, from tests/fixtures/formats. */
export const fixture = (name: string) =>
  readFileSync(resolve(__dirname, '../../../fixtures/formats', name), 'utf8');

/** Parses a fixture (optionally with a node list fixture for CSV). */
export function parseFixture(name: string, options: ParseOptions & { nodesFile?: string } = {}) {
  const { nodesFile, ...rest } = options;
  const nodes = nodesFile ? { name: nodesFile, text: fixture(nodesFile) } : undefined;
  return parseGraphFile({ name, text: fixture(name), ...rest, ...(nodes ? { nodes } : {}) });
}

/** The error a parse throws (fails the test when it does not throw). */
export function errorOf(run: () => unknown): Error {
  try {
    run();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected an error');
}

/**
 * Nodes, edges and attributes as plain data, to compare two graphs regardless of format. Null
 * values are left out: no format tells an empty value from a missing one.
 */
export function essence(graph: ImportedGraph) {
  const plain = (attrs: object) =>
    Object.fromEntries(Object.entries(attrs).filter(([, v]) => v !== null));
  return {
    nodes: graph.nodes.map((n) => ({ id: n.id, label: n.label, attrs: plain(n.attrs) })),
    edges: graph.edges.map((e) => ({
      id: e.id,
      source: e.source,
      target: e.target,
      label: e.label,
      attrs: plain(e.attrs),
    })),
    positions: { ...graph.positions },
    attributes: graph.attributes,
    directed: graph.directed,
  };
}

/** Attributes by name: `{ name: type }`. */
export const typesOf = (infos: readonly { name: string; type: string }[]) =>
  Object.fromEntries(infos.map((a) => [a.name, a.type]));
