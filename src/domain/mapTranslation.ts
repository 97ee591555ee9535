/**
 * The article's map as the project translated it (data/translations/<language>.json): labels,
 * names, summaries, relation sentences, sphere names and the tour's words in another language, on the
 * same ids. Quotes and the article's text are never translated here: the evidence stays the source's.
 * Zod-free, for the page; the files are checked by `npm run validate` (translations.ts).
 */
import type { Translation } from './translations';
import type { Graph, GraphEdge, GraphNode, SphereDef } from './schema';
import type { Tour } from './tour';

/** The article the project's translations are of. */
export const ARTICLE_ID = 'community-of-shared-future';

/**
 * A relation as a translation gives it: a sentence with `{source}` and `{target}` in its own word
 * order ("{source}提出并推动{target}理念"). An English relation is a phrase between its ends.
 */
const SOURCE = '{source}';
const TARGET = '{target}';

/** Whether a relation is a translated sentence template rather than a phrase between the ends. */
export const isTemplate = (relation: string) =>
  relation.includes(SOURCE) && relation.includes(TARGET);

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

/** A relation's words without its ends, for a label on its line: "提出并推动…理念". */
export function relationPhrase(relation: string): string {
  if (!isTemplate(relation)) return relation;
  const s = relation.trim();
  const start = s.startsWith(SOURCE) ? SOURCE.length : 0;
  const end = s.endsWith(TARGET) ? s.length - TARGET.length : s.length;
  return s.slice(start, end).replaceAll(SOURCE, '…').replaceAll(TARGET, '…').trim();
}

/** A relation read as a sentence with its ends' names, in the order its language puts them. */
export function fillRelation(relation: string, source: string, target: string): string {
  if (!isTemplate(relation)) return `${source} ${relation} ${target}`;
  // One pass, so a name that itself contains "{target}" is not filled again.
  return relation.replace(/\{source\}|\{target\}/g, (m) => (m === SOURCE ? source : target));
}

/** Whether a translation is of this map: the article's, not an import or a map of one's own. */
export const translatesArticle = (articleId: string) => articleId === ARTICLE_ID;

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
