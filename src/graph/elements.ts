import type { ElementDefinition } from 'cytoscape';
import { ARTICLE_SPHERES, sphereDef } from '../domain/palette';
import type { Graph, Positions, SphereDef } from '../domain/schema';

/** Hard-edged stripes, one per sphere, for an edge's gradient fill. */
function stripes(colours: string[]): { colors: string; positions: string } {
  if (colours.length === 1) return { colors: `${colours[0]} ${colours[0]}`, positions: '0% 100%' };
  const step = 100 / colours.length;
  const colors: string[] = [];
  const positions: string[] = [];
  colours.forEach((c, i) => {
    colors.push(c, c);
    positions.push(`${(i * step).toFixed(1)}%`, `${((i + 1) * step).toFixed(1)}%`);
  });
  return { colors: colors.join(' '), positions: positions.join(' ') };
}

/** The graph as cytoscape elements: data for the stylesheet's mappers, precomputed positions when known. */
export function toElements(
  graph: Graph,
  positions: Positions,
  spheres: readonly SphereDef[] = ARTICLE_SPHERES,
): ElementDefinition[] {
  const nodes: ElementDefinition[] = graph.nodes.map((node) => {
    const data: Record<string, unknown> = {
      id: node.id,
      label: node.label,
      kind: node.kind,
      size: 0,
      projectorFont: 20,
      // The fill of a large graph's node (no pie there): its first sphere.
      colour: sphereDef(spheres, node.domains[0] ?? '').colour,
    };
    const share = 100 / node.domains.length;
    node.domains.forEach((sphere, i) => {
      data[`pie${i + 1}Colour`] = sphereDef(spheres, sphere).colour;
      data[`pie${i + 1}Size`] = share;
    });
    for (let i = node.domains.length; i < 4; i++) {
      data[`pie${i + 1}Colour`] = '#000000';
      data[`pie${i + 1}Size`] = 0;
    }
    const position = positions[node.id];
    return { group: 'nodes', data, ...(position ? { position: { ...position } } : {}) };
  });
  const edges: ElementDefinition[] = graph.edges.map((edge) => {
    const colours = edge.domains.map((d) => sphereDef(spheres, d).colour);
    const fill = stripes(colours);
    return {
      group: 'edges',
      data: {
        id: edge.id,
        source: edge.source,
        target: edge.target,
        relation: edge.relation,
        projectorFont: 20,
        status: edge.status,
        gradientColours: fill.colors,
        gradientPositions: fill.positions,
        // A one-sphere edge's solid colour; a large graph's edge in its first sphere.
        colour: colours[0] ?? '#9a9a9a',
      },
      classes: [edge.status, edge.domains.length > 1 ? 'multi' : 'single'],
    };
  });
  return [...nodes, ...edges];
}
