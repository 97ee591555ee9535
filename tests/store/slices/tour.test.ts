import { describe, expect, it } from 'vitest';
import { decodeView, encodeView } from '../../../src/domain/urlState';
import { createAppStore, viewOf } from '../../../src/store/store';
import { startUrlSync } from '../../../src/store/urlSync';
import { smallDataset, smallGraph, smallTour as tour } from '../../fixtures/small';

describe('the tour slice', () => {
  it('applies each step’s spheres, frames its focus and clears the selection', () => {
    const store = createAppStore(smallDataset);
    store.getState().selectElement({ type: 'node', id: 'beta' });
    store.getState().startTour(tour);
    const s = store.getState();
    expect(s.tourStep).toBe(0);
    expect(s.filters.spheres).toEqual(['political']);
    expect(s.selection).toBeNull();
    expect(s.camera).toMatchObject({ kind: 'frame', ids: ['alpha', 'alpha-treaty-beta'] });
  });

  it('steps forward and back within bounds, and jumps', () => {
    const store = createAppStore(smallDataset);
    store.getState().startTour(tour);
    store.getState().previousStep();
    expect(store.getState().tourStep).toBe(0);
    store.getState().nextStep();
    store.getState().nextStep();
    store.getState().nextStep();
    expect(store.getState().tourStep).toBe(2);
    expect(store.getState().filters.spheres).toEqual(['economic', 'energy']);
    store.getState().goToStep(-5);
    expect(store.getState().tourStep).toBe(0);
    store.getState().goToStep(99);
    expect(store.getState().tourStep).toBe(2);
  });

  it('blanks the audience’s screen and keeps the step; leaving or a new tour shows it again', () => {
    const store = createAppStore(smallDataset);
    store.getState().startTour(tour, 1);
    store.getState().setTourBlanked(true);
    expect(store.getState()).toMatchObject({ tourBlanked: true, tourStep: 1 });
    store.getState().nextStep();
    expect(store.getState()).toMatchObject({ tourBlanked: true, tourStep: 2 });
    store.getState().endTour();
    expect(store.getState().tourBlanked).toBe(false);
    store.getState().startTour(tour);
    store.getState().setTourBlanked(true);
    store.getState().replaceDataset(smallDataset);
    expect(store.getState().tourBlanked).toBe(false);
  });

  it('gives back the view the user had when the tour ends', () => {
    const store = createAppStore(smallDataset);
    store.getState().toggleSphere('humanitarian');
    store.getState().selectElement({ type: 'node', id: 'beta' });
    store.getState().setFocusDepth(1);
    const before = viewOf(store.getState());
    store.getState().startTour(tour, 1);
    store.getState().nextStep();
    store.getState().endTour();
    expect(viewOf(store.getState())).toEqual(before);
    expect(store.getState().tourStep).toBeNull();
    expect(store.getState().camera?.kind).toBe('fit');
  });

  it('gives back the camera and the tab too: the map goes back where it was, not to a fit', () => {
    const store = createAppStore(smallDataset);
    store.getState().setViewport({ x: 5, y: 6, zoom: 2 });
    store.getState().setTab('path');
    store.getState().startTour(tour, 0);
    // In the tour the step frames the map: the link leaves the camera out.
    store.getState().setViewport({ x: 50, y: 60, zoom: 0.5 });
    expect(viewOf(store.getState()).viewport).toBeNull();
    const fitBefore = store.getState().camera;
    store.getState().endTour();
    expect(store.getState().viewport).toEqual({ x: 5, y: 6, zoom: 2 });
    expect(store.getState().tab).toBe('path');
    expect(store.getState().camera).toBe(fitBefore);
  });

  it('asks for the tour data when it is not loaded yet', () => {
    const store = createAppStore(smallDataset);
    store.getState().requestTour(2);
    expect(store.getState().pendingTourStep).toBe(2);
    expect(store.getState().tourStep).toBeNull();
    store.getState().startTour(tour, store.getState().pendingTourStep!);
    expect(store.getState().pendingTourStep).toBeNull();
    expect(store.getState().tourStep).toBe(2);
  });

  it('puts the step in the link, counted from 1, and a link with a step opens the tour there', () => {
    const store = createAppStore(smallDataset);
    store.getState().startTour(tour, 1);
    const hash = encodeView(viewOf(store.getState()));
    expect(hash).toContain('step=2');

    const other = createAppStore(smallDataset);
    const { view, notices } = decodeView(hash, smallGraph);
    expect(notices).toEqual([]);
    other.getState().applyView(view);
    expect(other.getState().pendingTourStep).toBe(1);
    other.getState().startTour(tour, 1);
    other.getState().endTour();
    // Opened from a link, leaving the tour shows the whole map rather than the step's filters.
    expect(other.getState().filters.spheres).toHaveLength(4);
  });

  it('ignores a malformed step in a link with a notice', () => {
    expect(decodeView('step=zero', smallGraph).notices).toEqual([
      expect.stringMatching(/tour step/),
    ]);
    expect(decodeView('step=0', smallGraph).view.step).toBeNull();
  });

  describe('with an imported graph on the map', () => {
    const imported = {
      ...smallDataset,
      article: { ...smallDataset.article, id: 'imported', title: 'g.csv' },
    };

    it('knows the article is shown at first, an import after one, and the article again after Back', () => {
      const store = createAppStore(smallDataset);
      expect(store.getState().origin).toBe('article');
      store.getState().replaceDataset(imported);
      expect(store.getState().origin).toBe('import');
      store.getState().replaceDataset(smallDataset, 'article');
      expect(store.getState().origin).toBe('article');
    });

    it('ends a tour in progress when a graph is imported', () => {
      const store = createAppStore(smallDataset);
      store.getState().startTour(tour, 1);
      store.getState().replaceDataset(imported);
      expect(store.getState().tourStep).toBeNull();
      expect(store.getState().tour).toBeNull();
      expect(store.getState().viewBeforeTour).toBeNull();
    });

    it('starts no tour, from the toolbar, the tour loader or the keys', () => {
      const store = createAppStore(smallDataset);
      store.getState().replaceDataset(imported);
      store.getState().requestTour(0);
      expect(store.getState().pendingTourStep).toBeNull();
      store.getState().startTour(tour, 1);
      store.getState().nextStep();
      store.getState().goToStep(2);
      expect(store.getState().tourStep).toBeNull();
      expect(viewOf(store.getState()).step).toBeNull();
    });

    it('drops a request that was waiting for the tour data when the import lands', () => {
      const store = createAppStore(smallDataset);
      store.getState().requestTour(0);
      store.getState().replaceDataset(imported);
      expect(store.getState().pendingTourStep).toBeNull();
      // The loader answering late does not start it either.
      store.getState().startTour(tour, 0);
      expect(store.getState().tourStep).toBeNull();
    });

    it('ignores a tour step in a link, with a notice, and keeps the rest of the link', () => {
      const store = createAppStore(smallDataset);
      store.getState().replaceDataset(imported);
      const listeners = new Set<() => void>();
      const location = { hash: '#step=2&size=degree', href: 'https://x.test/#step=2&size=degree' };
      const stop = startUrlSync(store, {
        location,
        history: {
          replaceState: (_d: unknown, _u: string, url: string) => {
            location.href = url;
            location.hash = url.includes('#') ? url.slice(url.indexOf('#')) : '';
          },
        },
        addEventListener: (_t, fn) => void listeners.add(fn),
        removeEventListener: (_t, fn) => void listeners.delete(fn),
      });
      expect(store.getState().tourStep).toBeNull();
      expect(store.getState().pendingTourStep).toBeNull();
      expect(store.getState().notices).toEqual([
        expect.objectContaining({
          kind: 'info',
          text: expect.stringMatching(/tour step 2 was ignored/),
        }),
      ]);
      expect(store.getState().sizeBy).toBe('degree');
      // As with other ignored parts of a link, the address drops the step at the next change.
      store.getState().dismissNotice(store.getState().notices[0]!.id);
      expect(location.hash).toBe('#size=degree');
      stop();
    });

    it('offers the tour again once the article is back', () => {
      const store = createAppStore(smallDataset);
      store.getState().replaceDataset(imported);
      store.getState().replaceDataset(smallDataset, 'article');
      store.getState().requestTour(1);
      expect(store.getState().pendingTourStep).toBe(1);
      store.getState().startTour(tour, 1);
      expect(store.getState().tourStep).toBe(1);
    });
  });

  describe('with a map file that brings its own tour', () => {
    const ownTour = { ...tour, title: 'A tour of the file' };
    const mapFile = {
      ...smallDataset,
      article: { ...smallDataset.article, id: 'imported', title: 'map.json' },
      tour: ownTour,
    };

    it('presents that tour, from the toolbar or a step', () => {
      const store = createAppStore(smallDataset);
      store.getState().replaceDataset(mapFile);
      expect(store.getState().origin).toBe('import');
      expect(store.getState().tour).toBe(ownTour);
      store.getState().requestTour(1);
      expect(store.getState().pendingTourStep).toBeNull();
      expect(store.getState().tourStep).toBe(1);
      store.getState().nextStep();
      expect(viewOf(store.getState()).step).toBe(3);
    });

    it('does not let the article’s tour, loaded late, take its place', () => {
      const store = createAppStore(smallDataset);
      store.getState().replaceDataset(mapFile);
      store.getState().startTour(tour, 0);
      expect(store.getState().tourStep).toBeNull();
      expect(store.getState().tour).toBe(ownTour);
    });

    it('opens a link’s step in it', () => {
      const store = createAppStore(smallDataset);
      store.getState().replaceDataset(mapFile);
      store.getState().applyView(decodeView('step=2', smallGraph).view);
      expect(store.getState().tourStep).toBe(1);
      expect(store.getState().notices).toEqual([]);
    });

    it('is gone when another graph without one is opened', () => {
      const store = createAppStore(smallDataset);
      store.getState().replaceDataset(mapFile);
      store.getState().replaceDataset({ ...mapFile, tour: undefined });
      expect(store.getState().tour).toBeNull();
      store.getState().requestTour(0);
      expect(store.getState().tourStep).toBeNull();
    });
  });
});
