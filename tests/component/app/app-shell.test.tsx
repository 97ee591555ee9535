import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App, PANELS_AT_THE_LATEST_MS } from '../../../src/app/App';
import { ErrorBoundary } from '../../../src/app/ErrorBoundary';
import { ALL_FILTERS } from '../../../src/domain/filters';
import { renderWithStore } from '../renderWithStore';

// The map (MapView) is tested on its own (tests/component/graph/map-view.test.tsx) and its binding
// headless in tests/unit/graph/; here the shell around it is what counts.
// The stand-in says its first frame is painted as it mounts, unless a test holds that back.
const map = vi.hoisted(() => ({ paints: true, paint: null as (() => void) | null }));
vi.mock('../../../src/graph/MapView', async () => {
  const { useEffect } = await import('react');
  return {
    MapView: ({ onFirstPaint }: { onFirstPaint?: () => void }) => {
      useEffect(() => {
        map.paint = onFirstPaint ?? null;
        if (map.paints) onFirstPaint?.();
      }, [onFirstPaint]);
      return <div data-testid="map" />;
    },
  };
});

afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
  map.paints = true;
  map.paint = null;
});

const tab = (name: string) => screen.getByRole('tab', { name });
/** The side panels' code loads apart from the first view's (React.lazy): they come a moment later. */
// The panels' code is imported on first use: under load that import alone can take seconds.
const panelsLoaded = () => screen.findByRole('tablist', { name: 'Tools' }, { timeout: 10_000 });

describe('App shell', () => {
  it('names the app and the article in the banner', () => {
    renderWithStore(<App />);
    // The page's banner comes first; testing-library also counts the reader's <header>, which
    // browsers do not treat as a banner because it sits inside a <section>.
    const banner = screen.getAllByRole('banner')[0]!;
    expect(banner.parentElement!.closest('section, aside, main, article, nav')).toBeNull();
    expect(within(banner).getByRole('heading', { level: 1 })).toHaveTextContent(
      'Silkgraph A small article',
    );
    expect(within(banner).getByRole('toolbar', { name: 'Map actions' })).toBeInTheDocument();
  });

  it('lays out tools, map, details, article and legend as named regions', async () => {
    renderWithStore(<App />);
    await panelsLoaded();
    expect(screen.getByRole('complementary', { name: 'Tools' })).toBeInTheDocument();
    expect(screen.getByRole('main', { name: 'Map' })).toContainElement(screen.getByTestId('map'));
    expect(screen.getByRole('region', { name: 'Details' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Article' })).toBeInTheDocument();
    const legend = screen.getByRole('complementary', { name: 'Legend' });
    for (const label of ['Political', 'Economic', 'Energy', 'Humanitarian', 'Contested'])
      expect(legend).toHaveTextContent(label);
  });

  it('offers the Filters, List and Path tabs, Filters first', async () => {
    renderWithStore(<App />);
    await panelsLoaded();
    const tablist = screen.getByRole('tablist', { name: 'Tools' });
    expect(
      within(tablist)
        .getAllByRole('tab')
        .map((t) => t.textContent),
    ).toEqual(['Filters', 'List', 'Path']);
    expect(tab('Filters')).toHaveAttribute('aria-selected', 'true');
    expect(tab('Filters')).toHaveAttribute('tabindex', '0');
    expect(tab('List')).toHaveAttribute('tabindex', '-1');
    const panel = screen.getByRole('tabpanel', { name: 'Filters' });
    expect(within(panel).getByRole('region', { name: 'Filters' })).toBeInTheDocument();
  });

  it('moves between tabs with the arrow keys, Home and End, wrapping around', async () => {
    const user = userEvent.setup();
    renderWithStore(<App />);
    await panelsLoaded();
    await user.click(tab('Filters'));

    await user.keyboard('{ArrowRight}');
    expect(tab('List')).toHaveAttribute('aria-selected', 'true');
    expect(tab('List')).toHaveFocus();
    expect(tab('Filters')).toHaveAttribute('aria-selected', 'false');
    expect(screen.getByRole('tabpanel', { name: 'List' })).toHaveTextContent('Elements');
    expect(screen.queryByRole('region', { name: 'Filters' })).toBeNull();

    await user.keyboard('{ArrowRight}');
    expect(tab('Path')).toHaveFocus();
    expect(screen.getByRole('region', { name: 'Path' })).toBeInTheDocument();

    await user.keyboard('{ArrowRight}');
    expect(tab('Filters')).toHaveFocus();
    expect(tab('Filters')).toHaveAttribute('aria-selected', 'true');

    await user.keyboard('{ArrowLeft}');
    expect(tab('Path')).toHaveFocus();
    expect(tab('Path')).toHaveAttribute('aria-selected', 'true');

    await user.keyboard('{Home}');
    expect(tab('Filters')).toHaveFocus();
    await user.keyboard('{End}');
    expect(tab('Path')).toHaveFocus();
    expect(tab('Path')).toHaveAttribute('tabindex', '0');
    expect(tab('Filters')).toHaveAttribute('tabindex', '-1');
  });

  it('switches tabs on click and keeps each panel labelled by its tab', async () => {
    const user = userEvent.setup();
    renderWithStore(<App />);
    await panelsLoaded();
    await user.click(tab('Path'));
    const panel = screen.getByRole('tabpanel', { name: 'Path' });
    expect(tab('Path')).toHaveAttribute('aria-controls', panel.id);
    expect(tab('Filters')).toHaveAttribute('aria-selected', 'false');
  });

  it('opens the tab the store holds (from a link) and keeps the one chosen in the store', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<App />);
    act(() => store.getState().setTab('path'));
    await panelsLoaded();
    expect(tab('Path')).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('tabpanel', { name: 'Path' })).toBeVisible();
    await user.click(tab('List'));
    expect(store.getState().tab).toBe('list');
    await user.keyboard('{ArrowRight}');
    expect(store.getState().tab).toBe('path');
  });

  it('carries, for print only, what the filters show above the map', () => {
    const { store, container } = renderWithStore(<App />);
    act(() => store.getState().toggleSphere('energy'));
    const caption = container.querySelector('.print-caption');
    expect(caption).toHaveTextContent('Spheres: Political, Economic, Humanitarian (Energy off).');
    expect(caption).toHaveClass('print-only');
  });

  it('shows a notice from the store over the map and dismisses it with its button', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<App />);
    act(() => {
      store.getState().notify('info', 'Ignored "foo" in the link.');
      store.getState().notify('error', 'Second notice.');
    });
    // Over the map, not over the header's controls.
    const notice = screen.getByText('Ignored "foo" in the link.');
    expect(screen.getByRole('main', { name: 'Map' })).toContainElement(notice);
    await user.click(
      screen.getByRole('button', { name: 'Dismiss notice: Ignored "foo" in the link.' }),
    );
    expect(screen.queryByText('Ignored "foo" in the link.')).toBeNull();
    expect(screen.getByText('Second notice.')).toBeInTheDocument();
    expect(store.getState().notices.map((n) => n.text)).toEqual(['Second notice.']);
  });

  it('says the map is empty when the filters hide every node, and Reset brings it back', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<App />);
    await panelsLoaded();
    const message = 'Nothing to show: the filters hide every node.';
    expect(screen.queryByText(message)).toBeNull();

    await user.click(screen.getByRole('button', { name: 'None' }));
    const notice = screen.getByText(message).closest('[role="status"]') as HTMLElement;
    expect(screen.getByRole('main', { name: 'Map' })).toContainElement(notice);

    await user.click(within(notice).getByRole('button', { name: 'Reset filters' }));
    expect(store.getState().filters).toEqual(ALL_FILTERS);
    expect(screen.queryByText(message)).toBeNull();
  });

  it('says the map is empty when the kinds hide every node too', () => {
    const { store } = renderWithStore(<App />);
    act(() => {
      for (const kind of ['state', 'company', 'concept'] as const)
        store.getState().toggleKind(kind);
    });
    expect(screen.getByText('Nothing to show: the filters hide every node.')).toBeInTheDocument();
  });
});

describe('App shell before the map is on screen', () => {
  it('renders the side panels only after the map’s first frame, and says the panels are busy', async () => {
    map.paints = false;
    renderWithStore(<App />);
    const tools = screen.getByRole('complementary', { name: 'Tools' });
    const evidence = screen.getByRole('complementary', { name: 'Evidence and article' });
    expect(tools).toHaveAttribute('aria-busy', 'true');
    expect(evidence).toHaveAttribute('aria-busy', 'true');
    expect(screen.queryByRole('tablist', { name: 'Tools' })).toBeNull();
    expect(screen.queryByRole('region', { name: 'Article' })).toBeNull();
    // The header and the legend do not wait.
    expect(screen.getByRole('toolbar', { name: 'Map actions' })).toBeInTheDocument();
    expect(screen.getByRole('complementary', { name: 'Legend' })).toBeInTheDocument();

    act(() => map.paint!());
    expect(await panelsLoaded()).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Details' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Article' })).toBeInTheDocument();
    expect(tools).not.toHaveAttribute('aria-busy');
    expect(evidence).not.toHaveAttribute('aria-busy');
  });

  it('renders the side panels all the same when the map never paints', async () => {
    vi.useFakeTimers();
    map.paints = false;
    renderWithStore(<App />);
    expect(screen.queryByRole('region', { name: 'Article' })).toBeNull();
    act(() => vi.advanceTimersByTime(PANELS_AT_THE_LATEST_MS));
    // Their code then loads (a module import, not a timer).
    vi.useRealTimers();
    expect(await panelsLoaded()).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Article' })).toBeInTheDocument();
  });
});

describe('ErrorBoundary', () => {
  function Fragile({ broken }: { broken: boolean }) {
    if (broken) throw new Error('the view broke');
    return <p>All fine.</p>;
  }

  function Harness() {
    const [broken, setBroken] = useState(true);
    return (
      <>
        <button type="button" onClick={() => setBroken(false)}>
          Mend
        </button>
        <ErrorBoundary view="map">
          <Fragile broken={broken} />
        </ErrorBoundary>
      </>
    );
  }

  it('shows what failed as an alert, keeps the rest of the page, and tries again', async () => {
    // React reports the error, and the boundary logs it: both are expected here.
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const user = userEvent.setup();
    render(<Harness />);

    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Something went wrong in the map: the view broke');
    expect(alert).toHaveTextContent('Your filters and selection are kept.');
    expect(screen.getByRole('button', { name: 'Mend' })).toBeInTheDocument();
    expect(warn).toHaveBeenCalledWith(
      'Silkgraph: the map view failed',
      expect.any(Error),
      expect.anything(),
    );

    await user.click(screen.getByRole('button', { name: 'Mend' }));
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByText('All fine.')).toBeInTheDocument();
  });

  it('shows the alert again when the view still fails after Try again', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const user = userEvent.setup();
    render(
      <ErrorBoundary view="map">
        <Fragile broken />
      </ErrorBoundary>,
    );
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Something went wrong in the map');
  });

  it('tells its owner when the view fails', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const onError = vi.fn();
    render(
      <ErrorBoundary view="map" onError={onError}>
        <Fragile broken />
      </ErrorBoundary>,
    );
    expect(onError).toHaveBeenCalledTimes(1);
  });

  it('renders its children when nothing fails', () => {
    render(
      <ErrorBoundary view="map">
        <Fragile broken={false} />
      </ErrorBoundary>,
    );
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByText('All fine.')).toBeInTheDocument();
  });
});
