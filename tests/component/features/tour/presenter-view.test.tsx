import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Presenter } from '../../../../src/features/tour/Presenter';
import PresenterConsole from '../../../../src/features/tour/PresenterConsole';
import type { Tour } from '../../../../src/domain/tour';
import ru from '../../../../data/translations/ru.json';
import { builtInDataset } from '../../../../src/app/dataset';
import { showLanguage } from '../../../../src/features/language/language';
import { activateLanguage } from '../../../../src/i18n';
import { loadBuiltInTour } from '../../../../src/lib/builtInTour';
import { StoreProvider } from '../../../../src/store/context';
import { createAppStore } from '../../../../src/store/store';
import { smallTour } from '../../../fixtures/small';
import { renderWithStore } from '../../renderWithStore';

const session = 'abcdefgh12345678';
const tour: Tour = {
  ...smallTour,
  steps: smallTour.steps.map((s, i) =>
    i === 0 ? { ...s, notes: 'Start at ¶1 <img src=x onerror=alert(1)>. Then ask why.' } : s,
  ),
};

afterEach(() => {
  act(() => activateLanguage('en'));
  document.documentElement.lang = 'en';
  localStorage.clear();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  Reflect.deleteProperty(window, 'opener');
});

describe('the Presenter view button', () => {
  it('opens the presenter view in a second window once, and brings it forward after', async () => {
    const user = userEvent.setup();
    const second = { closed: false, focus: vi.fn() } as unknown as Window;
    const open = vi.spyOn(window, 'open').mockReturnValue(second);
    const { store } = renderWithStore(<Presenter />);
    act(() => store.getState().startTour(tour));
    await user.click(screen.getByRole('button', { name: 'Presenter view' }));
    const [url, name, features] = open.mock.calls[0]!;
    const id = /#presenter=([a-z0-9]{16})$/.exec(String(url))![1];
    expect(name).toBe(`silkgraph-presenter-${id}`);
    expect(features).toContain('popup');
    await user.click(screen.getByRole('button', { name: 'Presenter view' }));
    expect(open).toHaveBeenCalledTimes(1);
    expect(second.focus).toHaveBeenCalled();
    // Closed by the presenter: the next click opens it again, for the same session.
    (second as { closed: boolean }).closed = true;
    await user.click(screen.getByRole('button', { name: 'Presenter view' }));
    expect(open).toHaveBeenCalledTimes(2);
    expect(open.mock.calls[1]![0]).toBe(url);
  });

  it('says so when the browser blocks the window', async () => {
    const user = userEvent.setup();
    vi.spyOn(window, 'open').mockReturnValue(null);
    const { store } = renderWithStore(<Presenter />);
    act(() => store.getState().startTour(tour));
    // A window opened before may have been closed: this one is blocked.
    await user.click(screen.getByRole('button', { name: 'Presenter view' }));
    expect(store.getState().notices.at(-1)?.text).toMatch(/allow pop-ups/);
  });
});

describe('the presenter view', () => {
  /** The audience window, as the presenter view sees it: its opener, posting to it. */
  function audience() {
    const posted: unknown[] = [];
    // The hello comes to the window with a port; the rest through that port.
    const opener = {
      closed: false,
      postMessage: (m: unknown, _target: string, ports?: MessagePort[]) => {
        posted.push(m);
        if (ports?.[0]) ports[0].onmessage = (e: MessageEvent) => posted.push(e.data);
      },
    };
    Object.defineProperty(window, 'opener', { value: opener, configurable: true });
    const say = (message: object) =>
      act(() =>
        window.dispatchEvent(
          new MessageEvent('message', {
            data: { silkgraph: 'presenter', session, from: 'audience', ...message },
            origin: window.location.origin,
            source: opener as unknown as Window,
          }),
        ),
      );
    return { posted, say };
  }

  it('asks for the state, shows the step’s notes and the next step, and steers the audience', async () => {
    const user = userEvent.setup();
    // Without a BroadcastChannel the windows' own messages carry the link.
    vi.stubGlobal('BroadcastChannel', undefined);
    const { posted, say } = audience();
    const showLanguage = vi.fn();
    const { store } = renderWithStore(
      <PresenterConsole session={session} showLanguage={showLanguage} />,
    );
    expect(posted).toEqual([{ type: 'hello', silkgraph: 'presenter', session, from: 'presenter' }]);
    expect(screen.getByRole('status')).toHaveTextContent('Waiting for the audience window');

    say({ type: 'state', tour, step: 0, blanked: false, dataset: null, language: 'en' });
    expect(screen.getByRole('status')).toHaveTextContent('Audience window: following');
    // Already in the audience's language.
    expect(showLanguage).not.toHaveBeenCalled();
    expect(screen.getByRole('heading', { level: 2, name: 'Treaty' })).toBeInTheDocument();
    // The notes as text: the markup in them is shown, never made.
    const notes = screen.getByText(/Start at/);
    expect(notes).toHaveTextContent('Start at ¶1 <img src=x onerror=alert(1)>. Then ask why.');
    expect(document.querySelector('.pv img')).toBeNull();
    await user.click(within(notes).getByRole('button', { name: 'Passage ¶1' }));
    expect(screen.getByRole('figure')).toHaveTextContent(/¶1/);
    expect(screen.getByRole('heading', { level: 2, name: 'Next: step 2 Oil' })).toBeInTheDocument();

    // Its buttons and keys move the audience; the audience's steps move it.
    await user.click(screen.getByRole('button', { name: 'Next →' }));
    expect(store.getState().tourStep).toBe(1);
    await waitFor(() => expect(posted.at(-1)).toMatchObject({ type: 'step', step: 1 }));
    await user.keyboard('b');
    await waitFor(() => expect(posted.at(-1)).toMatchObject({ type: 'blank', blanked: true }));
    expect(screen.getByRole('button', { name: 'Show audience screen (B)' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    say({ type: 'blank', blanked: false });
    say({ type: 'step', step: 2 });
    expect(screen.getByRole('heading', { level: 2, name: 'Rivals' })).toBeInTheDocument();
    expect(
      screen.getByRole('heading', { level: 2, name: 'Next: the end of the tour' }),
    ).toBeInTheDocument();
    // What came from the audience is not sent back.
    expect(posted.filter((m) => (m as { type: string }).type === 'step')).toHaveLength(1);

    // A message from another window, or malformed, changes nothing.
    act(() =>
      window.dispatchEvent(
        new MessageEvent('message', {
          data: { silkgraph: 'presenter', session, from: 'audience', type: 'step', step: 0 },
          origin: window.location.origin,
          source: window,
        }),
      ),
    );
    say({ type: 'step', step: 'first' });
    expect(store.getState().tourStep).toBe(2);

    say({ type: 'bye' });
    expect(screen.getByRole('status')).toHaveTextContent('The audience window was closed');
    await user.keyboard('{Home}');
    expect(screen.getByRole('heading', { level: 2, name: 'Treaty' })).toBeInTheDocument();
  });

  it('speaks the audience’s language: its words, and the article’s tour in translation', async () => {
    vi.stubGlobal('BroadcastChannel', undefined);
    const { say } = audience();
    const store = createAppStore(builtInDataset);
    const builtIn = await loadBuiltInTour();
    render(
      <StoreProvider store={store}>
        <PresenterConsole session={session} showLanguage={(l) => void showLanguage(store, l)} />
      </StoreProvider>,
    );
    // The tour comes as written; the audience window is in Russian.
    say({ type: 'state', tour: builtIn, step: 0, blanked: false, dataset: null, language: 'ru' });
    const title = ru.tour.steps[builtIn.steps[0]!.id as keyof typeof ru.tour.steps].title;
    expect(await screen.findByRole('heading', { level: 2, name: title })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Окно для зрителей: следует за вами');
    expect(document.documentElement.lang).toBe('ru');
    // Back in English with the audience.
    say({ type: 'state', tour: builtIn, step: 0, blanked: false, dataset: null, language: 'en' });
    expect(
      await screen.findByRole('heading', { level: 2, name: builtIn.steps[0]!.title }),
    ).toBeInTheDocument();
  });
});
