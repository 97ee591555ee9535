import { describe, expect, it } from 'vitest';
import { smallDataset, smallGraph } from '../../fixtures/small';
import { styledMap } from './styledMap';

const positions = Object.fromEntries(smallGraph.nodes.map((n, i) => [n.id, { x: i * 100, y: 0 }]));

describe('relations with and without a direction', () => {
  it('draws a directed graph’s relations with arrowheads', () => {
    const cy = styledMap(smallGraph, positions);
    for (const edge of cy.edges()) {
      expect(edge.hasClass('undirected')).toBe(false);
      expect(edge.style('target-arrow-shape'), edge.id()).toBe('triangle');
    }
    cy.destroy();
  });

  it('draws an undirected graph’s relations without, whatever state they are in', () => {
    const cy = styledMap({ ...smallGraph, directed: false }, positions);
    const edges = cy.edges();
    expect(edges.length).toBe(smallDataset.graph.edges.length);
    edges[0]!.addClass('selected');
    edges[1]!.addClass('hover-edge');
    edges[2]!.addClass('on-path');
    for (const edge of edges) {
      expect(edge.hasClass('undirected')).toBe(true);
      expect(edge.style('target-arrow-shape'), edge.id()).toBe('none');
    }
    cy.destroy();
  });
});
