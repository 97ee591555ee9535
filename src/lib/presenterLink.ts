import { LANGUAGES, type Language } from '../domain/languages';
import type { Tour } from '../domain/tour';
import { datasetProblem, isObject, type StoredDataset } from './storedDataset';

import { PRESENTER_HASH } from './presenterSession';

export { presenterSessionOf } from './presenterSession';

// The presenter view and the audience window (the projector) talk through this link: a
// `BroadcastChannel` named for their session, or, where there is none or the page's origin is
// opaque (a file opened from disk, where every page is its own origin), `postMessage` between the
// two windows, the presenter's `window.opener` and the audience's reference to the window it
// opened. Every message is checked by hand before it is used (the page ships no zod).

/** Which window a message comes from. */
export type LinkRole = 'audience' | 'presenter';

/** What the audience shows: the tour and its step (null when no tour runs), and its map when it is not the article's. */
export interface LinkState {
  type: 'state';
  tour: Tour | null;
  step: number | null;
  blanked: boolean;
  /** The map on the audience's screen; null for the built-in article, which both windows have. */
  dataset: StoredDataset | null;
  /**
   * The audience's interface language: the presenter view speaks it too. The tour comes as written;
   * each window shows the article's in the project's translation into it.
   */
  language: Language;
}

export type LinkMessage =
  /** The presenter view asks for the state (it has just opened). */
  | { type: 'hello' }
  | LinkState
  /** Either window went to a step: the other follows. */
  | { type: 'step'; step: number }
  /** Either window blacked out the audience's screen, or brought it back. */
  | { type: 'blank'; blanked: boolean }
  /** The presenter left the tour (Esc): the audience leaves it too. */
  | { type: 'end' }
  /** The window is closing. */
  | { type: 'bye' };

/** A message as it travels: marked as ours, for one session, from one side. */
export type Envelope = LinkMessage & { silkgraph: 'presenter'; session: string; from: LinkRole };

const randomUnit = () => crypto.getRandomValues(new Uint32Array(1))[0]! / 2 ** 32;

/** A fresh session id: two presentations in one browser never share one. */
export function newSession(random: () => number = randomUnit): string {
  let id = '';
  while (id.length < 16) id += Math.floor(random() * 36).toString(36);
  return id.slice(0, 16);
}

/** The presenter view's address for a page address (its own hash replaced). */
export const presenterUrl = (href: string, session: string): string =>
  `${href.split('#')[0]}#${PRESENTER_HASH}=${session}`;

const isStep = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;

/**
 * The message in `data` when it is one of this session's from the other window, else null. The
 * tour and map of a state are checked as a kept map is (`datasetProblem`): against the map they
 * come with, or against `base` (the article) when they come without one.
 */
export function readEnvelope(
  data: unknown,
  session: string,
  from: LinkRole,
  base: Omit<StoredDataset, 'tour'>,
): LinkMessage | null {
  if (!isObject(data) || data.silkgraph !== 'presenter') return null;
  if (data.session !== session || data.from !== from) return null;
  switch (data.type) {
    case 'hello':
    case 'end':
    case 'bye':
      return { type: data.type };
    case 'step':
      return isStep(data.step) ? { type: 'step', step: data.step } : null;
    case 'blank':
      return typeof data.blanked === 'boolean' ? { type: 'blank', blanked: data.blanked } : null;
    case 'state': {
      const { tour, step, blanked, dataset, language } = data;
      if (typeof blanked !== 'boolean' || !(step === null || isStep(step))) return null;
      if (!(LANGUAGES as readonly unknown[]).includes(language)) return null;
      if (dataset !== null && datasetProblem(dataset) !== null) return null;
      const map = (dataset ?? base) as StoredDataset;
      if (tour !== null && datasetProblem({ ...map, tour }) !== null) return null;
      const steps = (tour as Tour | null)?.steps.length ?? 0;
      if (step !== null && step >= steps) return null;
      return {
        type: 'state',
        tour: tour as Tour | null,
        step,
        blanked,
        dataset: dataset as StoredDataset | null,
        language: language as Language,
      };
    }
    default:
      return null;
  }
}

/** One side of the link: sends to the other window, and stops. */
export interface Link {
  send: (message: LinkMessage) => void;
  close: () => void;
  /** How the windows talk, for tests and the status line. */
  readonly kind: 'channel' | 'window';
}

export interface LinkOptions {
  session: string;
  role: LinkRole;
  /** The other window, for the fallback: the presenter's opener, the audience's popup. */
  peer: () => Window | null;
  onMessage: (message: LinkMessage) => void;
  /** The article both windows have, against which a state without a map is checked. */
  base: () => Omit<StoredDataset, 'tour'>;
  /** The window this side runs in (a test's stand-in). */
  host?: Window & typeof globalThis;
}

/** Whether a page's origin is opaque (`file://`, a sandbox), where channels do not reach the other window. */
export const opaqueOrigin = (host: Window): boolean =>
  host.origin === 'null' || host.location.protocol === 'file:';

/** How two windows of this page talk: a channel, or (no channel, or an opaque origin) their own messages. */
export const linkKindOf = (host: Window & typeof globalThis): Link['kind'] =>
  typeof host.BroadcastChannel === 'function' && !opaqueOrigin(host) ? 'channel' : 'window';

/** Opens this side of a session's link. */
export function openLink({
  session,
  role,
  peer,
  onMessage,
  base,
  host = window,
}: LinkOptions): Link {
  const other: LinkRole = role === 'audience' ? 'presenter' : 'audience';
  const wrap = (message: LinkMessage): Envelope => ({
    ...message,
    silkgraph: 'presenter',
    session,
    from: role,
  });
  const receive = (data: unknown) => {
    const message = readEnvelope(data, session, other, base());
    if (message) onMessage(message);
  };

  if (linkKindOf(host) === 'channel') {
    const channel = new host.BroadcastChannel(`silkgraph-presenter-${session}`);
    // A channel reaches only pages of this origin: what arrives is from one of ours.
    channel.onmessage = (e: MessageEvent) => receive(e.data);
    return {
      kind: 'channel',
      send: (message) => channel.postMessage(wrap(message)),
      close: () => channel.close(),
    };
  }

  const opaque = opaqueOrigin(host);
  // After the presenter's hello, the two windows talk over a MessageChannel whose port the hello
  // carried: a port belongs to the document that made it, so when the presenter's window goes to
  // another page (or reloads), nothing more reaches it; its next hello brings a new port.
  let port: MessagePort | null = null;
  const drop = () => {
    if (!port) return;
    port.onmessage = null;
    port.close();
  };
  const adopt = (next: MessagePort) => {
    drop();
    port = next;
    next.onmessage = (e: MessageEvent) => receive(e.data);
  };
  const onWindowMessage = (e: MessageEvent) => {
    // Only the window at the other end, of this page's origin (a file's is said "null", or
    // "file://" by Chromium).
    const from = peer();
    if (!from || e.source !== from) return;
    if (opaque ? e.origin !== 'null' && e.origin !== 'file://' : e.origin !== host.location.origin)
      return;
    const message = readEnvelope(e.data, session, other, base());
    if (!message) return;
    const carried = e.ports?.[0];
    if (message.type === 'hello' && carried) adopt(carried);
    onMessage(message);
  };
  host.addEventListener('message', onWindowMessage);
  return {
    kind: 'window',
    send: (message) => {
      if (role === 'presenter' && message.type === 'hello') {
        const target = peer();
        if (!target || target.closed) return;
        const channel = new host.MessageChannel();
        adopt(channel.port1);
        // An opaque origin cannot be named as the target: the hello goes to the window we hold
        // (the opener), with the port the rest goes through.
        target.postMessage(wrap(message), opaque ? '*' : host.location.origin, [channel.port2]);
        return;
      }
      port?.postMessage(wrap(message));
    },
    close: () => {
      host.removeEventListener('message', onWindowMessage);
      drop();
      port = null;
    },
  };
}
