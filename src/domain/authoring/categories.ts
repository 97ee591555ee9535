import type { Graph, SphereDef } from '../schema';
import type { Tour } from '../tour';
import { slugOf, uniqueId } from './slug';
import { t } from '../../i18n/core';

// A map's own categories (the store's `spheres`): each an id (a slug of its first name, never
// changed), a name and a colour. Pure functions; the Categories dialog applies what they return
// with changeMap, one undo step each. Kept here, not in palette.ts, so the first view stays as small.

/**
 * The colours a new category takes, in turn: Okabe–Ito's and Paul Tol's colour-blind-safe sets,
 * keeping only those with at least 3:1 contrast against white (WCAG's for graphics; the article's
 * orange and sky blue fall short), the most distinct first.
 */
export const CATEGORY_COLOURS: readonly string[] = [
  '#0072B2', // blue
  '#D55E00', // vermillion
  '#009E73', // bluish green
  '#CC79A7', // reddish purple
  '#996600', // ochre
  '#332288', // indigo
  '#999933', // olive
  '#882255', // wine
  '#117733', // green
  '#CC6677', // rose
  '#AA4499', // purple
  '#555555', // dark grey
];

/** How many categories a map may have: as many as the defaults, each told apart by its colour. */
export const CATEGORY_LIMIT = CATEGORY_COLOURS.length;

/** A colour as the map file keeps it: "#" and six hex digits. */
export const HEX_COLOUR = /^#[0-9a-f]{6}$/i;

/** The colour for a new category: the first default no category has yet, else the next in turn. */
export function nextCategoryColour(categories: readonly SphereDef[]): string {
  const used = new Set(categories.map((c) => c.colour.toLowerCase()));
  return (
    CATEGORY_COLOURS.find((c) => !used.has(c.toLowerCase())) ??
    CATEGORY_COLOURS[categories.length % CATEGORY_COLOURS.length]!
  );
}

/** The categories after a change, or why it was refused (and nothing changes). */
export type CategoryResult =
  | { ok: true; categories: SphereDef[]; graph?: Graph; tour?: Tour | null }
  | { ok: false; message: string };

const no = (message: string): CategoryResult => ({ ok: false, message });

/** Why a name cannot be a category's (empty, or another category's), or null when it can. */
function nameProblem(
  categories: readonly SphereDef[],
  name: string,
  except?: string,
): string | null {
  if (name === '') return t('authoring.category.nameNeeded');
  const same = categories.find(
    (c) => c.id !== except && c.label.trim().toLowerCase() === name.toLowerCase(),
  );
  return same ? t('authoring.category.nameTaken', { name: same.label }) : null;
}

const find = (categories: readonly SphereDef[], id: string) => {
  const at = categories.findIndex((c) => c.id === id);
  return at < 0 ? null : at;
};

/** Adds a category at the end; its id is a slug of its name, unique among the map's. */
export function addCategory(
  categories: readonly SphereDef[],
  rawName: string,
  colour: string = nextCategoryColour(categories),
): CategoryResult {
  const name = rawName.trim();
  const problem = nameProblem(categories, name);
  if (problem) return no(problem);
  if (categories.length >= CATEGORY_LIMIT)
    return no(t('authoring.category.full', { max: CATEGORY_LIMIT, name }));
  if (!HEX_COLOUR.test(colour)) return no(t('authoring.category.badColour', { colour }));
  const id = uniqueId(slugOf(name, 'category'), new Set(categories.map((c) => c.id)));
  return {
    ok: true,
    categories: [...categories, { id, label: name, colour: colour.toLowerCase() }],
  };
}

/** Gives a category another name; its id stays. */
export function renameCategory(
  categories: readonly SphereDef[],
  id: string,
  rawName: string,
): CategoryResult {
  const at = find(categories, id);
  if (at === null) return no(t('authoring.category.unknown', { id }));
  const name = rawName.trim();
  const problem = nameProblem(categories, name, id);
  if (problem) return no(problem);
  return {
    ok: true,
    categories: categories.map((c, i) => (i === at ? { ...c, label: name } : c)),
  };
}

/** Gives a category another colour. */
export function recolourCategory(
  categories: readonly SphereDef[],
  id: string,
  colour: string,
): CategoryResult {
  const at = find(categories, id);
  if (at === null) return no(t('authoring.category.unknown', { id }));
  if (!HEX_COLOUR.test(colour)) return no(t('authoring.category.badColour', { colour }));
  return {
    ok: true,
    categories: categories.map((c, i) => (i === at ? { ...c, colour: colour.toLowerCase() } : c)),
  };
}

/** Moves a category one place up (-1) or down (1): the filters, legend and pies follow the order. */
export function moveCategory(
  categories: readonly SphereDef[],
  id: string,
  by: -1 | 1,
): CategoryResult {
  const at = find(categories, id);
  if (at === null) return no(t('authoring.category.unknown', { id }));
  const to = at + by;
  if (to < 0 || to >= categories.length)
    return no(
      t(by < 0 ? 'authoring.category.alreadyFirst' : 'authoring.category.alreadyLast', {
        name: categories[at]!.label,
      }),
    );
  const next = [...categories];
  [next[at], next[to]] = [next[to]!, next[at]!];
  return { ok: true, categories: next };
}

/** What uses a category: nodes, relations and tour steps in it. */
export interface CategoryUse {
  nodes: number;
  relations: number;
  steps: number;
}

export function categoryUse(graph: Graph, tour: Tour | null, id: string): CategoryUse {
  return {
    nodes: graph.nodes.filter((n) => n.domains.includes(id)).length,
    relations: graph.edges.filter((e) => e.domains.includes(id)).length,
    steps: tour ? tour.steps.filter((s) => s.spheres.includes(id)).length : 0,
  };
}

/** "a", "a and b", "a, b and c" in the interface's language (the lists here have up to three). */
export function listOf(parts: readonly string[]): string {
  const [a = '', b, c] = parts;
  if (b === undefined) return a;
  return c === undefined
    ? t('authoring.list.two', { a, b })
    : t('authoring.list.three', { a, b, c });
}

/** "3 nodes, 2 relations and 1 tour step", leaving out what is none. */
export function describeUse(use: CategoryUse): string {
  return listOf(
    [
      use.nodes ? t('authoring.count.nodes', { count: use.nodes }) : '',
      use.relations ? t('authoring.count.relations', { count: use.relations }) : '',
      use.steps ? t('authoring.count.tourSteps', { count: use.steps }) : '',
    ].filter(Boolean),
  );
}

/** A list with `from` replaced by `into`, each once, in the list's order. */
const moved = (list: readonly string[], from: string, into: string) => {
  const out: string[] = [];
  for (const d of list) {
    const id = d === from ? into : d;
    if (!out.includes(id)) out.push(id);
  }
  return out;
};

/**
 * Deletes a category. One still in use is refused, saying by what, unless `into` names another
 * category: then its nodes, relations and tour steps move there first (each keeps at least one
 * category), all one step. The last category is never deleted: every node needs one.
 */
export function deleteCategory(
  categories: readonly SphereDef[],
  graph: Graph,
  tour: Tour | null,
  id: string,
  into?: string,
): CategoryResult {
  const at = find(categories, id);
  if (at === null) return no(t('authoring.category.unknown', { id }));
  const name = categories[at]!.label;
  if (categories.length === 1) return no(t('authoring.category.onlyOne', { name }));
  const rest = categories.filter((c) => c.id !== id);
  const use = categoryUse(graph, tour, id);
  if (use.nodes + use.relations + use.steps === 0) return { ok: true, categories: rest };
  if (into === undefined) return no(t('authoring.category.inUse', { name, use: describeUse(use) }));
  if (into === id || !rest.some((c) => c.id === into))
    return no(t('authoring.category.chooseInto', { use: describeUse(use) }));
  const next: Graph = {
    ...graph,
    nodes: graph.nodes.map((n) =>
      n.domains.includes(id) ? { ...n, domains: moved(n.domains, id, into) } : n,
    ),
    edges: graph.edges.map((e) =>
      e.domains.includes(id) ? { ...e, domains: moved(e.domains, id, into) } : e,
    ),
  };
  const nextTour =
    tour && use.steps
      ? {
          ...tour,
          steps: tour.steps.map((s) =>
            s.spheres.includes(id) ? { ...s, spheres: moved(s.spheres, id, into) } : s,
          ),
        }
      : tour;
  return { ok: true, categories: rest, graph: next, ...(use.steps ? { tour: nextTour } : {}) };
}
