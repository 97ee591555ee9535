import { beforeEach, describe, expect, it } from 'vitest';
import { ALL_FILTERS, visibleElements } from '../../src/domain/filters';
import type { Tour } from '../../src/domain/tour';
import { DEFAULT_VIEW, type ViewState } from '../../src/domain/urlState';
import { EDGE_STATUSES, NODE_KINDS, SPHERES } from '../../src/domain/vocabulary';
import {
  selectDisplayed,
  selectElementsByBlock,
  selectPath,
  selectSizes,
} from '../../src/store/derived';
import {
  createAppStore,
  NOTICES_SHOWN,
  viewOf,
  type AppStore,
  type DatasetInput,
} from '../../src/store/store';
import { smallArticle, smallDataset, smallGraph } from '../fixtures/small';

let store: AppStore;
const state = () => store.getState();
const sorted = (ids: ReadonlySet<string>) => [...ids].sort();

beforeEach(() => {
  store = createAppStore(smallDataset);
});

describe('a new store', () => {
  it('holds the dataset and the default view', () => {
    expect(state().graph).toBe(smallGraph);
    expect(state().article).toBe(smallArticle);
    expect(viewOf(state())).toEqual(DEFAULT_VIEW);
    expect(state().notices).toEqual([]);
    expect(state().camera).toBeNull();
    expect(state().exportRequest).toBeNull();
    expect(state().hovered).toBeNull();
  });

  it('is independent of any other store', () => {
    const other = createAppStore(smallDataset);
    other.getState().toggleSphere('energy');
    other.getState().selectElement({ type: 'node', id: 'alpha' });
    expect(state().filters.spheres).toEqual(SPHERES);
    expect(state().selection).toBeNull();
  });
});

describe('sphere filters', () => {
  it('toggles a sphere off and back on in SPHERES order', () => {
    state().toggleSphere('political');
    expect(state().filters.spheres).toEqual(['economic', 'energy', 'humanitarian']);
    state().toggleSphere('political');
    expect(state().filters.spheres).toEqual(SPHERES);
  });

  it('keeps SPHERES order whatever order the spheres are switched on in', () => {
    state().showNoSpheres();
    state().toggleSphere('humanitarian');
    state().toggleSphere('energy');
    state().toggleSphere('political');
    expect(state().filters.spheres).toEqual(['political', 'energy', 'humanitarian']);
  });

  it('shows only one sphere, all spheres, or none', () => {
    state().showOnlySphere('energy');
    expect(state().filters.spheres).toEqual(['energy']);
    state().showNoSpheres();
    expect(state().filters.spheres).toEqual([]);
    state().showAllSpheres();
    expect(state().filters.spheres).toEqual(SPHERES);
  });

  it('leaves kinds and statuses alone', () => {
    state().toggleKind('company');
    state().toggleStatus('contested');
    const { kinds, statuses } = state().filters;
    state().showOnlySphere('economic');
    state().toggleSphere('energy');
    state().showNoSpheres();
    state().showAllSpheres();
    expect(state().filters.kinds).toBe(kinds);
    expect(state().filters.statuses).toBe(statuses);
  });
});

describe('kind and status filters', () => {
  it('toggles a kind off and back on in NODE_KINDS order', () => {
    state().toggleKind('state');
    expect(state().filters.kinds).not.toContain('state');
    expect(state().filters.kinds).toHaveLength(NODE_KINDS.length - 1);
    state().toggleKind('state');
    expect(state().filters.kinds).toEqual(NODE_KINDS);
  });

  it('toggles a status off and back on in EDGE_STATUSES order', () => {
    state().toggleStatus('established');
    expect(state().filters.statuses).toEqual(['proposed', 'risk', 'contested']);
    state().toggleStatus('established');
    expect(state().filters.statuses).toEqual(EDGE_STATUSES);
  });

  it('leaves the spheres alone', () => {
    state().showOnlySphere('energy');
    state().toggleKind('company');
    state().toggleStatus('proposed');
    expect(state().filters.spheres).toEqual(['energy']);
  });
});

describe('resetFilters', () => {
  it('turns every filter back on and ends the focus, keeping the selection', () => {
    state().showOnlySphere('economic');
    state().toggleKind('company');
    state().toggleStatus('contested');
    state().selectElement({ type: 'node', id: 'delta' });
    state().setFocusDepth(2);
    state().resetFilters();
    expect(state().filters).toEqual(ALL_FILTERS);
    expect(state().focusDepth).toBe(0);
    expect(state().selection).toEqual({ type: 'node', id: 'delta' });
  });
});

describe('selection', () => {
  it('selects a node, an edge or a passage, and clears with null', () => {
    state().selectElement({ type: 'node', id: 'alpha' });
    expect(state().selection).toEqual({ type: 'node', id: 'alpha' });
    state().selectElement({ type: 'edge', id: 'beta-oil-alpha' });
    expect(state().selection).toEqual({ type: 'edge', id: 'beta-oil-alpha' });
    state().selectElement({ type: 'passage', id: 'p2' });
    expect(state().selection).toEqual({ type: 'passage', id: 'p2' });
    state().selectElement(null);
    expect(state().selection).toBeNull();
  });

  it('keeps the focus when another node is selected: the focus moves with it', () => {
    state().selectElement({ type: 'node', id: 'alpha' });
    state().setFocusDepth(1);
    state().selectElement({ type: 'node', id: 'delta' });
    expect(state().focusDepth).toBe(1);
  });

  it.each([
    ['an edge', { type: 'edge', id: 'beta-oil-alpha' } as const],
    ['a passage', { type: 'passage', id: 'p1' } as const],
    ['nothing', null],
  ])('ends the focus when %s is selected', (_name, ref) => {
    state().selectElement({ type: 'node', id: 'alpha' });
    state().setFocusDepth(2);
    state().selectElement(ref);
    expect(state().focusDepth).toBe(0);
  });

  it('selects and centres a node with a camera intent whose seq keeps increasing', () => {
    state().selectAndCenter({ type: 'node', id: 'gamma-oil' });
    expect(state().selection).toEqual({ type: 'node', id: 'gamma-oil' });
    const first = state().camera;
    expect(first).toMatchObject({ kind: 'center', id: 'gamma-oil' });
    state().selectAndCenter({ type: 'node', id: 'gamma-oil' });
    const second = state().camera;
    expect(second).toMatchObject({ kind: 'center', id: 'gamma-oil' });
    // A new intent every time, so the map centres again even on the same node.
    expect(second).not.toBe(first);
    expect(second!.seq).toBeGreaterThan(first!.seq);
  });

  it('selects an edge through selectAndCenter, ending any focus', () => {
    state().selectElement({ type: 'node', id: 'alpha' });
    state().setFocusDepth(1);
    state().selectAndCenter({ type: 'edge', id: 'alpha-treaty-beta' });
    expect(state().selection).toEqual({ type: 'edge', id: 'alpha-treaty-beta' });
    expect(state().focusDepth).toBe(0);
  });

  it('remembers the hovered node', () => {
    state().hoverNode('beta');
    expect(state().hovered).toBe('beta');
    state().hoverNode(null);
    expect(state().hovered).toBeNull();
  });
});

describe('focus, path and sizing', () => {
  it('ignores a focus depth without a selected node', () => {
    state().setFocusDepth(2);
    expect(state().focusDepth).toBe(0);
    state().selectElement({ type: 'edge', id: 'alpha-treaty-beta' });
    state().setFocusDepth(1);
    expect(state().focusDepth).toBe(0);
    state().selectElement({ type: 'node', id: 'beta' });
    state().setFocusDepth(1);
    expect(state().focusDepth).toBe(1);
    state().setFocusDepth(0);
    expect(state().focusDepth).toBe(0);
  });

  it('frames the path on the map, whatever was selected before', () => {
    state().selectElement({ type: 'node', id: 'lonely' });
    state().setFocusDepth(0);
    const before = state().camera;
    state().setPath(['alpha', 'delta']);
    const steps = selectPath(state())!;
    expect(steps.length).toBeGreaterThan(0);
    expect(state().camera).toMatchObject({ kind: 'frame', ids: steps.map((s) => s.edgeId) });
    expect(state().camera).not.toBe(before);
    // Asked again, it is framed again (a new request).
    const first = state().camera!;
    state().setPath(['alpha', 'delta']);
    expect(state().camera!.seq).toBeGreaterThan(first.seq);
  });

  it('leaves the camera alone when there is no path to frame', () => {
    state().fitView();
    const fit = state().camera;
    state().setPath(['alpha', 'lonely']);
    expect(selectPath(state())).toBeNull();
    expect(state().camera).toBe(fit);
    state().setPath(null);
    expect(state().camera).toBe(fit);
  });

  it('keeps the camera the map reports and the open tab, as part of the view', () => {
    state().setViewport({ x: 12, y: -3, zoom: 1.5 });
    state().setTab('list');
    expect(viewOf(state())).toMatchObject({ viewport: { x: 12, y: -3, zoom: 1.5 }, tab: 'list' });
    state().setViewport(null);
    expect(viewOf(state()).viewport).toBeNull();
  });

  it('sets and clears the path and the node sizing', () => {
    state().setPath(['alpha', 'delta']);
    expect(state().path).toEqual(['alpha', 'delta']);
    state().setPath(null);
    expect(state().path).toBeNull();
    state().setSizeBy('betweenness');
    expect(state().sizeBy).toBe('betweenness');
  });
});

describe('camera and export intents', () => {
  it('asks the map to fit and to re-arrange, each time with a new seq', () => {
    state().fitView();
    const fit = state().camera!;
    expect(fit.kind).toBe('fit');
    state().rearrangeVisible();
    const relayout = state().camera!;
    expect(relayout.kind).toBe('relayout');
    expect(relayout.seq).toBeGreaterThan(fit.seq);
    state().fitView();
    expect(state().camera).not.toBe(fit);
    expect(state().camera!.seq).toBeGreaterThan(relayout.seq);
  });

  it('shares one rising seq between stores, so intents never repeat', () => {
    const other = createAppStore(smallDataset);
    state().fitView();
    other.getState().fitView();
    state().fitView();
    expect(state().camera!.seq).toBeGreaterThan(other.getState().camera!.seq);
  });

  it('requests an export as PNG or SVG with a rising seq', () => {
    state().requestExport({ format: 'png', scale: 2 });
    const png = state().exportRequest!;
    expect(png).toMatchObject({ format: 'png', scale: 2 });
    state().requestExport({ format: 'svg' });
    const svg = state().exportRequest!;
    expect(svg).toMatchObject({ format: 'svg' });
    expect(svg.seq).toBeGreaterThan(png.seq);
    state().requestExport({ format: 'png', scale: 2 });
    expect(state().exportRequest).not.toBe(png);
  });

  it('leaves the view alone when it asks for something', () => {
    state().showOnlySphere('energy');
    const before = viewOf(state());
    state().fitView();
    state().rearrangeVisible();
    state().requestExport({ format: 'svg' });
    expect(viewOf(state())).toEqual(before);
  });
});

describe('notices', () => {
  const texts = () => state().notices.map((n) => n.text);

  it('keeps notices in order, each with its kind and an id to dismiss it by', () => {
    state().notify('info', 'first');
    state().notify('error', 'second');
    state().notify('info', 'third');
    expect(state().notices.map(({ kind, text }) => ({ kind, text }))).toEqual([
      { kind: 'info', text: 'first' },
      { kind: 'error', text: 'second' },
      { kind: 'info', text: 'third' },
    ]);
    const [first, second, third] = state().notices;
    expect(new Set([first!.id, second!.id, third!.id]).size).toBe(3);
    state().dismissNotice(second!.id);
    expect(texts()).toEqual(['first', 'third']);
    // An id that is gone (dismissed twice, by its button and its timer) changes nothing.
    const before = state().notices;
    state().dismissNotice(second!.id);
    expect(state().notices).toBe(before);
    state().dismissNotice(first!.id);
    state().dismissNotice(third!.id);
    expect(state().notices).toEqual([]);
  });

  it('says the same thing once: a repeated notice replaces the earlier one, as the latest', () => {
    state().notify('info', 'Saved a.png');
    state().notify('info', 'other');
    state().notify('info', 'Saved a.png');
    expect(texts()).toEqual(['other', 'Saved a.png']);
    // The same words as an error are another notice.
    state().notify('error', 'other');
    expect(texts()).toEqual(['other', 'Saved a.png', 'other']);
  });

  it('keeps every notice when more than NOTICES_SHOWN come: the rest wait their turn', () => {
    for (let i = 1; i <= NOTICES_SHOWN + 2; i++) state().notify('error', `e${i}`);
    expect(state().notices).toHaveLength(NOTICES_SHOWN + 2);
  });
});

describe('applyView', () => {
  it('puts a whole view in place', () => {
    const view: ViewState = {
      filters: {
        spheres: ['economic'],
        kinds: ['company'],
        statuses: ['contested'],
        attributions: ['author'],
      },
      selection: { type: 'node', id: 'delta' },
      focusDepth: 2,
      path: ['delta', 'gamma-oil'],
      sizeBy: 'degree',
      step: null,
      viewport: { x: 10, y: -20, zoom: 1.5 },
      tab: 'path',
    };
    state().applyView(view);
    expect(viewOf(state())).toEqual(view);
  });

  it('keeps the dataset and the notices', () => {
    state().notify('info', 'kept');
    state().applyView({ ...DEFAULT_VIEW, sizeBy: 'betweenness' });
    expect(state().graph).toBe(smallGraph);
    expect(state().notices.map((n) => n.text)).toEqual(['kept']);
  });

  it('goes back to the default view', () => {
    state().showOnlySphere('energy');
    state().selectElement({ type: 'edge', id: 'beta-oil-alpha' });
    state().setPath(['alpha', 'beta']);
    state().applyView(DEFAULT_VIEW);
    expect(viewOf(state())).toEqual(DEFAULT_VIEW);
  });
});

const otherDataset: DatasetInput = {
  article: { ...smallArticle, id: 'other', title: 'Another article' },
  graph: {
    nodes: smallGraph.nodes.slice(0, 2),
    edges: smallGraph.edges.slice(0, 1),
  },
  positions: { alpha: { x: 1, y: 2 } },
};

describe('replaceDataset', () => {
  it('puts the new dataset in place with a fresh view', () => {
    state().showOnlySphere('energy');
    state().toggleKind('state');
    state().selectElement({ type: 'node', id: 'alpha' });
    state().setFocusDepth(1);
    state().setPath(['alpha', 'delta']);
    state().setSizeBy('degree');
    state().hoverNode('beta');
    state().setViewport({ x: 1, y: 2, zoom: 3 });
    state().replaceDataset(otherDataset);
    expect(state().graph).toBe(otherDataset.graph);
    expect(state().article).toBe(otherDataset.article);
    expect(state().positions).toBe(otherDataset.positions);
    expect(viewOf(state())).toEqual(DEFAULT_VIEW);
    expect(state().hovered).toBeNull();
  });

  it('makes derived data follow the new graph', () => {
    expect(selectDisplayed(state()).nodes.size).toBe(5);
    state().replaceDataset(otherDataset);
    expect(sorted(selectDisplayed(state()).nodes)).toEqual(['alpha', 'beta']);
  });

  // A tour belongs to the dataset it was written for.
  it('ends a tour that was being presented', () => {
    const tour: Tour = {
      title: 'Tour',
      steps: [
        {
          id: 'one',
          title: 'One',
          caption: 'Treaty.',
          spheres: ['political'],
          focus: ['alpha'],
          blocks: ['p1'],
        },
      ],
    };
    state().startTour(tour);
    expect(state().tourStep).toBe(0);
    state().replaceDataset(otherDataset);
    expect(state().tourStep).toBeNull();
    expect(viewOf(state())).toEqual(DEFAULT_VIEW);
  });
});

describe('selectDisplayed', () => {
  it('is what the filters leave visible when no focus is on', () => {
    state().showOnlySphere('economic');
    expect(selectDisplayed(state())).toEqual(visibleElements(smallGraph, state().filters));
  });

  it('narrows to the neighbourhood of the selected node when a focus is on', () => {
    state().selectElement({ type: 'node', id: 'delta' });
    state().setFocusDepth(1);
    expect(sorted(selectDisplayed(state()).nodes)).toEqual(['delta', 'gamma-oil']);
    expect(sorted(selectDisplayed(state()).edges)).toEqual(['delta-competes-gamma']);
    state().setFocusDepth(2);
    expect(sorted(selectDisplayed(state()).nodes)).toEqual(['beta', 'delta', 'gamma-oil']);
  });

  it('combines focus with the filters', () => {
    state().selectElement({ type: 'node', id: 'beta' });
    state().setFocusDepth(1);
    state().showOnlySphere('political');
    expect(sorted(selectDisplayed(state()).nodes)).toEqual(['alpha', 'beta']);
    expect(sorted(selectDisplayed(state()).edges)).toEqual(['alpha-treaty-beta']);
  });

  it('shows nothing when the focused node is itself filtered out', () => {
    state().selectElement({ type: 'node', id: 'lonely' });
    state().setFocusDepth(1);
    state().showOnlySphere('political');
    expect(selectDisplayed(state()).nodes.size).toBe(0);
  });

  it('ignores a focus depth left over without a node selection', () => {
    store.setState({ focusDepth: 1, selection: { type: 'edge', id: 'beta-oil-alpha' } });
    expect(selectDisplayed(state()).nodes.size).toBe(5);
  });

  it('returns the same object until the filters or the focus change', () => {
    const first = selectDisplayed(state());
    expect(selectDisplayed(state())).toBe(first);
    state().hoverNode('alpha');
    state().notify('info', 'unrelated');
    state().setSizeBy('degree');
    expect(selectDisplayed(state())).toBe(first);
    state().toggleSphere('energy');
    const second = selectDisplayed(state());
    expect(second).not.toBe(first);
    state().selectElement({ type: 'node', id: 'alpha' });
    state().setFocusDepth(1);
    expect(selectDisplayed(state())).not.toBe(second);
  });
});

describe('selectPath', () => {
  it('is null when no path is asked for', () => {
    expect(selectPath(state())).toBeNull();
  });

  it('is the shortest path between the chosen ends over what is displayed', () => {
    state().setPath(['alpha', 'delta']);
    expect(selectPath(state())!.map((s) => s.edgeId)).toEqual([
      'alpha-treaty-beta',
      'gamma-fields-beta',
      'delta-competes-gamma',
    ]);
    state().toggleSphere('political');
    expect(selectPath(state())![0]!.edgeId).toBe('beta-oil-alpha');
  });

  it('is null when the filters or the focus cut the way', () => {
    state().setPath(['alpha', 'delta']);
    state().toggleStatus('contested');
    expect(selectPath(state())).toBeNull();
    state().resetFilters();
    state().selectElement({ type: 'node', id: 'delta' });
    state().setFocusDepth(1);
    expect(selectPath(state())).toBeNull();
  });

  it('returns the same array until the path or what is displayed changes', () => {
    state().setPath(['alpha', 'delta']);
    const first = selectPath(state());
    state().hoverNode('beta');
    expect(selectPath(state())).toBe(first);
    state().setPath(['delta', 'alpha']);
    expect(selectPath(state())).not.toBe(first);
  });
});

describe('selectSizes', () => {
  it('gives no sizes, as one shared empty map, when sizing is off', () => {
    const none = selectSizes(state());
    expect(none.size).toBe(0);
    state().toggleSphere('energy');
    expect(selectSizes(state())).toBe(none);
  });

  it('scores the displayed nodes by the chosen measure', () => {
    state().setSizeBy('degree');
    expect(selectSizes(state()).get('beta')).toBe(1);
    expect(selectSizes(state()).get('alpha')).toBe(0.5);
    state().setSizeBy('betweenness');
    expect(selectSizes(state()).get('alpha')).toBe(0);
    state().showOnlySphere('political');
    expect(Object.fromEntries(selectSizes(state()))).toEqual({ alpha: 0, beta: 0 });
  });

  it('returns the same map until the measure or what is displayed changes', () => {
    state().setSizeBy('degree');
    const first = selectSizes(state());
    state().selectElement({ type: 'edge', id: 'beta-oil-alpha' });
    expect(selectSizes(state())).toBe(first);
    state().toggleSphere('economic');
    expect(selectSizes(state())).not.toBe(first);
  });
});

describe('selectElementsByBlock', () => {
  it('indexes the graph once and follows a replaced dataset', () => {
    const first = selectElementsByBlock(state());
    expect(first.get('p3')).toContainEqual({ type: 'node', id: 'lonely' });
    state().toggleSphere('humanitarian');
    expect(selectElementsByBlock(state())).toBe(first);
    state().replaceDataset(otherDataset);
    expect(selectElementsByBlock(state()).get('p3')).toBeUndefined();
  });
});
