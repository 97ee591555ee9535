import { t } from '../i18n/core';
import { EMBED_KEYS } from './embed';
import { isLanguage, LANG_KEY } from './languages';
import { ALL_FILTERS, sameSet, type Filters } from './filters';
import type { Selection } from './evidence';
import type { SizeBy } from './metrics';
import { ATTRIBUTIONS, EDGE_STATUSES, NODE_KINDS, SPHERES } from './vocabulary';
import type { Graph } from './schema';

/**
 * Where the map looks: the point of the graph (in its own coordinates) at the middle of the map,
 * and the zoom. Kept as a middle rather than cytoscape's pan, so a link opened in a window of
 * another size shows the same place in the middle.
 */
export interface MapViewport {
  x: number;
  y: number;
  zoom: number;
}

/** The tabs of the tools panel, in order. */
export const TOOLS_TABS = ['filters', 'list', 'path'] as const;
export type ToolsTab = (typeof TOOLS_TABS)[number];

/** The part of the view a copied link carries. */
export interface ViewState {
  filters: Filters;
  selection: Selection | null;
  focusDepth: 0 | 1 | 2;
  path: [string, string] | null;
  sizeBy: SizeBy;
  /** The tour step being presented, counted from 1 as the presenter shows it; null outside the tour. */
  step: number | null;
  /** Where the map looks; null when it frames what is shown by itself (fitted). */
  viewport: MapViewport | null;
  /** The tools panel's open tab. */
  tab: ToolsTab;
}

export const DEFAULT_VIEW: ViewState = {
  filters: ALL_FILTERS,
  selection: null,
  focusDepth: 0,
  path: null,
  sizeBy: 'none',
  step: null,
  viewport: null,
  tab: 'filters',
};

/** The tab a link opens when it names none: the path's when it has a path, else the filters'. */
const defaultTab = (path: ViewState['path']): ToolsTab => (path ? 'path' : 'filters');

/** Graph coordinates to a tenth, zoom to three significant digits: as exact as a screen shows. */
const round = (n: number, digits: number) => Number(n.toFixed(digits)) || 0;
const roundZoom = (zoom: number) => Number(zoom.toPrecision(3));

/** The highest zoom a link may ask for; the map keeps its own, lower limits. */
const MAX_LINK_ZOOM = 100;
/** Coordinates beyond this are no place on any map. */
const MAX_LINK_COORDINATE = 1e7;

function encodeList(all: readonly string[], on: readonly string[]): string | null {
  if (sameSet(all, on)) return null;
  return on.length === 0 ? 'none' : all.filter((x) => on.includes(x)).join(',');
}

/** Writes a view as URL hash parameters, leaving out whatever is at its default. */
export function encodeView(view: ViewState, sphereIds: readonly string[] = SPHERES): string {
  const p = new URLSearchParams();
  const lists: [string, readonly string[], readonly string[]][] = [
    ['spheres', sphereIds, view.filters.spheres],
    ['kinds', NODE_KINDS, view.filters.kinds],
    ['status', EDGE_STATUSES, view.filters.statuses],
    ['claim', ATTRIBUTIONS, view.filters.attributions],
  ];
  for (const [key, all, on] of lists) {
    const v = encodeList(all, on);
    if (v !== null) p.set(key, v);
  }
  if (view.selection) p.set('sel', `${view.selection.type[0]}:${view.selection.id}`);
  if (view.focusDepth > 0) p.set('focus', String(view.focusDepth));
  if (view.path) p.set('path', `${view.path[0]}~${view.path[1]}`);
  if (view.sizeBy !== 'none') p.set('size', view.sizeBy);
  if (view.step !== null) p.set('step', String(view.step));
  if (view.tab !== defaultTab(view.path)) p.set('tab', view.tab);
  if (view.viewport) {
    const { x, y, zoom } = view.viewport;
    p.set('camera', `${round(x, 1)},${round(y, 1)},${roundZoom(zoom)}`);
  }
  return p.toString();
}

/** The hash parameter naming a map kept in the browser (My maps); the built-in map is named by none. */
export const MAP_KEY = 'map';

/** The kept map a link is of, or null for the built-in map. */
export function mapOfHash(hash: string): string | null {
  const id = new URLSearchParams(hash.replace(/^#/, '')).get(MAP_KEY);
  return id && id.length <= 100 ? id : null;
}

/** The hash parameter that names a kept map, to put in front of its view. */
export const mapParam = (id: string) => `${MAP_KEY}=${encodeURIComponent(id)}`;

/**
 * Reads a view from URL hash parameters against the graph it must apply to.
 * Unknown keys and values are dropped, each with a short notice; it never throws.
 */
export function decodeView(
  hash: string,
  graph: Graph,
  blockIds: ReadonlySet<string> = new Set(),
  sphereIds: readonly string[] = SPHERES,
): { view: ViewState; notices: string[] } {
  const notices: string[] = [];
  const p = new URLSearchParams(hash.replace(/^#/, ''));
  const nodeIds = new Set(graph.nodes.map((n) => n.id));
  const edgeIds = new Set(graph.edges.map((e) => e.id));

  function list<T extends string>(key: string, all: readonly T[]): readonly T[] {
    const raw = p.get(key);
    if (raw === null) return all;
    if (raw === 'none') return [];
    const values = raw.split(',').filter(Boolean);
    // In the canonical order, each once, whatever order or repeats the link has.
    const known = all.filter((x) => values.includes(x));
    const unknown = values.filter((v) => !(all as readonly string[]).includes(v));
    if (unknown.length) {
      const shown = unknown.slice(0, 5).map((v) => (v.length > 20 ? `${v.slice(0, 20)}…` : v));
      notices.push(
        t('app.link.values', {
          key,
          values: shown.join(t('app.separator')),
          more: String(unknown.length > 5),
        }),
      );
    }
    return known.length ? known : unknown.length ? all : [];
  }

  const filters: Filters = {
    spheres: list('spheres', sphereIds),
    kinds: list('kinds', NODE_KINDS),
    statuses: list('status', EDGE_STATUSES),
    attributions: list('claim', ATTRIBUTIONS),
  };

  let selection: Selection | null = null;
  const sel = p.get('sel');
  if (sel !== null) {
    const m = /^([nep]):(.+)$/.exec(sel);
    if (m && m[1] === 'n' && nodeIds.has(m[2]!)) selection = { type: 'node', id: m[2]! };
    else if (m && m[1] === 'e' && edgeIds.has(m[2]!)) selection = { type: 'edge', id: m[2]! };
    else if (m && m[1] === 'p' && blockIds.has(m[2]!)) selection = { type: 'passage', id: m[2]! };
    else notices.push(t('app.link.selection', { id: sel.slice(0, 40) }));
  }

  let focusDepth: ViewState['focusDepth'] = 0;
  const focus = p.get('focus');
  if (focus !== null) {
    if (focus === '1' || focus === '2') {
      if (selection?.type === 'node') focusDepth = Number(focus) as 1 | 2;
      else notices.push(t('app.link.focus'));
    } else notices.push(t('app.link.focusDepth', { depth: focus.slice(0, 10) }));
  }

  let path: ViewState['path'] = null;
  const rawPath = p.get('path');
  if (rawPath !== null) {
    const ends = rawPath.split('~');
    if (ends.length === 2 && ends.every((e) => nodeIds.has(e)) && ends[0] !== ends[1])
      path = [ends[0]!, ends[1]!];
    else notices.push(t('app.link.path', { path: rawPath.slice(0, 40) }));
  }

  let sizeBy: SizeBy = 'none';
  const size = p.get('size');
  if (size !== null) {
    if (size === 'degree' || size === 'betweenness') sizeBy = size;
    else notices.push(t('app.link.size', { size: size.slice(0, 20) }));
  }

  let step: number | null = null;
  const rawStep = p.get('step');
  if (rawStep !== null) {
    if (/^[1-9]\d{0,2}$/.test(rawStep)) step = Number(rawStep);
    else notices.push(t('app.link.step', { step: rawStep.slice(0, 10) }));
  }

  let tab = defaultTab(path);
  const rawTab = p.get('tab');
  if (rawTab !== null) {
    if ((TOOLS_TABS as readonly string[]).includes(rawTab)) tab = rawTab as ToolsTab;
    else notices.push(t('app.link.tab', { tab: rawTab.slice(0, 20) }));
  }

  let viewport: MapViewport | null = null;
  const rawCamera = p.get('camera');
  if (rawCamera !== null) {
    const parts = rawCamera.split(',');
    const [x, y, zoom] = parts.map((v) => (/^-?\d+(\.\d+)?(e-?\d+)?$/i.test(v) ? Number(v) : NaN));
    if (
      parts.length === 3 &&
      [x, y, zoom].every((n) => Number.isFinite(n)) &&
      Math.abs(x!) <= MAX_LINK_COORDINATE &&
      Math.abs(y!) <= MAX_LINK_COORDINATE &&
      zoom! > 0 &&
      zoom! <= MAX_LINK_ZOOM
    )
      // As a link writes it, so that reading and writing it again changes nothing.
      viewport = { x: round(x!, 1), y: round(y!, 1), zoom: roundZoom(zoom!) };
    else notices.push(t('app.link.camera', { camera: rawCamera.slice(0, 40) }));
  }

  const lang = p.get(LANG_KEY);
  if (lang !== null && !isLanguage(lang))
    notices.push(t('common.linkLanguage', { value: lang.slice(0, 10) }));

  const knownKeys = new Set([
    'spheres',
    'kinds',
    'status',
    'claim',
    'sel',
    'focus',
    'path',
    'size',
    'step',
    'tab',
    'camera',
    // The embed's own options (embed.ts), read by the page, not by the view.
    ...EMBED_KEYS,
    // Which kept map of one's own the view is of (read by the page: `mapOfHash`).
    MAP_KEY,
    // The interface's language (read by the page: `languageOfHash`).
    LANG_KEY,
  ]);
  // One notice for every unknown key together: a link with thousands of them gets one line.
  const unknownKeys = [...new Set(p.keys())].filter((key) => !knownKeys.has(key));
  if (unknownKeys.length === 1)
    notices.push(t('app.link.key', { key: unknownKeys[0]!.slice(0, 20) }));
  else if (unknownKeys.length > 1) {
    const shown = unknownKeys.slice(0, 3).map((k) => `"${k.slice(0, 20)}"`);
    notices.push(
      t('app.link.keys', {
        count: unknownKeys.length,
        keys: shown.join(t('app.separator')),
        more: String(unknownKeys.length > 3),
      }),
    );
  }

  return {
    view: { filters, selection, focusDepth, path, sizeBy, step, viewport, tab },
    notices: [...new Set(notices)],
  };
}
