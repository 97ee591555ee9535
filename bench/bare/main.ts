/**
 * The bare page the benchmark measures the app against: the article's graph drawn by cytoscape alone,
 * with the app's elements, stylesheet and positions, and nothing else (no React, no store, no patches
 * of cytoscape). What it costs is what cytoscape needs for this map; the app's figures are reported
 * as ratios to it (see docs/performance.md).
 */
import cytoscape, { type Core } from 'cytoscape';
import graphJson from '../../data/graph.json';
import positionsJson from '../../data/positions.json';
import { ALL_FILTERS, visibleElements } from '../../src/domain/filters';
import { ARTICLE_SPHERES } from '../../src/domain/palette';
import type { Graph, Positions, Sphere } from '../../src/domain/schema';
import { toElements } from '../../src/graph/elements';
import { STYLESHEET } from '../../src/graph/stylesheet';

/** What the bare page gives the benchmark besides `window.cy`. */
export interface BarePage {
  /** Shows or hides a sphere as the app's filter does: the `hidden` class, in one batch. */
  toggleSphere: (sphere: Sphere) => void;
}

declare global {
  interface Window {
    cy?: Core;
    bare?: BarePage;
  }
}

performance.mark('bare:start');

const graph = graphJson as unknown as Graph;
const container = document.getElementById('map')!;
// The app's map is narrower than the window (panels sit beside it): the bench passes its size, so
// that both draw the same picture at the same zoom.
const params = new URLSearchParams(location.search);
for (const side of ['width', 'height'] as const) {
  const px = Number(params.get(side));
  if (px > 0) container.style[side] = `${px}px`;
}

const cy = cytoscape({
  container,
  elements: toElements(graph, positionsJson as unknown as Positions, ARTICLE_SPHERES),
  style: STYLESHEET,
  // The app frames the graph with 30 px of padding.
  layout: { name: 'preset', fit: true, padding: 30 },
  minZoom: 0.15,
  maxZoom: 4,
  boxSelectionEnabled: false,
  autounselectify: true,
});
performance.mark('bare:cytoscape-made');
window.cy = cy;

const on = new Set<Sphere>(ARTICLE_SPHERES.map((s) => s.id));

window.bare = {
  toggleSphere(sphere) {
    if (!on.delete(sphere)) on.add(sphere);
    // The domain's rule, so that the bare page hides exactly what the app hides.
    const visible = visibleElements(graph, { ...ALL_FILTERS, spheres: [...on] });
    // Only the elements whose state changes: cytoscape restyles whatever it is asked to.
    // The app's bundled links stay while more than three of their relations show (as the energy
    // toggle leaves the article's): they are left as they are, not hidden as unknown relations.
    const changed = cy
      .elements()
      .not('.bundle')
      .filter(
        (ele) =>
          ele.hasClass('hidden') === (ele.isNode() ? visible.nodes : visible.edges).has(ele.id()),
      );
    const hide = changed.filter((ele) => !ele.hasClass('hidden'));
    const show = changed.filter((ele) => ele.hasClass('hidden'));
    cy.batch(() => {
      hide.addClass('hidden');
      show.removeClass('hidden');
    });
  },
};
