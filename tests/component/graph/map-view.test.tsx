import { act, fireEvent, render, screen } from '@testing-library/react';
import { StrictMode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MapView } from '../../../src/graph/MapView';
import { StoreProvider } from '../../../src/store/context';
import { createAppStore } from '../../../src/store/store';
import { smallDataset } from '../../fixtures/small';

type Core = NonNullable<Window['cy']>;

// react-cytoscapejs makes the instance in jsdom (the canvas is vitest-canvas-mock's); what counts
// here is the binding's life: one live binding per mounted map, StrictMode's remount included.

// Every instance react-cytoscapejs hands to its `cy` callback, in order.
const made = vi.hoisted(() => ({ instances: [] as unknown[] }));
vi.mock('react-cytoscapejs', async (importOriginal) => {
  const { createElement } = await import('react');
  const Real = ((await importOriginal()) as { default: React.ComponentType<{ cy?: unknown }> })
    .default;
  return {
    default: (props: { cy?: (cy: unknown) => void }) =>
      createElement(Real, {
        ...props,
        cy: (cy: unknown) => {
          if (!made.instances.includes(cy)) made.instances.push(cy);
          props.cy?.(cy);
        },
      }),
  };
});
let assigned: Core[] = [];

beforeEach(() => {
  vi.stubGlobal(
    'ResizeObserver',
    class {
      observe() {}
      disconnect() {}
    },
  );
  made.instances = [];
  assigned = made.instances as Core[];
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

const positions = Object.fromEntries(
  smallDataset.graph.nodes.map((n, i) => [n.id, { x: i * 100, y: 0 }]),
);

function mount(strict: boolean) {
  const store = createAppStore({ ...smallDataset, positions });
  const map = (
    <StoreProvider store={store}>
      <MapView />
    </StoreProvider>
  );
  // As src/main.tsx renders the app.
  const view = render(strict ? <StrictMode>{map}</StrictMode> : map);
  return { store, ...view };
}

describe('MapView', () => {
  it('binds the instance react-cytoscapejs made, with the map’s stylesheet and elements', () => {
    mount(false);
    expect(assigned).toHaveLength(1);
    const cy = window.cy!;
    expect(cy.nodes()).toHaveLength(smallDataset.graph.nodes.length);
    expect(cy.edges()).toHaveLength(smallDataset.graph.edges.length);
    expect(cy.minZoom()).toBe(0.15);
    expect(cy.maxZoom()).toBe(4);
    // The map's stylesheet, not react-cytoscapejs's default one: hidden elements are not displayed.
    cy.nodes()[0]!.addClass('hidden');
    expect(cy.nodes()[0]!.style('display')).toBe('none');
  });

  it('under StrictMode binds the second instance once, and lets go of the first', () => {
    const { store, unmount } = mount(true);
    // StrictMode mounts, unmounts and mounts again: react-cytoscapejs destroys its first instance.
    expect(assigned).toHaveLength(2);
    const [first, live] = assigned as [Core, Core];
    expect(first.destroyed()).toBe(true);
    expect(live.destroyed()).toBe(false);
    expect(window.cy).toBe(live);

    // Only the live binding follows the store (a binding left on the destroyed instance would throw).
    const sphere = store.getState().spheres[0]!.id;
    act(() => store.getState().showOnlySphere(sphere));
    act(() => store.getState().showAllSpheres());
    act(() => store.getState().showNoSpheres());
    expect(live.elements('.hidden')).toHaveLength(live.elements().length);

    // Unmounting unbinds before the instance is destroyed, and forgets it.
    unmount();
    expect(live.destroyed()).toBe(true);
    expect(window.cy).toBeUndefined();
    expect(() => store.getState().showAllSpheres()).not.toThrow();
  });

  it('is a focusable application named Map that says which keys it answers', () => {
    mount(false);
    const map = screen.getByRole('application', { name: 'Map' });
    expect(map).toHaveAttribute('tabindex', '0');
    expect(map.closest('[aria-hidden="true"]')).toBeNull();
    expect(map).toHaveAccessibleDescription(/Arrow keys move the map, \+ and − zoom/);
  });

  it('pans with the arrow keys and zooms with + and −, keeping the page from scrolling', () => {
    // jsdom lays nothing out: the map is given a size.
    vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(800);
    vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(600);
    const { store } = mount(false);
    const cy = window.cy!;
    const map = screen.getByRole('application', { name: 'Map' });
    act(() => map.focus());
    const pan = { ...cy.pan() };
    const zoom = cy.zoom();
    const right = fireEvent.keyDown(map, { key: 'ArrowRight' });
    // Looking right: the graph moves left under the camera; the page does not scroll.
    expect(right).toBe(false);
    expect(cy.pan().x).toBeLessThan(pan.x);
    expect(cy.pan().y).toBe(pan.y);
    fireEvent.keyDown(map, { key: 'ArrowDown', shiftKey: true });
    expect(cy.pan().y).toBeLessThan(pan.y);
    fireEvent.keyDown(map, { key: '+' });
    expect(cy.zoom()).toBeCloseTo(zoom * 1.25);
    fireEvent.keyDown(map, { key: '-' });
    fireEvent.keyDown(map, { key: '-' });
    expect(cy.zoom()).toBeCloseTo(zoom / 1.25);
    // 0 asks the map to frame what is shown; other keys are the page's.
    fireEvent.keyDown(map, { key: '0' });
    expect(store.getState().camera?.kind).toBe('fit');
    expect(fireEvent.keyDown(map, { key: 'a' })).toBe(true);
    expect(fireEvent.keyDown(map, { key: '+', ctrlKey: true })).toBe(true);
  });

  it('leaves the arrows to the tour while presenting', () => {
    const { store } = mount(false);
    const cy = window.cy!;
    act(() => store.setState({ tourStep: 0 }));
    const map = screen.getByRole('application', { name: 'Map' });
    const pan = { ...cy.pan() };
    expect(fireEvent.keyDown(map, { key: 'ArrowRight' })).toBe(true);
    expect(cy.pan()).toEqual(pan);
  });
});
