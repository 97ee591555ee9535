import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_VIEW, mapOfHash } from '../../src/domain/urlState';
import { SPHERES } from '../../src/domain/vocabulary';
import { createAppStore, viewOf } from '../../src/store/store';
import { startUrlSync, type UrlHost } from '../../src/store/urlSync';
import { smallDataset } from '../fixtures/small';

const PAGE = 'https://example.test/silkgraph/index.html';

/**
 * A stand-in for `window`: `replaceState` rewrites the address like a browser does (without a
 * hashchange event); `navigate` is the user pasting a link or pressing Back, which does fire one.
 */
function fakeHost(hash = '', page = PAGE) {
  const listeners = new Set<() => void>();
  const location = { hash: '', href: page };
  const setUrl = (url: string) => {
    const at = url.indexOf('#');
    const fragment = at === -1 ? '' : url.slice(at);
    location.href = url;
    location.hash = fragment === '#' ? '' : fragment;
  };
  setUrl(hash ? `${page}${hash.startsWith('#') ? hash : `#${hash}`}` : page);
  const host = {
    location,
    history: { replaceState: vi.fn((_data: unknown, _unused: string, url: string) => setUrl(url)) },
    addEventListener: vi.fn((_type: 'hashchange', fn: () => void) => void listeners.add(fn)),
    removeEventListener: vi.fn((_type: 'hashchange', fn: () => void) => void listeners.delete(fn)),
    listeners,
    navigate(to: string) {
      setUrl(`${page}${to}`);
      for (const fn of [...listeners]) fn();
    },
  } satisfies UrlHost & Record<string, unknown>;
  return host;
}

function start(hash = '', page = PAGE) {
  const store = createAppStore(smallDataset);
  const host = fakeHost(hash, page);
  const stop = startUrlSync(store, host);
  return { store, host, stop, state: () => store.getState() };
}

describe('startUrlSync at start', () => {
  it('reads the view from the hash', () => {
    const { state, host } = start('#spheres=energy&sel=n:alpha&focus=1&size=degree');
    expect(state().filters.spheres).toEqual(['energy']);
    expect(state().selection).toEqual({ type: 'node', id: 'alpha' });
    expect(state().focusDepth).toBe(1);
    expect(state().sizeBy).toBe('degree');
    expect(state().notices).toEqual([]);
    // The address already says this: nothing to write.
    expect(host.history.replaceState).not.toHaveBeenCalled();
  });

  it('reads the camera and the open tab from the hash, for the map and the panel to apply', () => {
    const { state, host } = start('#camera=120,-40.5,1.5&tab=list');
    expect(state().viewport).toEqual({ x: 120, y: -40.5, zoom: 1.5 });
    expect(state().tab).toBe('list');
    expect(state().notices).toEqual([]);
    expect(host.history.replaceState).not.toHaveBeenCalled();
  });

  it('writes where the map settled and the tab the user opened', () => {
    const { state, host } = start();
    state().setViewport({ x: 10.04, y: 20, zoom: 0.75 });
    expect(host.location.hash).toBe('#camera=10%2C20%2C0.75');
    state().setTab('path');
    expect(host.location.hash).toBe('#tab=path&camera=10%2C20%2C0.75');
    // Framed by the map itself again: the link leaves the camera out.
    state().setViewport(null);
    expect(host.location.hash).toBe('#tab=path');
  });

  it('reads a passage selection against the article’s blocks', () => {
    const { state } = start('#sel=p:p2');
    expect(state().selection).toEqual({ type: 'passage', id: 'p2' });
  });

  it('keeps the default view when there is no hash', () => {
    const { state, host } = start();
    expect(viewOf(state())).toEqual(DEFAULT_VIEW);
    expect(state().notices).toEqual([]);
    expect(host.history.replaceState).not.toHaveBeenCalled();
  });

  it('tells the user, one notice each, which parts of the link it ignored', () => {
    const { state } = start('#spheres=energy,martial&sel=n:ghost&utm_source=mail');
    expect(state().filters.spheres).toEqual(['energy']);
    expect(state().selection).toBeNull();
    expect(state().notices).toHaveLength(3);
    expect(state().notices[0]!.text).toMatch(/martial/);
    expect(state().notices[1]!.text).toMatch(/ghost/);
    expect(state().notices[2]!.text).toMatch(/utm_source/);
    // What a link leaves out is said, not an error: it goes by itself.
    expect(state().notices.every((n) => n.kind === 'info')).toBe(true);
  });

  it('listens for hashchange', () => {
    const { host } = start();
    expect(host.addEventListener).toHaveBeenCalledWith('hashchange', expect.any(Function));
    expect(host.listeners.size).toBe(1);
  });
});

describe('startUrlSync on a change in the store', () => {
  it('writes the canonical hash with replaceState, keeping the page address', () => {
    const { state, host } = start();
    state().showOnlySphere('energy');
    expect(host.history.replaceState).toHaveBeenCalledTimes(1);
    expect(host.history.replaceState).toHaveBeenLastCalledWith(null, '', `${PAGE}#spheres=energy`);
    state().selectElement({ type: 'node', id: 'beta' });
    expect(host.location.href).toBe(`${PAGE}#spheres=energy&sel=n%3Abeta`);
  });

  it('with a deferred write: writes once, after the changes, what the view is then', () => {
    const store = createAppStore(smallDataset);
    const host = fakeHost();
    const writes: (() => void)[] = [];
    const stop = startUrlSync(store, host, { defer: (write) => writes.push(write) });
    store.getState().showOnlySphere('energy');
    store.getState().selectElement({ type: 'node', id: 'beta' });
    expect(host.history.replaceState).not.toHaveBeenCalled();
    expect(writes).toHaveLength(1);
    writes.shift()!();
    expect(host.history.replaceState).toHaveBeenCalledTimes(1);
    expect(host.location.href).toBe(`${PAGE}#spheres=energy&sel=n%3Abeta`);
    // A change undone before the write: nothing to write.
    store.getState().toggleSphere('political');
    store.getState().toggleSphere('political');
    writes.shift()!();
    expect(host.history.replaceState).toHaveBeenCalledTimes(1);
    // Stopped before a deferred write comes: it writes nothing.
    store.getState().showAllSpheres();
    stop();
    writes.shift()!();
    expect(host.history.replaceState).toHaveBeenCalledTimes(1);
  });

  it('writes lists in canonical order whatever order they were switched on in', () => {
    const { state, host } = start();
    state().showNoSpheres();
    state().toggleSphere('humanitarian');
    state().toggleSphere('political');
    expect(host.location.hash).toBe('#spheres=political%2Chumanitarian');
  });

  it('does not write when the change is not part of the view', () => {
    const { state, host } = start('#spheres=energy');
    state().hoverNode('alpha');
    state().notify('info', 'hello');
    state().fitView();
    state().showOnlySphere('energy');
    expect(host.history.replaceState).not.toHaveBeenCalled();
  });

  it('removes the hash when the view is back to its defaults', () => {
    const { state, host } = start('#spheres=energy&size=degree');
    state().showAllSpheres();
    state().setSizeBy('none');
    expect(host.history.replaceState).toHaveBeenLastCalledWith(null, '', PAGE);
    expect(host.location.href).toBe(PAGE);
    expect(host.location.hash).toBe('');
  });

  it('keeps the query string of the page', () => {
    const page = 'https://example.test/app/?lang=en';
    const { state, host } = start('', page);
    state().setSizeBy('betweenness');
    expect(host.location.href).toBe(`${page}#size=betweenness`);
    state().setSizeBy('none');
    expect(host.location.href).toBe(page);
  });

  it('rewrites a link it read in a non-canonical form at the next change of view', () => {
    const { state, host } = start('#spheres=energy,political');
    state().setSizeBy('degree');
    expect(host.location.hash).toBe('#spheres=political%2Cenergy&size=degree');
  });
});

describe('startUrlSync on hashchange', () => {
  it('follows a new hash the user navigates to', () => {
    const { state, host } = start('#spheres=energy');
    host.navigate('#sel=e:beta-oil-alpha&path=alpha~delta');
    expect(state().filters.spheres).toEqual(SPHERES);
    expect(state().selection).toEqual({ type: 'edge', id: 'beta-oil-alpha' });
    expect(state().path).toEqual(['alpha', 'delta']);
  });

  it('goes back to the default view when the hash is removed', () => {
    const { state, host } = start('#spheres=energy&sel=n:alpha');
    host.navigate('');
    expect(viewOf(state())).toEqual(DEFAULT_VIEW);
  });

  it('notifies about what it ignored in the new hash', () => {
    const { state, host } = start();
    host.navigate('#focus=9');
    expect(state().notices.map((n) => n.text)).toEqual([
      'Ignored the focus depth "9" in the link: use 1 or 2.',
    ]);
  });

  it('does not echo a canonical hash back with replaceState', () => {
    const { host } = start();
    host.navigate('#spheres=energy&sel=n%3Aalpha');
    expect(host.history.replaceState).not.toHaveBeenCalled();
  });

  it('ignores a hashchange to the hash it wrote itself', () => {
    const { state, host } = start();
    state().showOnlySphere('economic');
    state().notify('info', 'kept');
    // A browser that did fire hashchange for our own replaceState must not re-read the view.
    const applyView = vi.spyOn(state(), 'applyView');
    for (const fn of host.listeners) fn();
    expect(applyView).not.toHaveBeenCalled();
    expect(state().filters.spheres).toEqual(['economic']);
    expect(state().notices.map((n) => n.text)).toEqual(['kept']);
  });

  it('writes the view again after following a hash, when the user changes it', () => {
    const { state, host } = start();
    host.navigate('#spheres=energy');
    state().toggleSphere('political');
    expect(host.location.hash).toBe('#spheres=political%2Cenergy');
  });
});

describe('the cleanup startUrlSync returns', () => {
  it('stops writing the hash and stops following hashchange', () => {
    const { state, host, stop } = start();
    stop();
    expect(host.removeEventListener).toHaveBeenCalledWith('hashchange', expect.any(Function));
    expect(host.listeners.size).toBe(0);
    state().showOnlySphere('energy');
    expect(host.history.replaceState).not.toHaveBeenCalled();
    host.navigate('#sel=n:alpha');
    expect(state().selection).toBeNull();
  });

  it('removes the same listener it added', () => {
    const { host, stop } = start();
    const added = host.addEventListener.mock.calls[0]![1];
    stop();
    expect(host.removeEventListener.mock.calls[0]![1]).toBe(added);
  });
});

describe('a link to a map of one’s own', () => {
  it('names the kept map in front of the view, and nothing for the built-in one', () => {
    const { store, host } = start('sel=n:alpha');
    expect(host.location.hash).toBe('#sel=n:alpha');
    store.getState().openOwnMap(smallDataset, 'map one/2');
    store.getState().selectElement({ type: 'node', id: 'beta' });
    expect(host.location.hash).toBe('#map=map%20one%2F2&sel=n%3Abeta');
    expect(mapOfHash(host.location.hash)).toBe('map one/2');
    // The view is read as ever: the map's name is the page's, not a setting it ignores.
    expect(store.getState().notices).toEqual([]);
    store.getState().replaceDataset(smallDataset, 'article');
    expect(mapOfHash(host.location.hash)).toBeNull();
  });

  it('is read without a notice', () => {
    const { state } = start('map=abc&sel=n:alpha');
    expect(state().selection).toEqual({ type: 'node', id: 'alpha' });
    expect(state().notices).toEqual([]);
  });
});
