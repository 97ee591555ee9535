import type { ElementDefinition } from 'cytoscape';
import { relationPhrase } from '../domain/relationTemplates';
import { bundleSummary, parallelBundles, type BundleSummary } from '../domain/bundles';
import { ARTICLE_SPHERES, ATTRIBUTION_MARKS, sphereDef } from '../domain/palette';
import { positionOf } from '../domain/positions';
import type { Graph, Positions, SphereDef } from '../domain/schema';

/**
 * How strongly a relation's line shows on an article-sized map: 85 % of its colour over the white map.
 * It is drawn as that blend, opaque, not as a translucent line: cytoscape draws a translucent edge's
 * arrowhead twice (first erasing what lies under it, then filling it). Over white (exports, the
 * projector) the pixels are the same; where two lines cross, the upper one covers the lower.
 * A highlighted relation (hovered, selected, on a path) is drawn in its full colour.
 */
export const EDGE_OPACITY = 0.85;

/** `hex` (#rrggbb) at `alpha` over white, as an opaque #rrggbb; anything else is returned as is. */
export function overWhite(hex: string, alpha = EDGE_OPACITY): string {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) return hex;
  const channel = (h: string) =>
    Math.round(parseInt(h, 16) * alpha + 255 * (1 - alpha))
      .toString(16)
      .padStart(2, '0');
  return `#${channel(match[1]!)}${channel(match[2]!)}${channel(match[3]!)}`;
}

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

/** How far apart (model pixels, at the middle) neighbouring edges of a bundle are drawn: cytoscape's default step. */
export const BUNDLE_STEP = 40;

/**
 * Where each edge that shares its two nodes with others is drawn: its curve's distance from the
 * straight line at the middle, to the right of its own direction (cytoscape's unbundled-bezier
 * `control-point-distances`). The figures are those of cytoscape's own bundles of parallel edges
 * (curve-style bezier): fanned out one step apart in the order of the graph's edges, centred on the
 * straight line, each edge in its place in the fan whichever way it points. Taken once per graph,
 * they spare the renderer its search for each bezier edge's parallel edges (through both of its
 * nodes' edges) whenever one of the bundle changes, which between two hubs is many times a frame.
 * Edges left alone between their nodes, and the middle one of an odd bundle, are not listed: they
 * are drawn straight.
 */
export function bundleOffsets(graph: Graph): Map<string, number> {
  const order = new Map(graph.nodes.map((node, i) => [node.id, i]));
  const bundles = new Map<string, Graph['edges']>();
  for (const edge of graph.edges) {
    const [a, b] =
      edge.source < edge.target ? [edge.source, edge.target] : [edge.target, edge.source];
    const key = `${a}\u0000${b}`;
    const bundle = bundles.get(key);
    if (bundle) bundle.push(edge);
    else bundles.set(key, [edge]);
  }
  const offsets = new Map<string, number>();
  for (const bundle of bundles.values()) {
    if (bundle.length < 2) continue;
    const { source, target } = bundle[0]!;
    // cytoscape measures a bundle from the node it holds first (the graph's node order).
    const first = (order.get(source) ?? 0) <= (order.get(target) ?? 0) ? source : target;
    bundle.forEach((edge, i) => {
      const offset = (i - (bundle.length - 1) / 2) * BUNDLE_STEP;
      // The middle edge of an odd bundle is straight, as cytoscape draws it.
      if (offset !== 0) offsets.set(edge.id, edge.source === first ? offset : -offset);
    });
  }
  return offsets;
}

/** An article-sized map's edge colours: stripes blended over white and full, and its line colour. */
function richEdgeColours(colours: string[], colour: string) {
  const drawn = stripes(colours.map((c) => overWhite(c)));
  return {
    gradientColours: drawn.colors,
    strongGradientColours: stripes(colours).colors,
    gradientPositions: drawn.positions,
    lineColour: overWhite(colour),
  };
}

/**
 * A bundled link's data from what it shows: its count as its label, its spheres as stripes (see
 * src/domain/bundles.ts).
 */
export function bundleData(summary: BundleSummary, spheres: readonly SphereDef[]) {
  const colours = summary.spheres.map((d) => sphereDef(spheres, d).colour);
  const colour = colours[0] ?? '#9a9a9a';
  return {
    count: summary.count,
    // Just the number, as a badge on the line (the legend says what it counts): a word more and it
    // found no room between the hubs it joins on a 1280×720 map.
    label: String(summary.count),
    colour,
    ...richEdgeColours(colours.length ? colours : [colour], colour),
  };
}

/**
 * The graph as cytoscape elements: data for the stylesheet's mappers, precomputed positions when
 * known. `large`: for LARGE_STYLESHEET, which draws an edge in its first sphere's colour, straight:
 * the stripes and the fanning of parallel edges, a long task on tens of thousands of edges, are
 * left out. An article-sized map also gets a bundled link for each pair of nodes with more than
 * three relations (class `bundle`), drawn in their place: they start `collapsed` (not displayed),
 * and syncToCy opens them where they are asked for.
 */
export function toElements(
  graph: Graph,
  positions: Positions,
  spheres: readonly SphereDef[] = ARTICLE_SPHERES,
  { large = false }: { large?: boolean } = {},
): ElementDefinition[] {
  const nodes: ElementDefinition[] = graph.nodes.map((node) => {
    const data: Record<string, unknown> = {
      id: node.id,
      label: node.label,
      kind: node.kind,
      size: 0,
      // The label's size in the graph's units and where it wraps: MapLabels scales both with the zoom.
      labelFont: 15,
      labelWidth: 150,
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
    const position = positionOf(positions, node.id);
    return { group: 'nodes', data, ...(position ? { position: { ...position } } : {}) };
  });
  const offsets = large ? new Map<string, number>() : bundleOffsets(graph);
  const bundles = large ? [] : parallelBundles(graph);
  const inBundle = new Map(bundles.flatMap((b) => b.edges.map((id) => [id, b.id] as const)));
  const edges: ElementDefinition[] = graph.edges.map((edge) => {
    const colours = edge.domains.map((d) => sphereDef(spheres, d).colour);
    const colour = colours[0] ?? '#9a9a9a';
    return {
      group: 'edges',
      data: {
        id: edge.id,
        source: edge.source,
        target: edge.target,
        relation: relationPhrase(edge.relation),
        labelFont: 12,
        status: edge.status,
        ...(edge.attribution ? { attribution: edge.attribution } : {}),
        // A one-sphere edge's solid colour; a large graph's edge in its first sphere.
        colour,
        // An article-sized map's stripes and line, as drawn when not highlighted (see EDGE_OPACITY)
        // and in full colour when highlighted.
        ...(large ? {} : richEdgeColours(colours, colour)),
        ...(offsets.has(edge.id) ? { bundleOffset: offsets.get(edge.id) } : {}),
        ...(inBundle.has(edge.id) ? { bundle: inBundle.get(edge.id) } : {}),
      },
      classes: [
        edge.status,
        // Whose claim: the mark on the relation's line (none for a reported fact or an import).
        ...(edge.attribution && ATTRIBUTION_MARKS[edge.attribution] !== 'none'
          ? [`claim-${ATTRIBUTION_MARKS[edge.attribution]}`]
          : []),
        // Relations without a direction (an undirected import) are drawn without arrowheads.
        ...(graph.directed === false ? ['undirected'] : []),
        edge.domains.length > 1 ? 'multi' : 'single',
        ...(offsets.has(edge.id) ? ['bundled'] : []),
        ...(inBundle.has(edge.id) ? ['collapsed'] : []),
      ],
    };
  });
  const edgeSpheres = new Map(graph.edges.map((e) => [e.id, e.domains]));
  const all = new Set(graph.edges.map((e) => e.id));
  const order = spheres.map((s) => s.id);
  const links: ElementDefinition[] = bundles.map((bundle) => {
    const data = bundleData(bundleSummary(bundle, edgeSpheres, all, order), spheres);
    return {
      group: 'edges',
      data: {
        id: bundle.id,
        source: bundle.source,
        target: bundle.target,
        labelFont: 12,
        labelDx: 0,
        labelDy: 0,
        ...data,
      },
      classes: ['bundle'],
    };
  });
  return [...nodes, ...edges, ...links];
}
