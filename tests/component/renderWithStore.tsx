import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { StoreProvider } from '../../src/store/context';
import { createAppStore, type DatasetSlice } from '../../src/store/store';
import { smallDataset } from '../fixtures/small';

/** Renders a component inside a fresh store (the small fixture by default) and returns both. */
export function renderWithStore(ui: ReactElement, dataset: DatasetSlice = smallDataset) {
  const store = createAppStore(dataset);
  const result = render(<StoreProvider store={store}>{ui}</StoreProvider>);
  return { store, ...result };
}
