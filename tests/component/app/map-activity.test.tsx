import { act, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { MapActivity } from '../../../src/app/MapActivity';
import { renderWithStore } from '../renderWithStore';

describe('MapActivity', () => {
  it('keeps an empty live region while the map is idle', () => {
    renderWithStore(<MapActivity />);
    expect(screen.getByRole('status')).toHaveTextContent('');
    expect(screen.queryByRole('progressbar')).toBeNull();
  });

  it('shows how much of a large graph is drawn, in the bar and not in the announcement', () => {
    const { store } = renderWithStore(<MapActivity />);
    act(() => store.getState().setMapActivity({ kind: 'drawing', done: 6000, total: 25000 }));
    expect(screen.getByRole('status')).toHaveTextContent(
      'Drawing the map: 25,000 nodes and relations…',
    );
    const bar = screen.getByRole('progressbar', { name: 'Drawing the map' });
    expect(bar).toHaveAttribute('value', '6000');
    expect(bar).toHaveAttribute('max', '25000');
    expect(bar).toHaveAttribute('aria-valuetext', '6,000 of 25,000');
    expect(screen.getByText('24%')).toBeInTheDocument();
  });

  it('says a layout is running, in draft quality for a big graph, with an indefinite bar', () => {
    const { store } = renderWithStore(<MapActivity />);
    act(() =>
      store.getState().setMapActivity({
        kind: 'layout',
        nodes: 1500,
        draft: true,
        startedAt: Date.now(),
      }),
    );
    expect(screen.getByRole('status')).toHaveTextContent(
      'Laying out 1,500 nodes (draft quality, for speed)…',
    );
    expect(screen.getByRole('progressbar', { name: 'Laying out the map' })).not.toHaveAttribute(
      'value',
    );
    act(() => store.getState().setMapActivity(null));
    expect(screen.getByRole('status')).toHaveTextContent('');
  });
});
