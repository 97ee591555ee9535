import { describe, expect, it } from 'vitest';
import { deleteNode } from '../../../src/domain/authoring/nodeEdits';
import type { Tour } from '../../../src/domain/tour';
import { createAppStore } from '../../../src/store/store';
import { smallDataset, smallTour } from '../../fixtures/small';

const authored: Tour = {
  title: 'Mine',
  steps: [
    {
      id: 'oil',
      title: 'Oil',
      caption: 'Oil only.',
      spheres: ['energy', 'economic'],
      kinds: ['state', 'company'],
      statuses: ['established'],
      attributions: ['fact'],
      selection: { type: 'node', id: 'beta' },
      focusDepth: 1,
      focus: ['beta'],
      frame: ['alpha', 'beta'],
      blocks: ['p2'],
    },
    smallTour.steps[0]!,
  ],
};

describe('an authored tour in the store', () => {
  it('plays a step with its filters, selection, focus depth and camera', () => {
    const store = createAppStore({ ...smallDataset, tour: authored });
    store.getState().startTour(authored, 0);
    const s = store.getState();
    expect(s.filters).toEqual({
      spheres: ['energy', 'economic'],
      kinds: ['state', 'company'],
      statuses: ['established'],
      attributions: ['fact'],
    });
    expect(s.selection).toEqual({ type: 'node', id: 'beta' });
    expect(s.focusDepth).toBe(1);
    expect(s.camera).toMatchObject({ kind: 'frame', ids: ['alpha', 'beta'] });
    // A step of the old kind: everything else on, nothing selected, its focus framed.
    store.getState().nextStep();
    const t = store.getState();
    expect(t.selection).toBeNull();
    expect(t.focusDepth).toBe(0);
    expect(t.filters.kinds.length).toBeGreaterThan(2);
    expect(t.camera).toMatchObject({ kind: 'frame', ids: ['alpha', 'alpha-treaty-beta'] });
  });

  it('changes the tour of an own map as one undo step each', () => {
    const store = createAppStore(smallDataset);
    store.getState().openOwnMap(smallDataset, null);
    expect(store.getState().tour).toBeNull();
    store.getState().changeMap({ tour: authored });
    store.getState().changeMap({ tour: { ...authored, steps: [authored.steps[1]!] } });
    expect(store.getState().tour?.steps).toHaveLength(1);
    store.getState().undo();
    expect(store.getState().tour).toBe(authored);
    store.getState().undo();
    expect(store.getState().tour).toBeNull();
    store.getState().redo();
    expect(store.getState().tour).toBe(authored);
  });

  it('lets a graph edit take what it deletes out of the tour, undone with it', () => {
    const store = createAppStore(smallDataset);
    store.getState().openOwnMap({ ...smallDataset, tour: authored }, null);
    const result = store.getState().applyEdit((g, ctx) => deleteNode(g, ctx, 'beta'));
    expect(result.ok).toBe(true);
    const step = store.getState().tour!.steps[0]!;
    expect(step.selection).toBeUndefined();
    expect(step.frame).toEqual(['alpha']);
    expect(step.focus).toEqual(['alpha']);
    store.getState().undo();
    expect(store.getState().tour).toBe(authored);
  });
});
