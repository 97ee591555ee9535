import cytoscape, { type Core } from 'cytoscape';
import { afterEach, describe, expect, it } from 'vitest';
import { drawEmptyFrame, drawFirstFrameDirect } from '../../../../src/graph/patches/firstFrame';

// Cytoscape's canvas renderer runs in jsdom on vitest-canvas-mock's canvas: its internals are the
// real ones, so an upgrade that renames them fails here.

const CACHES = ['eleTxrCache', 'lblTxrCache', 'slbTxrCache', 'tlbTxrCache'];
type Renderer = { render(): void; data: Record<string, { getElement: unknown }> };
const rendererOf = (cy: Core) => (cy as unknown as { renderer(): Renderer }).renderer();
const ownGetElement = (cy: Core) =>
  CACHES.map((name) => Object.hasOwn(rendererOf(cy).data[name]!, 'getElement'));

let cy: Core;
afterEach(() => cy?.destroy());

const drawn = () => {
  const container = document.createElement('div');
  document.body.append(container);
  return cytoscape({ container });
};

describe('drawEmptyFrame', () => {
  it('draws one frame of the instance before it has elements', () => {
    cy = drawn();
    let frames = 0;
    cy.on('render', () => frames++);
    expect(drawEmptyFrame(cy)).toBe(true);
    expect(frames).toBe(1);
  });

  it('does nothing on a headless instance', () => {
    cy = cytoscape({ headless: true });
    expect(drawEmptyFrame(cy)).toBe(false);
  });
});

describe('drawFirstFrameDirect', () => {
  it('draws the first frame with elements without texture caches, then gives them back', () => {
    cy = drawn();
    const restore = drawFirstFrameDirect(cy);
    expect(restore).toBeTypeOf('function');
    expect(ownGetElement(cy)).toEqual([true, true, true, true]);
    // An empty frame keeps them off; the first frame with an element puts them back.
    rendererOf(cy).render();
    expect(ownGetElement(cy)).toEqual([true, true, true, true]);
    cy.add({ data: { id: 'a', label: 'A' } });
    rendererOf(cy).render();
    expect(ownGetElement(cy)).toEqual([false, false, false, false]);
    expect(typeof rendererOf(cy).data.eleTxrCache!.getElement).toBe('function');
  });

  it('can be undone before any frame', () => {
    cy = drawn();
    drawFirstFrameDirect(cy)!();
    expect(ownGetElement(cy)).toEqual([false, false, false, false]);
  });

  it('does nothing on a headless instance', () => {
    cy = cytoscape({ headless: true });
    expect(drawFirstFrameDirect(cy)).toBeNull();
  });
});
