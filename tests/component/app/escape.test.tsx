import { act, fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../../src/app/App';
import { importSession, INITIAL_SESSION } from '../../../src/features/import/importSession';
import { renderWithStore } from '../renderWithStore';
import { smallTour } from '../../fixtures/small';

vi.mock('../../../src/graph/MapView', () => ({
  MapView: () => <div data-testid="map" />,
}));

// Test files share modules: an import report left open by another file would take the Escape.
beforeEach(() => importSession.setState(INITIAL_SESSION));

describe('Escape', () => {
  it('clears the selection from anywhere on the page', async () => {
    const { store } = renderWithStore(<App />);
    act(() => store.getState().selectElement({ type: 'node', id: 'alpha' }));
    await userEvent.keyboard('{Escape}');
    expect(store.getState().selection).toBeNull();
    // A focused button is anywhere too.
    act(() => store.getState().selectElement({ type: 'edge', id: 'alpha-treaty-beta' }));
    screen.getByRole('button', { name: 'Fit to screen' }).focus();
    await userEvent.keyboard('{Escape}');
    expect(store.getState().selection).toBeNull();
  });

  it('is left to a field that uses it (the search box clears its text first)', async () => {
    const { store } = renderWithStore(<App />);
    act(() => store.getState().selectElement({ type: 'node', id: 'alpha' }));
    const search = screen.getByRole('combobox', { name: 'Search nodes' });
    await userEvent.type(search, 'be');
    await userEvent.keyboard('{Escape}{Escape}');
    expect(search).toHaveValue('');
    expect(store.getState().selection).toEqual({ type: 'node', id: 'alpha' });
  });

  it('is left to the import report, which it closes', async () => {
    const { store } = renderWithStore(<App />);
    act(() => store.getState().selectElement({ type: 'node', id: 'alpha' }));
    act(() => importSession.setState({ reportOpen: true }));
    // The report's code loads when a report is first shown.
    await act(async () => {
      await import('../../../src/features/import/ImportReport');
    });
    fireEvent.keyDown(document.body, { key: 'Escape' });
    expect(importSession.getState().reportOpen).toBe(false);
    expect(store.getState().selection).toEqual({ type: 'node', id: 'alpha' });
  });

  it('is left to whatever took it first, and to the tour, where it leaves the tour', async () => {
    const { store } = renderWithStore(<App />);
    act(() => store.getState().selectElement({ type: 'node', id: 'alpha' }));
    const taken = new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true });
    taken.preventDefault();
    act(() => void window.dispatchEvent(taken));
    expect(store.getState().selection).toEqual({ type: 'node', id: 'alpha' });

    act(() => store.getState().startTour(smallTour, 0));
    act(() => store.getState().selectElement({ type: 'node', id: 'alpha' }));
    // The presenter's code (and its keys) load when a tour is first presented.
    await screen.findByRole('region', { name: 'Tour' });
    fireEvent.keyDown(document.body, { key: 'Escape' });
    expect(store.getState().tourStep).toBeNull();
  });
});
