import { describe, expect, it } from 'vitest';
import { createAppStore, OPEN_PANELS } from '../../../src/store/store';
import { smallDataset } from '../../fixtures/small';

describe('panels slice', () => {
  it('starts with both side panels open unless told otherwise', () => {
    expect(createAppStore(smallDataset).getState().panels).toEqual(OPEN_PANELS);
    const closed = { tools: false, evidence: false };
    expect(createAppStore(smallDataset, { panels: closed }).getState().panels).toEqual(closed);
  });

  it('toggles, sets and shows one panel only', () => {
    const store = createAppStore(smallDataset);
    store.getState().togglePanel('tools');
    expect(store.getState().panels).toEqual({ tools: false, evidence: true });
    const before = store.getState().panels;
    store.getState().setPanel('tools', false);
    // Setting what is already there changes nothing (no re-render, no stored write).
    expect(store.getState().panels).toBe(before);
    store.getState().setPanel('tools', true);
    expect(store.getState().panels).toEqual(OPEN_PANELS);
    store.getState().showOnlyPanel('evidence');
    expect(store.getState().panels).toEqual({ tools: false, evidence: true });
  });
});
