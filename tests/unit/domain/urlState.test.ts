import { describe, expect, it } from 'vitest';
import { ALL_FILTERS } from '../../../src/domain/filters';
import { ATTRIBUTIONS, EDGE_STATUSES, NODE_KINDS, SPHERES } from '../../../src/domain/schema';
import {
  DEFAULT_VIEW,
  decodeView,
  encodeView,
  TOOLS_TABS,
  type ViewState,
} from '../../../src/domain/urlState';
import { smallArticle, smallGraph } from '../../fixtures/small';

const blockIds = new Set(smallArticle.blocks.map((b) => b.id));
const nodeIds = new Set(smallGraph.nodes.map((n) => n.id));
const edgeIds = new Set(smallGraph.edges.map((e) => e.id));
const decode = (hash: string) => decodeView(hash, smallGraph, blockIds);
const view = (over: Partial<ViewState>): ViewState => ({ ...DEFAULT_VIEW, ...over });
const params = (v: ViewState) => Object.fromEntries(new URLSearchParams(encodeView(v)));

describe('encodeView', () => {
  it('writes nothing for the default view', () => {
    expect(encodeView(DEFAULT_VIEW)).toBe('');
  });

  it('leaves out every setting that is at its default', () => {
    expect(params(view({ sizeBy: 'degree' }))).toEqual({ size: 'degree' });
    expect(params(view({ filters: { ...ALL_FILTERS, statuses: ['established'] } }))).toEqual({
      status: 'established',
    });
  });

  it('treats a full list in another order as the default', () => {
    expect(encodeView(view({ filters: { ...ALL_FILTERS, spheres: [...SPHERES].reverse() } }))).toBe(
      '',
    );
  });

  it('writes lists in their canonical order', () => {
    const v = view({ filters: { ...ALL_FILTERS, spheres: ['energy', 'political'] } });
    expect(params(v)).toEqual({ spheres: 'political,energy' });
  });

  it('writes an empty list as none', () => {
    const v = view({ filters: { spheres: [], kinds: [], statuses: [], attributions: [] } });
    expect(params(v)).toEqual({ spheres: 'none', kinds: 'none', status: 'none', claim: 'none' });
  });

  it('writes selection, focus, path, sizing and tour step in short form', () => {
    const v = view({
      selection: { type: 'node', id: 'alpha' },
      focusDepth: 2,
      path: ['alpha', 'delta'],
      sizeBy: 'betweenness',
      step: 3,
      tab: 'path',
    });
    expect(params(v)).toEqual({
      sel: 'n:alpha',
      focus: '2',
      path: 'alpha~delta',
      size: 'betweenness',
      step: '3',
    });
    expect(params(view({ selection: { type: 'edge', id: 'beta-oil-alpha' } }))).toEqual({
      sel: 'e:beta-oil-alpha',
    });
    expect(params(view({ selection: { type: 'passage', id: 'p2' } }))).toEqual({ sel: 'p:p2' });
  });

  it('writes the camera as the middle of the map and the zoom, as exact as a screen shows', () => {
    const viewport = { x: 120.04, y: -35.56, zoom: 1.23456 };
    expect(params(view({ viewport }))).toEqual({ camera: '120,-35.6,1.23' });
    expect(params(view({ viewport: { x: -0.01, y: 0, zoom: 0.0123456 } }))).toEqual({
      camera: '0,0,0.0123',
    });
  });

  it('writes the open tab unless it is the one the link would open anyway', () => {
    expect(params(view({ tab: 'list' }))).toEqual({ tab: 'list' });
    expect(params(view({ tab: 'filters' }))).toEqual({});
    // A link with a path opens the Path tab by itself.
    expect(params(view({ path: ['alpha', 'beta'], tab: 'path' }))).toEqual({ path: 'alpha~beta' });
    expect(params(view({ path: ['alpha', 'beta'], tab: 'filters' }))).toEqual({
      path: 'alpha~beta',
      tab: 'filters',
    });
  });
});

describe('decodeView round trip', () => {
  const cases: [string, ViewState][] = [
    ['the default view', DEFAULT_VIEW],
    ['one sphere', view({ filters: { ...ALL_FILTERS, spheres: ['energy'] } })],
    [
      'some kinds and statuses',
      view({ filters: { ...ALL_FILTERS, kinds: ['state', 'company'], statuses: ['contested'] } }),
    ],
    [
      'whose claims',
      view({ filters: { ...ALL_FILTERS, attributions: ['author', 'constructivist'] } }),
    ],
    [
      'every list set to none',
      view({ filters: { spheres: [], kinds: [], statuses: [], attributions: [] } }),
    ],
    ['a node selection', view({ selection: { type: 'node', id: 'gamma-oil' } })],
    ['an edge selection', view({ selection: { type: 'edge', id: 'delta-competes-gamma' } })],
    ['a passage selection', view({ selection: { type: 'passage', id: 'p3' } })],
    ['focus depth 1', view({ selection: { type: 'node', id: 'beta' }, focusDepth: 1 })],
    ['focus depth 2', view({ selection: { type: 'node', id: 'beta' }, focusDepth: 2 })],
    ['a path', view({ path: ['lonely', 'alpha'] })],
    ['sizing by degree', view({ sizeBy: 'degree' })],
    ['a tour step', view({ step: 4 })],
    ['a camera', view({ viewport: { x: 120.5, y: -35, zoom: 1.25 } })],
    ['a camera far out', view({ viewport: { x: -2500, y: 1e4, zoom: 0.0125 } })],
    ['the List tab', view({ tab: 'list' })],
    ['the Path tab', view({ tab: 'path' })],
    ['a path in the Path tab', view({ path: ['alpha', 'beta'], tab: 'path' })],
    ['a path seen from the List tab', view({ path: ['alpha', 'beta'], tab: 'list' })],
    [
      'everything at once',
      view({
        filters: {
          spheres: ['political', 'humanitarian'],
          kinds: ['state'],
          statuses: [],
          attributions: ['fact'],
        },
        selection: { type: 'node', id: 'alpha' },
        focusDepth: 1,
        path: ['alpha', 'beta'],
        sizeBy: 'betweenness',
        step: 2,
        viewport: { x: 10, y: 20.5, zoom: 2 },
        tab: 'list',
      }),
    ],
  ];

  it.each(cases)('gives back %s without notices', (_name, v) => {
    const encoded = encodeView(v);
    expect(decode(encoded)).toEqual({ view: v, notices: [] });
    expect(decode(`#${encoded}`).view).toEqual(v);
  });
});

describe('decodeView of bad input', () => {
  it('reads an empty hash, or a bare #, as the default view', () => {
    expect(decode('')).toEqual({ view: DEFAULT_VIEW, notices: [] });
    expect(decode('#')).toEqual({ view: DEFAULT_VIEW, notices: [] });
  });

  it('drops an unknown sphere with a notice and keeps the known ones', () => {
    const { view: v, notices } = decode('spheres=energy,martial');
    expect(v.filters.spheres).toEqual(['energy']);
    expect(notices).toEqual(['Ignored unknown spheres in the link: martial.']);
  });

  it('shows every sphere when the list names only unknown ones', () => {
    const { view: v, notices } = decode('spheres=martial,arts');
    expect(v.filters.spheres).toEqual(SPHERES);
    expect(notices).toEqual(['Ignored unknown spheres in the link: martial, arts.']);
  });

  it('drops unknown kinds and statuses too', () => {
    const { view: v, notices } = decode('kinds=state,dragon&status=rumoured');
    expect(v.filters.kinds).toEqual(['state']);
    expect(v.filters.statuses).toEqual(EDGE_STATUSES);
    expect(notices).toHaveLength(2);
    expect(notices[0]).toMatch(/kinds.*dragon/);
    expect(notices[1]).toMatch(/status.*rumoured/);
  });

  it('treats markup as an unknown value, passing it on only as text in a notice', () => {
    const { view: v, notices } = decode(
      `sel=${encodeURIComponent('n:<script>alert(1)</script>')}&spheres=%3Cscript%3E`,
    );
    expect(v.selection).toBeNull();
    expect(v.filters.spheres).toEqual(SPHERES);
    expect(notices).toHaveLength(2);
    expect(notices.some((n) => n.startsWith('Ignored the selection in the link:'))).toBe(true);
  });

  it('ignores a selection that is not on this map', () => {
    for (const sel of ['n:ghost', 'e:alpha', 'n:alpha-treaty-beta', 'p:p99', 'x:alpha', 'alpha']) {
      const { view: v, notices } = decode(`sel=${sel}`);
      expect(v.selection, sel).toBeNull();
      expect(notices, sel).toEqual([
        `Ignored the selection in the link: "${sel}" is not on this map.`,
      ]);
    }
  });

  it('ignores a passage selection when it is not told which blocks exist', () => {
    const { view: v, notices } = decodeView('sel=p:p1', smallGraph);
    expect(v.selection).toBeNull();
    expect(notices).toHaveLength(1);
  });

  it('ignores focus without a selected node', () => {
    const needsNode = 'Ignored the focus in the link: it needs a selected node.';
    expect(decode('focus=1')).toEqual({ view: DEFAULT_VIEW, notices: [needsNode] });
    const onEdge = decode('sel=e:beta-oil-alpha&focus=2');
    expect(onEdge.view.focusDepth).toBe(0);
    expect(onEdge.view.selection).toEqual({ type: 'edge', id: 'beta-oil-alpha' });
    expect(onEdge.notices).toEqual([needsNode]);
    // A selection that was itself ignored leaves nothing to focus on.
    expect(decode('sel=n:ghost&focus=1').notices).toContain(needsNode);
  });

  it('ignores a focus depth other than 1 or 2', () => {
    for (const focus of ['9', '0', '1.5', '-1', 'deep', '']) {
      const { view: v, notices } = decode(`sel=n:alpha&focus=${focus}`);
      expect(v.focusDepth, focus).toBe(0);
      expect(v.selection).toEqual({ type: 'node', id: 'alpha' });
      expect(notices, focus).toEqual([
        `Ignored the focus depth "${focus}" in the link: use 1 or 2.`,
      ]);
    }
  });

  it('ignores a path that does not name two different nodes of this map', () => {
    for (const path of ['alpha', 'alpha~', 'alpha~ghost', 'alpha~alpha', 'alpha~beta~delta']) {
      const { view: v, notices } = decode(`path=${path}`);
      expect(v.path, path).toBeNull();
      expect(notices, path).toEqual([
        `Ignored the path in the link: "${path}" does not name two nodes of this map.`,
      ]);
    }
  });

  it('ignores an unknown node sizing', () => {
    const { view: v, notices } = decode('size=huge');
    expect(v.sizeBy).toBe('none');
    expect(notices).toEqual(['Ignored the node sizing "huge" in the link.']);
  });

  it('ignores a camera that is not x, y and a zoom the map could have', () => {
    for (const camera of [
      '1,2',
      '1,2,3,4',
      'a,b,1',
      '1,2,0',
      '1,2,-1',
      '1,2,1000',
      '1e9,0,1',
      '0x1,2,1',
      '',
      '1,,1',
    ]) {
      const { view: v, notices } = decode(`camera=${camera}`);
      expect(v.viewport, camera).toBeNull();
      expect(notices, camera).toEqual([
        `Ignored the camera "${camera}" in the link: it needs x, y and a zoom.`,
      ]);
    }
    expect(decode('camera=-12.5,3e2,0.5').view.viewport).toEqual({ x: -12.5, y: 300, zoom: 0.5 });
  });

  it('opens the Path tab for a link with a path, and ignores a tab it does not know', () => {
    expect(decode('path=alpha~beta').view.tab).toBe('path');
    expect(decode('path=alpha~beta&tab=list').view.tab).toBe('list');
    const { view: v, notices } = decode('tab=map');
    expect(v.tab).toBe('filters');
    expect(notices).toEqual(['Ignored the tab "map" in the link.']);
  });

  it('ignores keys it does not know, in one notice for all of them', () => {
    expect(decode('foo=1&foo=2').notices).toEqual([
      'Ignored "foo" in the link: not a Silkgraph setting.',
    ]);
    const { view: v, notices } = decode('foo=1&foo=2&bar');
    expect(v).toEqual(DEFAULT_VIEW);
    expect(notices).toEqual([
      'Ignored 2 parts of the link that are not Silkgraph settings: "foo", "bar".',
    ]);
  });

  it('gives a link with thousands of unknown keys one notice, with their count', () => {
    const hash = Array.from({ length: 5000 }, (_, i) => `k${i}=1`).join('&');
    expect(decode(`${hash}&size=huge`).notices).toEqual([
      'Ignored the node sizing "huge" in the link.',
      'Ignored 5,000 parts of the link that are not Silkgraph settings: "k0", "k1", "k2", ….',
    ]);
  });

  it('reads a tour step from 1 to 999 and ignores anything else', () => {
    expect(decode('step=1')).toEqual({ view: view({ step: 1 }), notices: [] });
    expect(decode('step=999').view.step).toBe(999);
    for (const step of ['0', '01', '1000', '-2', '2.5', 'two', '']) {
      const { view: v, notices } = decode(`step=${step}`);
      expect(v.step, step).toBeNull();
      expect(notices, step).toEqual([
        `Ignored the tour step "${step}" in the link: use a step number.`,
      ]);
    }
  });

  it('is not fooled by prototype keys and values', () => {
    const { view: v, notices } = decode(
      '__proto__=1&constructor=x&sel=n:__proto__&path=__proto__~constructor&spheres=__proto__',
    );
    expect(v.selection).toBeNull();
    expect(v.path).toBeNull();
    expect(v.filters.spheres).toEqual(SPHERES);
    expect(notices).toHaveLength(4);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf({})).toBe(Object.prototype);
  });

  it('keeps notices short when a selection, focus, path, size, step or key is very long', () => {
    const long = 'x'.repeat(100_000);
    const { view: v, notices } = decode(
      `sel=n:${long}&focus=${long}&path=${long}~${long}&size=${long}&step=${long}&${long}=1`,
    );
    expect(v).toEqual(DEFAULT_VIEW);
    expect(notices).toHaveLength(6);
    for (const notice of notices) expect(notice.length).toBeLessThan(200);
  });

  // Every notice stays short, even for a list of huge unknown values.
  it('keeps the notice short when a list value is very long', () => {
    const long = 'x'.repeat(100_000);
    for (const key of ['spheres', 'kinds', 'status']) {
      const { view: v, notices } = decode(`${key}=${long},${long.slice(1)}`);
      expect(v).toEqual(DEFAULT_VIEW);
      expect(notices).toHaveLength(1);
      expect(notices[0]!.length).toBeLessThan(200);
    }
  });

  // Repeats collapse and the order is canonical, so "All spheres" and the round trip stay right.
  it('drops repeated values from a list', () => {
    const { view: v } = decode('spheres=energy,energy,political,economic');
    expect(v.filters.spheres).toEqual(['political', 'economic', 'energy']);
  });
});

/** mulberry32: a tiny seeded generator, so a failure here can be replayed exactly. */
function seeded(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// A random hash is made of key=value pairs: mostly real keys with values meant for them, plus
// values meant for other keys, near misses, separators, percent escapes, markup and random text.
const VALUES_FOR: Record<string, readonly string[]> = {
  spheres: [...SPHERES, 'none', 'martial'],
  kinds: [...NODE_KINDS, 'none', 'dragon'],
  status: [...EDGE_STATUSES, 'none'],
  claim: [...ATTRIBUTIONS, 'none', 'rumour'],
  sel: ['n:alpha', 'n:delta', 'e:beta-oil-alpha', 'p:p2', 'n:', 'n:ghost', 'x:alpha'],
  focus: ['1', '2', '9', '0'],
  path: ['alpha~delta', 'lonely~beta', 'alpha~alpha', 'beta~lonely~delta', 'alpha'],
  size: ['degree', 'betweenness', 'huge'],
  step: ['1', '12', '0', '1000'],
  tab: ['filters', 'list', 'path', 'map'],
  camera: ['10,20,1.5', '-3.25,0.04,0.123456', '1e3,-2e2,4', '1,2', 'a,b,c', '0,0,0', '0,0,1000'],
};
const KEYS = [...Object.keys(VALUES_FOR), '__proto__', ''];
const ODD_VALUES = ['', '<script>', '%ZZ', '%E0%A4%A', '%00', '+', '\u0000', 'é', '😀', '\uD800'];
const ANY_VALUE = [...Object.values(VALUES_FOR).flat(), ...ODD_VALUES, '"', '#', '=', '~', ':'];

function randomHash(random: () => number): string {
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const some = <T>(list: readonly T[]) =>
    random() < 0.3 ? list : list.filter(() => random() < 0.5);
  const junk = () =>
    Array.from({ length: Math.floor(random() * 6) }, () =>
      String.fromCharCode(Math.floor(random() * 0x3000)),
    ).join('');
  const value = (key: string) => {
    const r = random();
    return r < 0.7 && VALUES_FOR[key] ? pick(VALUES_FOR[key]) : r < 0.9 ? pick(ANY_VALUE) : junk();
  };
  const pair = () => {
    const key = random() < 0.85 ? pick(KEYS) : junk();
    const values = Array.from({ length: random() < 0.6 ? 1 : 2 + Math.floor(random() * 3) }, () =>
      value(key),
    );
    return random() < 0.9 ? `${key}=${values.join(random() < 0.9 ? ',' : '~')}` : key;
  };

  let hash: string;
  if (random() < 0.5) {
    // Pairs put together at random.
    const pairs = Array.from({ length: Math.floor(random() * 6) }, pair);
    hash = pairs.join(random() < 0.9 ? '&' : pick(['&&', ';', '#', '?']));
  } else {
    // A link the app could have written, then tampered with.
    const node = pick(smallGraph.nodes).id;
    const selection = pick([
      null,
      { type: 'node', id: node } as const,
      { type: 'edge', id: pick(smallGraph.edges).id } as const,
      { type: 'passage', id: pick(smallArticle.blocks).id } as const,
    ]);
    const ends = [node, pick(smallGraph.nodes).id] as [string, string];
    hash = encodeView({
      filters: {
        spheres: some(SPHERES),
        kinds: some(NODE_KINDS),
        statuses: some(EDGE_STATUSES),
        attributions: some(ATTRIBUTIONS),
      },
      selection,
      focusDepth: selection?.type === 'node' ? pick([0, 1, 2] as const) : 0,
      path: random() < 0.4 && ends[0] !== ends[1] ? ends : null,
      sizeBy: pick(['none', 'degree', 'betweenness'] as const),
      step: random() < 0.3 ? 1 + Math.floor(random() * 20) : null,
      viewport:
        random() < 0.4
          ? { x: (random() - 0.5) * 4000, y: (random() - 0.5) * 4000, zoom: 0.01 + random() * 4 }
          : null,
      tab: pick(TOOLS_TABS),
    });
    for (let m = Math.floor(random() * 4); m > 0; m--) {
      const at = Math.floor(random() * (hash.length + 1));
      const r = random();
      if (r < 0.4) hash = hash.slice(0, at) + hash.slice(at + 1);
      else if (r < 0.8) hash = hash.slice(0, at) + pick([...ANY_VALUE, '&', '=']) + hash.slice(at);
      else hash = `${hash}&${pair()}`;
    }
  }
  return random() < 0.3 ? `#${hash}` : hash;
}

const within = (all: readonly string[], list: readonly string[]) =>
  list.every((x) => all.includes(x));
const uniqueSorted = (list: readonly string[]) => [...new Set(list)].sort();

describe('decodeView on random input', () => {
  it('never throws and always gives a view this map can show', () => {
    const random = seeded(20240611);
    const reached = {
      filters: 0,
      selection: 0,
      focus: 0,
      path: 0,
      sizeBy: 0,
      step: 0,
      viewport: 0,
      tab: 0,
      notices: 0,
    };
    for (let i = 0; i < 400; i++) {
      const hash = randomHash(random);
      let result: ReturnType<typeof decode>;
      try {
        result = decode(hash);
      } catch (error) {
        throw new Error(`decodeView threw on ${JSON.stringify(hash)}: ${String(error)}`);
      }
      const { view: v, notices } = result;
      const { spheres, kinds, statuses, attributions } = v.filters;
      expect(within(SPHERES, spheres), hash).toBe(true);
      expect(within(NODE_KINDS, kinds), hash).toBe(true);
      expect(within(EDGE_STATUSES, statuses), hash).toBe(true);
      expect(within(ATTRIBUTIONS, attributions), hash).toBe(true);
      if (v.selection) {
        const known =
          v.selection.type === 'node' ? nodeIds : v.selection.type === 'edge' ? edgeIds : blockIds;
        expect(known.has(v.selection.id), hash).toBe(true);
      }
      expect([0, 1, 2], hash).toContain(v.focusDepth);
      if (v.focusDepth > 0) expect(v.selection?.type, hash).toBe('node');
      if (v.path) {
        expect(nodeIds.has(v.path[0]) && nodeIds.has(v.path[1]), hash).toBe(true);
        expect(v.path[0], hash).not.toBe(v.path[1]);
      }
      expect(['none', 'degree', 'betweenness'], hash).toContain(v.sizeBy);
      if (v.step !== null) expect(Number.isInteger(v.step) && v.step >= 1, hash).toBe(true);
      expect(TOOLS_TABS, hash).toContain(v.tab);
      if (v.viewport) {
        expect(Object.values(v.viewport).every(Number.isFinite), hash).toBe(true);
        expect(v.viewport.zoom, hash).toBeGreaterThan(0);
      }
      expect(
        notices.every((n) => n.length > 0),
        hash,
      ).toBe(true);
      expect(new Set(notices).size, hash).toBe(notices.length);

      if (encodeView({ ...DEFAULT_VIEW, filters: v.filters })) reached.filters++;
      if (v.selection) reached.selection++;
      if (v.focusDepth > 0) reached.focus++;
      if (v.path) reached.path++;
      if (v.sizeBy !== 'none') reached.sizeBy++;
      if (v.step !== null) reached.step++;
      if (v.viewport) reached.viewport++;
      if (v.tab !== 'filters') reached.tab++;
      if (notices.length) reached.notices++;

      // What it read, written back and read again, is the same view with nothing left to ignore.
      const again = decode(encodeView(v));
      expect(again.notices, hash).toEqual([]);
      expect({ ...again.view, filters: undefined }, hash).toEqual({ ...v, filters: undefined });
      expect(uniqueSorted(again.view.filters.spheres), hash).toEqual(uniqueSorted(spheres));
      expect(uniqueSorted(again.view.filters.kinds), hash).toEqual(uniqueSorted(kinds));
      expect(uniqueSorted(again.view.filters.statuses), hash).toEqual(uniqueSorted(statuses));
      expect(uniqueSorted(again.view.filters.attributions), hash).toEqual(
        uniqueSorted(attributions),
      );
    }
    // The generator must reach every setting, or the loop above proves little.
    for (const [setting, count] of Object.entries(reached))
      expect(count, setting).toBeGreaterThan(3);
  });
});
