import type { Core } from 'cytoscape';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { builtInDataset } from '../../../src/app/dataset';
import { parallelBundles } from '../../../src/domain/bundles';
import { toElements } from '../../../src/graph/elements';
import { bundleLinksOf, syncToCy } from '../../../src/graph/sync';
import { selectDisplayed } from '../../../src/store/derived';
import { createAppStore, type AppStore } from '../../../src/store/store';
import { styledMap } from './styledMap';

// The article's relations between China and Kazakhstan (17 in the issue, more since), drawn as one
// bundled link.
const LINK = 'bundle:kazakhstan|china';
const graph = builtInDataset.graph;
const members = parallelBundles(graph).find((b) => b.id === LINK)!.edges;
const COUNT = members.length;

let cy: Core;
let store: AppStore;
const sync = (zoomedIn = false) =>
  syncToCy(cy, store.getState(), undefined, { links: bundleLinksOf(cy, graph), zoomedIn });
const link = () => cy.getElementById(LINK);
/** Drawn: its display as styled now (cytoscape's visible() is cached, and lags a class change). */
const drawn = (id: string) => cy.getElementById(id).style('display') === 'element';
/** The link is drawn, and its relations are not (or the reverse). */
const collapsed = () => {
  const relations = members.filter(drawn);
  if (drawn(LINK) && relations.length === 0) return true;
  if (!drawn(LINK) && relations.length > 0) return false;
  throw new Error(`drawn: the link ${drawn(LINK)}, ${relations.length} of its relations`);
};

beforeEach(() => {
  store = createAppStore(builtInDataset);
  cy = styledMap();
  sync();
});
afterEach(() => cy.destroy());

describe('a bundled link', () => {
  it('is an element of its own with its count, its relations folded into it at first', () => {
    const elements = toElements(graph, builtInDataset.positions);
    const definition = elements.find((e) => e.data.id === LINK)!;
    expect(definition.data).toMatchObject({ source: 'kazakhstan', target: 'china', count: COUNT });
    expect(definition.data.label).toBe(String(COUNT));
    for (const id of members)
      expect(elements.find((e) => e.data.id === id)!.classes).toContain('collapsed');
    // Large graphs get none: their edges are drawn straight, one over the other.
    expect(toElements(graph, {}, undefined, { large: true }).some((e) => e.data.id === LINK)).toBe(
      false,
    );
  });

  it('stands for its relations on the opening map, striped with their four spheres', () => {
    expect(collapsed()).toBe(true);
    expect(link().style('label')).toBe(String(COUNT));
    expect(link().data('gradientColours').split(' ')).toHaveLength(8);
  });

  it('counts only the relations the filters show', () => {
    const shownOf = () => members.filter((id) => selectDisplayed(store.getState()).edges.has(id));
    store.getState().toggleSphere('economic');
    sync();
    expect(shownOf().length).toBeLessThan(COUNT);
    expect(link().data('label')).toBe(String(shownOf().length));
    // Energy: a few of them, still more than three.
    store.getState().showOnlySphere('energy');
    sync();
    expect(shownOf().length).toBeGreaterThan(3);
    expect(collapsed()).toBe(true);
    expect(link().data('count')).toBe(shownOf().length);
    // Striped with those relations' spheres (as a relation is, whichever of them are on).
    const spheres = new Set(
      graph.edges.filter((e) => shownOf().includes(e.id)).flatMap((e) => e.domains),
    );
    expect(link().data('gradientColours').split(' ')).toHaveLength(2 * spheres.size);
    // Humanitarian: one, drawn as itself.
    store.getState().showOnlySphere('humanitarian');
    sync();
    expect(collapsed()).toBe(false);
    expect(members.filter(drawn)).toEqual(shownOf());
    expect(shownOf()).toHaveLength(1);
  });

  it('opens when one of its relations is selected, and closes again after', () => {
    store.getState().selectElement({ type: 'edge', id: members[3]! });
    sync();
    expect(collapsed()).toBe(false);
    expect(drawn(members[3]!)).toBe(true);
    store.getState().selectElement(null);
    sync();
    expect(collapsed()).toBe(true);
  });

  it('opens when the path runs along one of its relations, and when the map is zoomed in', () => {
    store.getState().setPath(['china', 'kazakhstan']);
    sync();
    expect(collapsed()).toBe(false);
    store.getState().setPath(null);
    sync();
    expect(collapsed()).toBe(true);
    sync(true);
    expect(collapsed()).toBe(false);
  });

  it('is lit with its hub and faded with the rest', () => {
    store.getState().hoverNode('china');
    sync();
    expect(link().hasClass('hover-edge')).toBe(true);
    store.getState().hoverNode(null);
    store.getState().selectElement({ type: 'node', id: 'astana' });
    sync();
    expect(link().hasClass('dimmed')).toBe(true);
  });
});
