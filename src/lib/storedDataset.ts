import { t } from '../i18n/core';
import type { Article, Graph, Positions, SphereDef } from '../domain/schema';
import type { Tour } from '../domain/tour';
import { ATTRIBUTIONS, EDGE_STATUSES, MAX_NOTES_LENGTH, NODE_KINDS } from '../domain/vocabulary';

// A map as the browser keeps it (the last import in localStorage, maps in IndexedDB). What comes back
// from storage is checked by hand (the app does not ship zod on the page): anything that does not
// have the expected shape is refused, never shown.

export interface StoredDataset {
  article: Article;
  graph: Graph;
  positions: Positions;
  spheres: readonly SphereDef[];
  /** The map's own tour, when the file it came from had one. */
  tour?: Tour;
}

// The checks run over every element of a kept graph before the first paint (25,000 for a
// 5,000/20,000 import): each is a plain loop over fields listed once, not a new list per element.
type Check = (v: unknown) => boolean;
export const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isString: Check = (v) => typeof v === 'string';
const isId: Check = (v) => typeof v === 'string' && v.length > 0;
const arrayOf =
  (check: Check): Check =>
  (v) => {
    if (!Array.isArray(v)) return false;
    for (const item of v as unknown[]) if (!check(item)) return false;
    return true;
  };
const oneOf = (values: readonly string[]): Check => {
  const allowed = new Set(values);
  return (v) => typeof v === 'string' && allowed.has(v);
};
const shape = (fields: Record<string, Check>, optional: Record<string, Check> = {}): Check => {
  const required = Object.entries(fields);
  const optionals = Object.entries(optional);
  return (v) => {
    if (!isObject(v)) return false;
    for (const [k, check] of required) if (!check(v[k])) return false;
    for (const [k, check] of optionals) if (v[k] !== undefined && !check(v[k])) return false;
    return true;
  };
};

const evidence = arrayOf(shape({ block: isString, quote: isString }));
const domains: Check = (v) => arrayOf(isId)(v) && (v as unknown[]).length > 0;
const tags = { tags: arrayOf(isString) };
const node = shape(
  {
    id: isId,
    label: isString,
    aliases: arrayOf(isString),
    kind: oneOf(NODE_KINDS),
    domains,
    summary: isString,
    evidence,
  },
  { ...tags, otherNames: arrayOf(isString) },
);
const edge = shape(
  {
    id: isId,
    source: isId,
    target: isId,
    relation: isString,
    domains,
    status: oneOf(EDGE_STATUSES),
    year: (v) => v === null || Number.isInteger(v),
    evidence,
  },
  { ...tags, attribution: oneOf(ATTRIBUTIONS) },
);
const article = shape({
  id: isString,
  title: isString,
  author: isString,
  language: isString,
  source: isString,
  sections: arrayOf(shape({ id: isString, title: isString })),
  blocks: arrayOf(shape({ id: isString, type: isString, section: isString, text: isString })),
});
// Colours go into the map's style: only plain hex colours are accepted.
const sphere = shape({
  id: isId,
  label: isString,
  colour: (v) => /^#[0-9a-f]{6}$/i.test(String(v)),
});
const point = shape({ x: Number.isFinite, y: Number.isFinite });
const positions: Check = (v) => isObject(v) && Object.values(v).every(point);

const nonEmpty =
  (check: Check): Check =>
  (v) =>
    arrayOf(check)(v) && (v as unknown[]).length > 0;
const tourShape = shape({
  title: isString,
  steps: nonEmpty(
    shape(
      {
        id: isId,
        title: isString,
        caption: isString,
        spheres: nonEmpty(isId),
        focus: nonEmpty(isId),
        blocks: nonEmpty(isId),
      },
      // What a step authored from a view keeps besides (see tourStepSchema).
      {
        kinds: arrayOf(oneOf(NODE_KINDS)),
        statuses: arrayOf(oneOf(EDGE_STATUSES)),
        attributions: arrayOf(oneOf(ATTRIBUTIONS)),
        selection: shape({ type: oneOf(['node', 'edge', 'passage']), id: isId }),
        focusDepth: (v) => v === 0 || v === 1 || v === 2,
        frame: nonEmpty(isId),
        notes: (v) => typeof v === 'string' && v.length <= MAX_NOTES_LENGTH,
      },
    ),
  ),
}) as (v: unknown) => v is Tour;

/** Why a stored value is not a dataset the map can show, or null when it is one. */
export function datasetProblem(v: unknown): string | null {
  if (!shape({ article, positions, spheres: arrayOf(sphere) })(v))
    return t('maps.problem.notSaved');
  const graph = (v as Record<string, unknown>).graph;
  const directed: Check = (v) => typeof v === 'boolean';
  if (!shape({ nodes: arrayOf(node), edges: arrayOf(edge) }, { directed })(graph))
    return t('maps.problem.notSaved');
  const { nodes, edges } = graph as Graph;
  // A new map has its text and no node yet; a bare graph with neither would show nothing.
  if (nodes.length === 0 && (v as StoredDataset).article.blocks.length === 0)
    return t('maps.problem.noNodes');
  // One id space for nodes and edges, as on the map: a clash would hide an element silently.
  const ids = new Set<string>();
  for (const n of nodes) {
    if (ids.has(n.id)) return t('maps.problem.twoNodes', { id: n.id.slice(0, 40) });
    ids.add(n.id);
  }
  const nodeIds = new Set(ids);
  for (const e of edges) {
    if (!nodeIds.has(e.source) || !nodeIds.has(e.target))
      return t('maps.problem.danglingEdge', { id: e.id.slice(0, 40) });
    if (ids.has(e.id)) return t('maps.problem.idTwice', { id: e.id.slice(0, 40) });
    ids.add(e.id);
  }
  // An element in a sphere the dataset does not declare would never be shown.
  const spheres = new Set((v as StoredDataset).spheres.map((s) => s.id));
  for (const e of [...nodes, ...edges])
    for (const d of e.domains)
      if (!spheres.has(d)) return t('maps.problem.unknownSphere', { id: e.id.slice(0, 40) });
  const { tour } = v as StoredDataset;
  if (tour === undefined) return null;
  if (!tourShape(tour)) return t('maps.problem.tourShape');
  // A step that frames, shows or reads something the map does not have could not be presented.
  const blocks = new Set((v as StoredDataset).article.blocks.map((b) => b.id));
  for (const step of tour.steps)
    if (
      !step.focus.every((id) => ids.has(id)) ||
      !(step.frame ?? []).every((id) => ids.has(id)) ||
      (step.selection &&
        !(step.selection.type === 'passage' ? blocks : ids).has(step.selection.id)) ||
      !step.blocks.every((id) => blocks.has(id)) ||
      !step.spheres.every((id) => spheres.has(id))
    )
      return t('maps.problem.tourStep', { id: step.id.slice(0, 40) });
  return null;
}
