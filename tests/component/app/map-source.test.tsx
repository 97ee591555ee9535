import { act, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { MapSource } from '../../../src/app/MapSource';
import { emptyArticle } from '../../../src/domain/importDataset';
import { renderWithStore } from '../renderWithStore';

describe('MapSource', () => {
  it('names the text the map quotes: its author and title', () => {
    renderWithStore(<MapSource />);
    expect(screen.getByText(/^Source: Test,/)).toHaveTextContent('Source: Test, A small article');
    expect(screen.getByText('A small article').tagName).toBe('CITE');
  });

  it('says nothing for a graph that came without a text', () => {
    const { store } = renderWithStore(<MapSource />);
    const { graph, positions, spheres } = store.getState();
    act(() =>
      store
        .getState()
        .replaceDataset({ article: emptyArticle('g.gexf'), graph, positions, spheres }),
    );
    expect(screen.queryByText(/^Source:/)).toBeNull();
  });
});
