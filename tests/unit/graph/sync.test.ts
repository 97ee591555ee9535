import type { Core, NodeDefinition } from 'cytoscape';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SPHERE_COLOURS } from '../../../src/domain/palette';
import type { Graph, Positions } from '../../../src/domain/schema';
import {
  BUNDLE_STEP,
  bundleOffsets,
  EDGE_OPACITY,
  overWhite,
  toElements,
} from '../../../src/graph/elements';
import { STYLESHEET } from '../../../src/graph/stylesheet';
import { HOVER_LABELS_MAX, syncToCy } from '../../../src/graph/sync';
import { builtInDataset } from '../../../src/app/dataset';
import { selectDisplayed, selectSizes } from '../../../src/store/derived';
import { createAppStore, type AppStore } from '../../../src/store/store';
import { styledMap } from './styledMap';
import { smallDataset, smallGraph } from '../../fixtures/small';

const positions: Positions = {
  alpha: { x: 0, y: 0 },
  beta: { x: 120, y: 10 },
  'gamma-oil': { x: 240, y: 80 },
  delta: { x: 360, y: 150 },
  lonely: { x: -100, y: 220 },
};

const CLASSES = [
  'hidden',
  'dimmed',
  'selected',
  'on-path',
  'hover',
  'neighbour',
  'hover-edge',
  'hover-label',
];

let cy: Core;
let store: AppStore;
const state = () => store.getState();
const sync = () => syncToCy(cy, state());
const withClass = (cls: string) =>
  cy
    .elements(`.${cls}`)
    .map((e) => e.id())
    .sort();
const allPositions = () => Object.fromEntries(cy.nodes().map((n) => [n.id(), { ...n.position() }]));

beforeEach(() => {
  store = createAppStore({ ...smallDataset, positions });
  cy = styledMap(smallGraph, positions);
  sync();
});

afterEach(() => cy.destroy());

describe('toElements', () => {
  const elements = toElements(smallGraph, positions);
  const data = (id: string) => elements.find((e) => e.data.id === id)!.data;
  const classes = (id: string) => elements.find((e) => e.data.id === id)!.classes;

  it('makes one element per node and per edge, nodes first', () => {
    expect(elements.map((e) => e.group)).toEqual([
      ...Array(5).fill('nodes'),
      ...Array(4).fill('edges'),
    ]);
    expect(elements.map((e) => e.data.id)).toEqual([
      ...smallGraph.nodes.map((n) => n.id),
      ...smallGraph.edges.map((e) => e.id),
    ]);
  });

  it('gives a node one equal pie slice per sphere, in its colour, and empties the rest', () => {
    expect(data('alpha')).toMatchObject({
      label: 'Alpha',
      kind: 'state',
      size: 0,
      pie1Colour: SPHERE_COLOURS.political,
      pie1Size: 50,
      pie2Colour: SPHERE_COLOURS.energy,
      pie2Size: 50,
      pie3Size: 0,
      pie4Size: 0,
    });
    expect(data('lonely')).toMatchObject({
      pie1Colour: SPHERE_COLOURS.humanitarian,
      pie1Size: 100,
      pie2Size: 0,
      pie3Size: 0,
      pie4Size: 0,
    });
  });

  it('splits the pie in four for a node in every sphere', () => {
    const graph: Graph = {
      ...smallGraph,
      nodes: [
        { ...smallGraph.nodes[0]!, domains: ['humanitarian', 'economic', 'political', 'energy'] },
      ],
      edges: [],
    };
    const [node] = toElements(graph, {});
    expect(node!.data).toMatchObject({
      pie1Colour: SPHERE_COLOURS.humanitarian,
      pie2Colour: SPHERE_COLOURS.economic,
      pie3Colour: SPHERE_COLOURS.political,
      pie4Colour: SPHERE_COLOURS.energy,
    });
    expect([1, 2, 3, 4].map((i) => node!.data[`pie${i}Size`])).toEqual([25, 25, 25, 25]);
  });

  it('fills a single-sphere edge with its colour, drawn as its blend over white, full when highlighted', () => {
    const c = SPHERE_COLOURS.political;
    const drawn = overWhite(c);
    expect(data('alpha-treaty-beta')).toMatchObject({
      source: 'alpha',
      target: 'beta',
      relation: 'signed a treaty with',
      colour: c,
      lineColour: drawn,
      gradientColours: `${drawn} ${drawn}`,
      strongGradientColours: `${c} ${c}`,
      gradientPositions: '0% 100%',
    });
    expect(classes('alpha-treaty-beta')).toEqual(['established', 'single', 'bundled']);
  });

  it('gives an edge with several spheres hard-edged stripes, one per sphere in its order', () => {
    const energy = SPHERE_COLOURS.energy;
    const economic = SPHERE_COLOURS.economic;
    const [e, c] = [overWhite(energy), overWhite(economic)];
    expect(data('beta-oil-alpha')).toMatchObject({
      gradientColours: `${e} ${e} ${c} ${c}`,
      strongGradientColours: `${energy} ${energy} ${economic} ${economic}`,
      gradientPositions: '0.0% 50.0% 50.0% 100.0%',
    });
    expect(classes('beta-oil-alpha')).toEqual(['established', 'multi', 'bundled']);

    const graph: Graph = {
      ...smallGraph,
      edges: [{ ...smallGraph.edges[0]!, domains: ['political', 'economic', 'humanitarian'] }],
    };
    const edge = toElements(graph, {}).find((e) => e.group === 'edges')!;
    expect(edge.data.gradientPositions).toBe('0.0% 33.3% 33.3% 66.7% 66.7% 100.0%');
  });

  it('draws a lone edge straight and fans out the edges that share their two nodes', () => {
    // alpha → beta and beta → alpha share their nodes; the others are alone between theirs.
    expect(data('alpha-treaty-beta').bundleOffset).toBe(-BUNDLE_STEP / 2);
    expect(data('beta-oil-alpha').bundleOffset).toBe(-BUNDLE_STEP / 2);
    expect(data('gamma-fields-beta')).not.toHaveProperty('bundleOffset');
    expect(classes('gamma-fields-beta')).toEqual(['established', 'single']);
    expect(cy.$id('gamma-fields-beta').style('curve-style')).toBe('straight');
    const bundled = cy.$id('beta-oil-alpha');
    expect(bundled.style('curve-style')).toBe('unbundled-bezier');
    expect(bundled.style('control-point-distances')).toBe('-20px');
  });

  it('spaces a bundle one step apart around the straight line, each edge measured along its own direction', () => {
    const [a, b] = smallGraph.nodes;
    const edge = (id: string, source: string, target: string) => ({
      ...smallGraph.edges[0]!,
      id,
      source,
      target,
    });
    const graph: Graph = {
      ...smallGraph,
      nodes: [a!, b!],
      edges: [
        edge('e1', a!.id, b!.id),
        edge('e2', b!.id, a!.id),
        edge('e3', a!.id, b!.id),
        edge('e4', a!.id, b!.id),
      ],
    };
    // From the node first in the graph (a) the fan runs -1.5, -0.5, 0.5, 1.5 steps; e2 points the
    // other way, so its own offset has the opposite sign.
    expect(Object.fromEntries(bundleOffsets(graph))).toEqual({
      e1: -1.5 * BUNDLE_STEP,
      e2: 0.5 * BUNDLE_STEP,
      e3: 0.5 * BUNDLE_STEP,
      e4: 1.5 * BUNDLE_STEP,
    });
    // A graph whose nodes come the other way round measures from b.
    expect(bundleOffsets({ ...graph, nodes: [b!, a!] }).get('e1')).toBe(1.5 * BUNDLE_STEP);
  });

  it('classes an edge by its status and whose claim it is', () => {
    expect(classes('delta-competes-gamma')).toEqual(['contested', 'claim-bar', 'single']);
    expect(classes('gamma-fields-beta')).toEqual(['established', 'single']);
    // Contested is dash-dot, as the legend and the large layer draw it.
    expect(cy.$id('delta-competes-gamma').style('line-style')).toBe('dashed');
    expect(cy.$id('delta-competes-gamma').style('line-dash-pattern')).toBe('10 4 2 4');
    expect(cy.$id('gamma-fields-beta').style('line-style')).toBe('solid');
    // The author's assessment has a bar across the middle of its line; a reported fact none.
    expect(cy.$id('delta-competes-gamma').style('mid-source-arrow-shape')).toBe('tee');
    expect(cy.$id('gamma-fields-beta').style('mid-source-arrow-shape')).toBe('none');
    // A risk: dotted as short dashes (2 on, 5 off): cytoscape's own 'dotted' dashes 1 on 1 off in
    // graph units, a faint solid line below zoom 1.
    expect(STYLESHEET.find((rule) => rule.selector === 'edge.risk')).toMatchObject({
      style: { 'line-style': 'dashed', 'line-dash-pattern': [2, 5] },
    });
    // A proposed relation: dashed, 6 on and 4 off, as the legend and the large layer draw it.
    expect(STYLESHEET.find((rule) => rule.selector === 'edge.proposed')).toMatchObject({
      style: { 'line-style': 'dashed', 'line-dash-pattern': [6, 4] },
    });
  });

  it('copies the known positions and leaves the others out', () => {
    const nodes = toElements(smallGraph, { alpha: positions.alpha! }).filter(
      (e): e is NodeDefinition => e.group === 'nodes',
    );
    expect(nodes[0]!.position).toEqual(positions.alpha);
    expect(nodes[0]!.position).not.toBe(positions.alpha);
    expect(nodes.slice(1).every((n) => !('position' in n))).toBe(true);
  });

  it('puts every node where its position says', () => {
    expect(allPositions()).toEqual(positions);
  });
});

describe('syncToCy', () => {
  it('marks nothing in the default view', () => {
    for (const cls of CLASSES) expect(withClass(cls), cls).toEqual([]);
  });

  it('hides exactly what selectDisplayed leaves out, with display: none', () => {
    state().showOnlySphere('political');
    sync();
    const displayed = selectDisplayed(state());
    expect(withClass('hidden')).toEqual(
      cy
        .elements()
        .map((e) => e.id())
        .filter((id) => !displayed.nodes.has(id) && !displayed.edges.has(id))
        .sort(),
    );
    expect(withClass('hidden')).toEqual([
      'beta-oil-alpha',
      'delta',
      'delta-competes-gamma',
      'gamma-fields-beta',
      'gamma-oil',
      'lonely',
    ]);
    expect(cy.$id('gamma-oil').style('display')).toBe('none');
    expect(cy.$id('alpha').style('display')).toBe('element');
  });

  it('shows again what the filters let back in', () => {
    state().showNoSpheres();
    sync();
    expect(withClass('hidden')).toHaveLength(9);
    state().showAllSpheres();
    sync();
    expect(withClass('hidden')).toEqual([]);
  });

  it('hides what lies outside the focus neighbourhood', () => {
    state().selectElement({ type: 'node', id: 'delta' });
    state().setFocusDepth(1);
    sync();
    expect(withClass('hidden')).toEqual([
      'alpha',
      'alpha-treaty-beta',
      'beta',
      'beta-oil-alpha',
      'gamma-fields-beta',
      'lonely',
    ]);
  });

  it('never moves a node and never removes an element while filtering', () => {
    const before = allPositions();
    const steps = [
      () => state().showOnlySphere('political'),
      () => state().showNoSpheres(),
      () => state().toggleSphere('economic'),
      () => state().toggleKind('company'),
      () => {
        state().resetFilters();
        state().selectElement({ type: 'node', id: 'beta' });
        state().setFocusDepth(1);
      },
      () => state().resetFilters(),
    ];
    for (const step of steps) {
      step();
      sync();
      expect(cy.elements()).toHaveLength(9);
      expect(allPositions()).toEqual(before);
    }
  });

  it('makes all its changes in one batch', () => {
    const batch = vi.spyOn(cy, 'batch');
    state().showOnlySphere('energy');
    sync();
    expect(batch).toHaveBeenCalledTimes(1);
  });

  it('marks the selected node and dims what is not connected to it', () => {
    state().selectElement({ type: 'node', id: 'delta' });
    sync();
    expect(withClass('selected')).toEqual(['delta']);
    expect(withClass('dimmed')).toEqual([
      'alpha',
      'alpha-treaty-beta',
      'beta',
      'beta-oil-alpha',
      'gamma-fields-beta',
      'lonely',
    ]);
  });

  it('marks a selected edge and keeps its two ends bright', () => {
    state().selectElement({ type: 'edge', id: 'beta-oil-alpha' });
    sync();
    expect(withClass('selected')).toEqual(['beta-oil-alpha']);
    expect(cy.$id('beta-oil-alpha').isEdge()).toBe(true);
    expect(withClass('dimmed')).toEqual([
      'alpha-treaty-beta',
      'delta',
      'delta-competes-gamma',
      'gamma-fields-beta',
      'gamma-oil',
      'lonely',
    ]);
  });

  it('marks every element a selected passage supports, and keeps the ends of its edges bright', () => {
    state().selectElement({ type: 'passage', id: 'p2' });
    sync();
    expect(withClass('selected')).toEqual(['beta-oil-alpha', 'gamma-fields-beta', 'gamma-oil']);
    expect(withClass('dimmed')).toEqual([
      'alpha-treaty-beta',
      'delta',
      'delta-competes-gamma',
      'lonely',
    ]);
  });

  it('dims nothing for a selection that is not on the map', () => {
    state().selectElement({ type: 'node', id: 'ghost' });
    sync();
    expect(withClass('dimmed')).toEqual([]);
    expect(withClass('selected')).toEqual([]);
  });

  it('clears selected and dimmed when the selection is cleared', () => {
    state().selectElement({ type: 'node', id: 'alpha' });
    sync();
    state().selectElement(null);
    sync();
    expect(withClass('selected')).toEqual([]);
    expect(withClass('dimmed')).toEqual([]);
  });

  it('marks the path’s nodes and edges and dims the rest, parallel edges included', () => {
    state().setPath(['alpha', 'delta']);
    sync();
    expect(withClass('on-path')).toEqual([
      'alpha',
      'alpha-treaty-beta',
      'beta',
      'delta',
      'delta-competes-gamma',
      'gamma-fields-beta',
      'gamma-oil',
    ]);
    expect(withClass('dimmed')).toEqual(['beta-oil-alpha', 'lonely']);
  });

  it('lets the path, not the selection, decide what stays bright', () => {
    state().selectElement({ type: 'node', id: 'lonely' });
    state().setPath(['alpha', 'beta']);
    sync();
    expect(withClass('selected')).toEqual(['lonely']);
    expect(withClass('dimmed')).toContain('lonely');
    expect(withClass('dimmed')).not.toContain('alpha');
  });

  it('marks no path when the ends are not connected', () => {
    state().setPath(['alpha', 'lonely']);
    sync();
    expect(withClass('on-path')).toEqual([]);
    expect(withClass('dimmed')).toEqual([]);
  });

  it('marks the hovered node, its neighbours and the edges between them', () => {
    state().hoverNode('gamma-oil');
    sync();
    expect(withClass('hover')).toEqual(['gamma-oil']);
    expect(withClass('neighbour')).toEqual(['beta', 'delta']);
    expect(withClass('hover-edge')).toEqual(['delta-competes-gamma', 'gamma-fields-beta']);
    state().hoverNode(null);
    sync();
    expect(withClass('hover')).toEqual([]);
    expect(withClass('neighbour')).toEqual([]);
    expect(withClass('hover-edge')).toEqual([]);
  });

  it('labels a hovered node’s relations when it has few on the map', () => {
    state().hoverNode('gamma-oil');
    sync();
    expect(withClass('hover-label')).toEqual(['delta-competes-gamma', 'gamma-fields-beta']);
    state().hoverNode(null);
    sync();
    expect(withClass('hover-label')).toEqual([]);
  });

  it('sizes nodes by the chosen measure, and back to the base size', () => {
    state().setSizeBy('degree');
    sync();
    const sizes = selectSizes(state());
    for (const node of cy.nodes()) expect(node.data('size'), node.id()).toBe(sizes.get(node.id()));
    expect(cy.$id('beta').numericStyle('width')).toBe(80);
    expect(cy.$id('alpha').numericStyle('width')).toBe(55);
    expect(cy.$id('lonely').numericStyle('width')).toBe(30);

    state().setSizeBy('betweenness');
    sync();
    expect(cy.$id('alpha').data('size')).toBe(0);
    expect(cy.$id('gamma-oil').data('size')).toBe(1);

    state().setSizeBy('none');
    sync();
    expect(cy.nodes().map((n) => n.data('size'))).toEqual([0, 0, 0, 0, 0]);
    expect(cy.$id('beta').numericStyle('width')).toBe(30);
  });

  it('sizes over what is displayed only', () => {
    state().setSizeBy('degree');
    state().showOnlySphere('political');
    sync();
    expect(cy.$id('alpha').data('size')).toBe(1);
    expect(cy.$id('gamma-oil').data('size')).toBe(0);
  });
});

describe('toElements for a large graph', () => {
  it('leaves out the stripes and the fanning the large stylesheet does not draw, and keeps the rest', () => {
    const rich = toElements(smallGraph, positions);
    const large = toElements(smallGraph, positions, undefined, { large: true });
    expect(large.map((e) => e.data.id)).toEqual(rich.map((e) => e.data.id));
    // The rich map fans some of these edges out; the large one draws none of them so.
    expect(rich.some((e) => (e.classes as string[] | undefined)?.includes('bundled'))).toBe(true);
    const unfanned = (classes: unknown) =>
      (classes as string[] | undefined)?.filter((c) => c !== 'bundled');
    expect(large.map((e) => e.classes)).toEqual(rich.map((e) => unfanned(e.classes)));
    const richOnly = [
      'gradientColours',
      'strongGradientColours',
      'gradientPositions',
      'lineColour',
      'bundleOffset',
    ];
    for (const [i, element] of large.entries()) {
      const kept = Object.fromEntries(
        Object.entries(rich[i]!.data).filter(([key]) => !richOnly.includes(key)),
      );
      expect(element.data).toEqual(kept);
      if (element.group === 'edges') {
        expect(rich[i]!.data.gradientColours).toBeDefined();
        expect(element.data.colour).toBeDefined();
      }
      expect(element.position).toEqual(rich[i]!.position);
    }
  });
});

describe('overWhite (how an article-sized map draws a relation, opaque)', () => {
  it('is the colour at EDGE_OPACITY over white, as the canvas would blend it', () => {
    expect(EDGE_OPACITY).toBe(0.85);
    // 0x00 → 0.15 × 255 = 38.25 → 0x26; 0xff stays 0xff; 0x55 → 72.25 + 38.25 = 110.5 → 0x6f.
    expect(overWhite('#00ff55')).toBe('#26ff6f');
    expect(overWhite('#ffffff')).toBe('#ffffff');
    expect(overWhite('#000000', 0.5)).toBe('#808080');
  });

  it('returns anything but #rrggbb as it is', () => {
    expect(overWhite('red')).toBe('red');
    expect(overWhite('#abc')).toBe('#abc');
  });
});

describe('the article stylesheet draws relations opaque, in their blend over white', () => {
  const rule = (selector: string) =>
    (STYLESHEET.find((r) => r.selector === selector) as { style?: Record<string, unknown> })?.style;

  it('has no translucent base edge, and scales a dimmed edge to look as it did', () => {
    expect(rule('edge')?.opacity).toBeUndefined();
    expect(rule('edge')?.['target-arrow-color']).toBe(overWhite('#555555'));
    expect(rule('edge.single')?.['line-color']).toBe('data(lineColour)');
    // 0.15 of the full colour over white = 0.15 / 0.85 of the blend over white.
    expect(rule('edge.dimmed')?.opacity).toBeCloseTo(0.15 / 0.85, 10);
    expect(rule('edge.projector.dimmed')?.opacity).toBeCloseTo(0.12 / 0.85, 10);
  });

  it('draws a hovered, selected, on-path or tour-focus relation in its full colours', () => {
    for (const selector of [
      'edge.hover-edge',
      'edge.selected',
      'edge.on-path',
      'edge.projector.tour-focus',
    ])
      expect(rule(selector), selector).toMatchObject({
        opacity: 1,
        'line-color': 'data(colour)',
        'line-gradient-stop-colors': 'data(strongGradientColours)',
        'target-arrow-color': '#555555',
      });
  });
});

describe('hover labels on the article', () => {
  it('leaves a hub’s many relations unlabelled, and labels them once a filter leaves few', () => {
    const article = createAppStore(builtInDataset);
    const map = styledMap();
    const ids = (selector: string) =>
      map
        .edges(selector)
        .map((e) => e.id())
        .sort();
    // The graph's relations on the map (a bundled link stands for some of them).
    const shownRelations = (id: string) =>
      map.getElementById(id).connectedEdges().not('.hidden').not('.bundle').length;
    try {
      article.getState().hoverNode('china');
      syncToCy(map, article.getState());
      expect(shownRelations('china')).toBeGreaterThan(HOVER_LABELS_MAX);
      expect(ids('.hover-edge').length).toBeGreaterThan(HOVER_LABELS_MAX);
      expect(ids('.hover-label')).toEqual([]);
      // Label style only where the class is: a hovered hub's relations have none (a bundled link
      // keeps its count).
      expect(
        map
          .edges('.hover-edge')
          .not('.bundle')
          .every((e) => e.style('label') === ''),
      ).toBe(true);

      // One sphere at a time: labelled exactly when few of China's relations are left on the map.
      let labelledOnce = false;
      for (const sphere of ['political', 'economic', 'energy', 'humanitarian']) {
        article.getState().showOnlySphere(sphere);
        syncToCy(map, article.getState());
        const shown = shownRelations('china');
        if (shown > 0 && shown <= HOVER_LABELS_MAX) {
          labelledOnce = true;
          expect(ids('.hover-label:visible'), sphere).toEqual(ids('.hover-edge:visible'));
          const labelled = map.edges('.hover-label:visible');
          expect(labelled.every((e) => e.style('label') === e.data('relation'))).toBe(true);
        } else expect(ids('.hover-label'), sphere).toEqual([]);
      }
      expect(labelledOnce).toBe(true);
    } finally {
      map.destroy();
    }
  });
});
