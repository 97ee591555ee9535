import { t } from '../i18n/core';
import type { Selection } from './evidence';
import type { Filters } from './filters';
import { ATTRIBUTION_LABELS, KIND_LABELS, STATUS_LABELS } from './palette';
import type { Graph, SphereDef } from './schema';
import { ATTRIBUTIONS, EDGE_STATUSES, NODE_KINDS } from './vocabulary';
import { bySpheres } from './wording';

export interface ExportView {
  filters: Filters;
  /** The dataset's spheres, in order, with their names. */
  spheres: readonly SphereDef[];
  selection: Selection | null;
  focusDepth: number;
}

const focusOf = (view: ExportView) =>
  view.focusDepth > 0 && view.selection?.type === 'node'
    ? { id: view.selection.id, depth: view.focusDepth }
    : null;

function onOff<T extends string>(
  name: string,
  all: readonly T[],
  on: readonly T[],
  labels: Readonly<Record<T, string>>,
): string | null {
  const off = all.filter((x) => !on.includes(x));
  if (off.length === 0) return null;
  const separator = t('app.separator');
  const shown = all.filter((x) => on.includes(x)).map((x) => labels[x]);
  return t('filters.view.part', {
    name,
    shown: shown.join(separator) || t('filters.view.none'),
    off: off.map((x) => labels[x]).join(separator),
  });
}

/**
 * What produced an export, in words, e.g. "Spheres: Political, Economic (Energy, Humanitarian off).",
 * in the interface's language.
 */
export function describeView(graph: Graph, view: ExportView): string {
  const { filters } = view;
  // An imported graph's categories are not the article's spheres.
  const category = bySpheres(view.spheres) ? 'sphere' : 'category';
  const parts = [
    onOff(
      t(category === 'sphere' ? 'filters.view.spheres' : 'filters.view.categories'),
      view.spheres.map((s) => s.id),
      filters.spheres,
      Object.fromEntries(view.spheres.map((s) => [s.id, s.label])),
    ),
    onOff(t('filters.view.kinds'), NODE_KINDS, filters.kinds, KIND_LABELS),
    onOff(t('filters.view.statuses'), EDGE_STATUSES, filters.statuses, STATUS_LABELS),
    onOff(t('filters.view.claims'), ATTRIBUTIONS, filters.attributions, ATTRIBUTION_LABELS),
  ].filter((p): p is string => p !== null);
  const focus = focusOf(view);
  if (focus) {
    const label = graph.nodes.find((n) => n.id === focus.id)?.label ?? focus.id;
    parts.push(t('filters.view.focus', { depth: focus.depth, label }));
  }
  if (parts.length) return parts.join(' ');
  // A graph whose relations do not say whose claims they are has no claims to speak of.
  const claims = graph.edges.some((e) => e.attribution);
  return t('filters.view.all', { category, claims: String(claims) });
}

/** A short name for the view, safe in a file name: "map", "political-energy", "kazakhstan-focus-1". */
export function viewName(view: ExportView): string {
  const { filters } = view;
  const parts: string[] = [];
  const focus = focusOf(view);
  if (focus) parts.push(`${focus.id}-focus-${focus.depth}`);
  const sphereIds = view.spheres.map((s) => s.id);
  if (filters.spheres.length < sphereIds.length)
    parts.push(
      filters.spheres.length
        ? sphereIds
            .filter((s) => filters.spheres.includes(s))
            .map((s) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-'))
            .join('-')
        : 'no-spheres',
    );
  if (
    filters.kinds.length < NODE_KINDS.length ||
    filters.statuses.length < EDGE_STATUSES.length ||
    filters.attributions.length < ATTRIBUTIONS.length
  )
    parts.push('filtered');
  const name = parts.join('-').replace(/[^a-z0-9-]+/gi, '-');
  return name || 'map';
}
