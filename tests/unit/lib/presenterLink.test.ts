// @vitest-environment node
import { BroadcastChannel as NodeChannel } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import {
  newSession,
  openLink,
  presenterSessionOf,
  presenterUrl,
  readEnvelope,
  type LinkMessage,
  type LinkRole,
} from '../../../src/lib/presenterLink';
import { smallDataset, smallTour } from '../../fixtures/small';

const session = 'abcdefgh12345678';
const envelope = (from: LinkRole, message: object, to = session) => ({
  silkgraph: 'presenter',
  session: to,
  from,
  ...message,
});
const read = (data: unknown, from: LinkRole = 'audience') =>
  readEnvelope(data, session, from, smallDataset);
const state = {
  type: 'state',
  tour: smallTour,
  step: 1,
  blanked: false,
  dataset: null,
  language: 'ru',
};

describe('the presenter link’s messages', () => {
  it('name the session in the presenter view’s address', () => {
    const id = newSession();
    expect(id).toMatch(/^[a-z0-9]{16}$/);
    expect(newSession()).not.toBe(id);
    expect(presenterUrl('file:///home/me/index.html#step=3', id)).toBe(
      `file:///home/me/index.html#presenter=${id}`,
    );
    expect(presenterSessionOf(`#presenter=${id}`)).toBe(id);
    expect(presenterSessionOf('#presenter=short')).toBeNull();
    expect(presenterSessionOf('#step=3')).toBeNull();
    expect(presenterSessionOf('#presenter=ABCDEFGH12345678')).toBeNull();
  });

  it('are read when they are this session’s, from the other window', () => {
    expect(read(envelope('audience', { type: 'step', step: 3 }))).toEqual({
      type: 'step',
      step: 3,
    });
    expect(read(envelope('presenter', { type: 'hello' }), 'presenter')).toEqual({ type: 'hello' });
    expect(read(envelope('audience', { type: 'blank', blanked: true }))).toEqual({
      type: 'blank',
      blanked: true,
    });
    expect(read(envelope('audience', state))).toEqual(state);
    // Another session, the wrong side, not ours at all.
    expect(read(envelope('audience', { type: 'hello' }, 'zzzzzzzzzzzzzzzz'))).toBeNull();
    expect(read(envelope('presenter', { type: 'step', step: 3 }))).toBeNull();
    expect(read({ type: 'step', step: 3 })).toBeNull();
    expect(read('step')).toBeNull();
    expect(read(null)).toBeNull();
  });

  it('are refused when malformed', () => {
    for (const bad of [
      { type: 'step', step: -1 },
      { type: 'step', step: 1.5 },
      { type: 'step', step: '2' },
      { type: 'blank', blanked: 'yes' },
      { type: 'launch' },
      { ...state, step: 3 },
      { ...state, blanked: undefined },
      { ...state, tour: { title: 'x', steps: [] } },
      { ...state, tour: { ...smallTour, steps: [{ ...smallTour.steps[0], focus: ['nowhere'] }] } },
      { ...state, tour: { ...smallTour, steps: [{ ...smallTour.steps[0], notes: 42 }] } },
      { ...state, dataset: { graph: 'none' } },
      // The audience's language: one of the four, always said.
      { ...state, language: 'fr' },
      { ...state, language: undefined },
    ])
      expect(read(envelope('audience', bad)), JSON.stringify(bad).slice(0, 80)).toBeNull();
  });

  it('carry a map of one’s own with its tour, checked against that map', () => {
    const own = { ...smallDataset, tour: smallTour };
    const message = { ...state, dataset: own, tour: smallTour };
    expect(read(envelope('audience', message))).toEqual(message);
    const hostile = {
      ...smallTour,
      steps: [{ ...smallTour.steps[0]!, notes: '<img src=x onerror=alert(1)> ¶1' }],
    };
    expect(read(envelope('audience', { ...message, tour: hostile, step: 0 }))).toMatchObject({
      tour: hostile,
    });
  });
});

/** Two windows that post to each other, as `postMessage` does between a page and its popup. */
function windowPair(origin: string, protocol: string) {
  const make = () => {
    const listeners = new Set<(e: MessageEvent) => void>();
    const host = {
      origin,
      location: { protocol, origin },
      closed: false,
      BroadcastChannel: undefined,
      MessageChannel,
      addEventListener: (_: string, f: (e: MessageEvent) => void) => listeners.add(f),
      removeEventListener: (_: string, f: (e: MessageEvent) => void) => listeners.delete(f),
      posted: [] as string[],
      postMessage(this: void, _data: unknown, _target: string, _ports?: MessagePort[]) {},
      deliver(data: unknown, source: unknown, from: string, ports: MessagePort[] = []) {
        for (const f of listeners)
          f({ data, source, origin: from, ports } as unknown as MessageEvent);
      },
    };
    return host;
  };
  const a = make();
  const b = make();
  // Posting to a window delivers to its listeners, the sender being the other window.
  a.postMessage = (data, target, ports) => {
    a.posted.push(target);
    a.deliver(data, b, origin, ports);
  };
  b.postMessage = (data, target, ports) => {
    b.posted.push(target);
    b.deliver(data, a, origin, ports);
  };
  return { a, b };
}

describe('the presenter link', () => {
  it('talks over a BroadcastChannel where pages have an origin', async () => {
    const host = {
      origin: 'http://localhost',
      location: { protocol: 'http:', origin: 'http://localhost' },
      BroadcastChannel: NodeChannel,
    } as unknown as Window & typeof globalThis;
    const got: LinkMessage[] = [];
    let arrived: () => void = () => {};
    const arrival = new Promise<void>((r) => (arrived = r));
    const common = { session, peer: () => null, base: () => smallDataset, host };
    const audience = openLink({
      ...common,
      role: 'audience',
      onMessage: (m) => {
        got.push(m);
        arrived();
      },
    });
    const presenter = openLink({ ...common, role: 'presenter', onMessage: () => {} });
    expect(presenter.kind).toBe('channel');
    presenter.send({ type: 'step', step: 4 });
    await arrival;
    expect(got).toEqual([{ type: 'step', step: 4 }]);
    audience.close();
    presenter.close();
  });

  it('falls back to the windows’ own messages from a file, then a port; hears only the other window', async () => {
    const { a, b } = windowPair('null', 'file:');
    const got: LinkMessage[] = [];
    let arrived: () => void = () => {};
    // `a` is the audience's window, `b` the presenter's; each holds the other (popup, opener).
    const audience = openLink({
      session,
      role: 'audience',
      peer: () => b as unknown as Window,
      onMessage: (m) => {
        got.push(m);
        arrived();
      },
      base: () => smallDataset,
      host: a as unknown as Window & typeof globalThis,
    });
    const presenter = openLink({
      session,
      role: 'presenter',
      peer: () => a as unknown as Window,
      onMessage: () => {},
      base: () => smallDataset,
      host: b as unknown as Window & typeof globalThis,
    });
    expect(audience.kind).toBe('window');
    // Before the hello nothing is sent: there is no port yet.
    audience.send({ type: 'step', step: 3 });
    expect(b.posted).toEqual([]);
    presenter.send({ type: 'hello' });
    expect(got).toEqual([{ type: 'hello' }]);
    // An opaque origin cannot be named: the hello goes to the window held, with '*'.
    expect(a.posted).toEqual(['*']);
    // The rest goes through the port the hello carried, not to whatever page the window holds.
    const next = new Promise<void>((r) => (arrived = r));
    presenter.send({ type: 'blank', blanked: true });
    await next;
    expect(got).toEqual([{ type: 'hello' }, { type: 'blank', blanked: true }]);
    expect(a.posted).toEqual(['*']);
    // A stranger's message, even a well-formed one, is not heard.
    a.deliver(envelope('presenter', { type: 'step', step: 2 }), {}, 'null');
    a.deliver(envelope('presenter', { type: 'step', step: 2 }), b, 'https://evil.example');
    expect(got).toHaveLength(2);
    audience.close();
    presenter.send({ type: 'step', step: 1 });
    await new Promise((r) => setTimeout(r, 20));
    expect(got).toEqual([{ type: 'hello' }, { type: 'blank', blanked: true }]);
    presenter.close();
  });

  it('names its own origin as the target where BroadcastChannel is missing', () => {
    const { a, b } = windowPair('http://localhost', 'http:');
    const got: LinkMessage[] = [];
    openLink({
      session,
      role: 'audience',
      peer: () => b as unknown as Window,
      onMessage: (m) => got.push(m),
      base: () => smallDataset,
      host: a as unknown as Window & typeof globalThis,
    });
    const presenter = openLink({
      session,
      role: 'presenter',
      peer: () => a as unknown as Window,
      onMessage: () => {},
      base: () => smallDataset,
      host: b as unknown as Window & typeof globalThis,
    });
    presenter.send({ type: 'hello' });
    expect(got).toEqual([{ type: 'hello' }]);
    expect(a.posted).toEqual(['http://localhost']);
    presenter.close();
  });
});
