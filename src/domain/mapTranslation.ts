/**
 * The article's map in the project's translation (data/translations/<language>.json): labels,
 * names, summaries, relation sentences, sphere names and the tour's words on the same ids. Quotes and
 * the article's text are never translated: the evidence stays the source's. Loaded with a
 * translation, not with the first view.
 */
import { SOURCE, TARGET } from './relationTemplates';
import type { Translation } from './translations';
import type { Graph, GraphEdge, GraphNode, SphereDef } from './schema';
import type { Tour } from './tour';

/**
 * What a translated sentence says between its ends, as a relation's phrase: "{source} выдвинул
 * {target}" is "выдвинул". A sentence that goes on after its target keeps its template.
 */
export function relationOfSentence(sentence: string): string {
  const s = sentence.trim();
  if (s.startsWith(SOURCE) && s.endsWith(TARGET)) {
    const middle = s.slice(SOURCE.length, s.length - TARGET.length);
    if (!middle.includes(SOURCE) && !middle.includes(TARGET) && middle.trim()) return middle.trim();
  }
  return s;
}

function translateNode(node: GraphNode, t: Translation): GraphNode {
  const tr = t.nodes[node.id];
  if (!tr) return node;
  // Names in English stay searchable through the article's table of names in every language
  // (build/articleNames.ts); on screen the node is named in the translation only.
  const shown: GraphNode = { ...node, label: tr.label, aliases: tr.aliases, summary: tr.summary };
  delete shown.otherNames;
  return shown;
}

function translateEdge(edge: GraphEdge, t: Translation): GraphEdge {
  const tr = t.edges[edge.id];
  return tr ? { ...edge, relation: relationOfSentence(tr.sentence) } : edge;
}

/** The graph with the translation's words on the same ids; anything it does not translate as it is. */
export function translateGraph(graph: Graph, t: Translation): Graph {
  return {
    ...graph,
    nodes: graph.nodes.map((n) => translateNode(n, t)),
    edges: graph.edges.map((e) => translateEdge(e, t)),
  };
}

export function translateSpheres(spheres: readonly SphereDef[], t: Translation): SphereDef[] {
  return spheres.map((s) => {
    const tr = t.spheres[s.id];
    return tr ? { ...s, label: tr.label } : s;
  });
}

/** The tour in translation: its title, each step's title and caption, and its notes where given. */
export function translateTour(tour: Tour, t: Translation): Tour {
  return {
    ...tour,
    title: t.tour.title,
    steps: tour.steps.map((step) => {
      const tr = t.tour.steps[step.id];
      if (!tr) return step;
      // The translation's notes when it gives them (validate requires them wherever the English
      // step has notes); otherwise the step keeps what it had, like an untranslated step.
      return tr.notes === undefined
        ? { ...step, title: tr.title, caption: tr.caption }
        : { ...step, title: tr.title, caption: tr.caption, notes: tr.notes };
    }),
  };
}

/** A translation with the means to show the map in it: what the store keeps while it is shown. */
export interface MapTranslator {
  translation: Translation;
  graph: (graph: Graph) => Graph;
  spheres: (spheres: readonly SphereDef[]) => SphereDef[];
  tour: (tour: Tour) => Tour;
}

export const translatorOf = (translation: Translation): MapTranslator => ({
  translation,
  graph: (g) => translateGraph(g, translation),
  spheres: (s) => translateSpheres(s, translation),
  tour: (t) => translateTour(t, translation),
});
