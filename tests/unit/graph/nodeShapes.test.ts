import cytoscape, { type Core } from 'cytoscape';
import { afterEach, describe, expect, it } from 'vitest';
import {
  KIND_SHAPES,
  OWN_SHAPES,
  SHAPE_OUTLINES,
  type OwnShape,
} from '../../../src/domain/nodeShapes';
import { NODE_KINDS } from '../../../src/domain/vocabulary';
import { STYLESHEET } from '../../../src/graph/stylesheet';

// The large layer, the legend and the exports' legends draw the shapes from SHAPE_OUTLINES: these
// must be the outlines cytoscape itself draws for the same names (read from its renderer's shapes).

let cy: Core;
afterEach(() => {
  const container = cy.container();
  cy.destroy();
  container?.remove();
});

const drawn = () => {
  const container = document.createElement('div');
  document.body.append(container);
  return cytoscape({ container, style: STYLESHEET });
};

type Shapes = Record<string, { points?: number[] }>;
const rendererShapes = (core: Core) =>
  (core as unknown as { renderer(): { nodeShapes: Shapes } }).renderer().nodeShapes;

describe('node shapes on the map', () => {
  it('draws each kind in its shape, our own as polygons of their outlines', () => {
    cy = drawn();
    cy.add(
      NODE_KINDS.map((kind, i) => ({
        group: 'nodes' as const,
        data: { id: kind, kind, label: kind },
        position: { x: i * 50, y: 0 },
      })),
    );
    for (const kind of NODE_KINDS) {
      const node = cy.$id(kind);
      const shape = KIND_SHAPES[kind];
      if (OWN_SHAPES.has(shape)) {
        expect(node.style('shape')).toBe('polygon');
        expect(node.style('shape-polygon-points').split(/\s+/).map(Number)).toEqual(
          SHAPE_OUTLINES[shape as OwnShape],
        );
      } else expect([kind, node.style('shape')]).toEqual([kind, shape]);
    }
  });

  it('mirrors the outlines cytoscape draws for the shapes it names', () => {
    cy = drawn();
    const shapes = rendererShapes(cy);
    for (const [name, outline] of Object.entries(SHAPE_OUTLINES)) {
      if (OWN_SHAPES.has(name as OwnShape) || name === 'round-rectangle') continue;
      const points = shapes[name]?.points;
      expect(points, name).toBeDefined();
      expect(points!.length, name).toBe(outline.length);
      points!.forEach((v, i) => expect(v, `${name}[${i}]`).toBeCloseTo(outline[i]!, 6));
    }
  });
});
