// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createAttrs,
  exportGraphFiles,
  ImportError,
  parseGraphFile,
  parseGraphFiles,
  type AttrValue,
  type FormatId,
  type ImportedGraph,
} from '../../../../src/domain/formats';
import { describeAttributes } from '../../../../src/domain/formats/builder';
import { essence, fixture } from './fixtures';

const RUNS = { numRuns: 200 };

const FIXTURES = [
  'gephi.gexf',
  'yed.graphml',
  'networkx.graphml',
  'cytoscape-desktop.cyjs',
  'cytoscape-elements.json',
  'networkx-node-link.json',
  'edges.csv',
  'nodes.csv',
];

/** Parses and reports how it ended: a result, or an ImportError that is not an importer defect. */
function outcome(run: () => unknown): 'ok' | 'refused' {
  try {
    run();
    return 'ok';
  } catch (error) {
    if (!(error instanceof ImportError)) throw error;
    if (error.unexpected)
      throw new Error(`importer defect: ${error.message}`, { cause: error.cause });
    return 'refused';
  }
}

describe('parseGraphFile on any input', () => {
  it('returns or throws an ImportError for arbitrary text under every file name', () => {
    const names = fc.constantFrom('g.gexf', 'g.graphml', 'g.json', 'g.cyjs', 'g.csv', 'g');
    const text = fc.oneof(
      fc.string({ unit: 'binary' }),
      fc.string({ unit: 'grapheme-ascii' }).map((s) => `<${s}`),
      fc.string({ unit: 'grapheme-ascii' }).map((s) => `{${s}`),
      fc.string({ unit: 'grapheme-ascii' }).map((s) => `source,target\n${s}`),
    );
    fc.assert(
      fc.property(names, text, (name, t) => {
        outcome(() => parseGraphFile({ name, text: t }));
      }),
      RUNS,
    );
  });

  it('returns or throws an ImportError for arbitrary bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
        outcome(() => parseGraphFile({ name: 'g.bin', bytes }));
      }),
      RUNS,
    );
  });

  const mutation = (text: string) =>
    fc.oneof(
      fc.nat(text.length).map((n) => ({ text: text.slice(0, n) })),
      fc
        .tuple(fc.nat(text.length), fc.constantFrom('<', '>', '"', '&', '{', ',', '\n', '</node>'))
        .map(([n, s]) => ({ text: text.slice(0, n) + s + text.slice(n) })),
      fc.nat(text.split('\n').length - 1).map((i) => {
        const lines = text.split('\n');
        lines.splice(i, 0, lines[i] ?? '');
        return { text: lines.join('\n') };
      }),
      fc.nat(text.split('\n').length - 1).map((i) => {
        const lines = text.split('\n');
        lines.splice(i, 1);
        return { text: lines.join('\n') };
      }),
      fc.tuple(fc.nat(text.length - 1), fc.integer({ min: 1, max: 255 })).map(([i, flip]) => {
        const bytes = new TextEncoder().encode(text);
        bytes[i % bytes.length]! ^= flip;
        return { bytes };
      }),
    );

  it.each(FIXTURES)('returns or throws an ImportError for mutations of %s', (name) => {
    const text = fixture(name);
    fc.assert(
      fc.property(mutation(text), (changed) => {
        outcome(() => parseGraphFile({ name, ...changed }));
      }),
      { numRuns: 120 },
    );
  });
});

const DANGEROUS = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  'polluted',
];

/** The same hostile graph in every format: dangerous names as ids, attribute names and keys. */
function hostileFiles(id: string, attr: string, key: string): { name: string; text: string }[] {
  const json = (v: unknown) => JSON.stringify(v).replaceAll('"KEY"', JSON.stringify(key));
  const data = { id, label: 'x', [attr]: 'yes', KEY: { polluted: true } };
  return [
    {
      name: 'h.gexf',
      text: `<gexf><graph><attributes class="node"><attribute id="${attr}" title="${attr}" type="string"/></attributes>
        <nodes><node id="${id}" label="${key}"><attvalues><attvalue for="${attr}" value="polluted"/><attvalue for="${key}" value="1"/></attvalues></node>
        <node id="${key}"/></nodes><edges><edge id="${key}" source="${id}" target="${key}"/></edges></graph></gexf>`,
    },
    {
      name: 'h.graphml',
      text: `<graphml><key id="${key}" for="node" attr.name="${attr}"/><graph>
        <node id="${id}"><data key="${key}">polluted</data><data key="${attr}">1</data></node>
        <node id="${key}"/><edge id="${attr}" source="${id}" target="${key}"/></graph></graphml>`,
    },
    {
      name: 'h.json',
      text: json({
        elements: {
          nodes: [{ data }, { data: { id: key } }],
          edges: [{ data: { id: attr, source: id, target: key, KEY: 1 } }],
        },
      }),
    },
    {
      name: 'h.json',
      text: json({
        KEY: { polluted: true },
        nodes: [{ ...data, KEY: 1 }, { id: key }],
        links: [{ source: id, target: key, [attr]: 1 }],
      }),
    },
    {
      name: 'h.json',
      text: json({ KEY: { polluted: true }, nodes: [{ id, domains: 1, KEY: 2 }], edges: [] }),
    },
    { name: 'h.csv', text: `source,target,${attr},${key}\n${id},${key},polluted,1\n` },
  ];
}

describe('hostile names', () => {
  it('never touch Object.prototype, and stay ordinary keys of the attributes', () => {
    const before = Object.getOwnPropertyNames(Object.prototype).sort();
    const name = fc.constantFrom(...DANGEROUS);
    fc.assert(
      fc.property(name, name, name, (id, attr, key) => {
        for (const file of hostileFiles(id, attr, key)) {
          let graph: ImportedGraph | undefined;
          outcome(() => (graph = parseGraphFile(file).graph));
          expect(({} as Record<string, unknown>).polluted).toBeUndefined();
          for (const n of graph?.nodes ?? []) {
            expect(Object.getPrototypeOf(n.attrs)).toBeNull();
            for (const k of Object.keys(n.attrs)) expect(Object.hasOwn(n.attrs, k)).toBe(true);
          }
        }
        expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
      }),
      { numRuns: 100 },
    );
  });

  it('keep a "__proto__" attribute as data', () => {
    const { graph } = parseGraphFile({
      name: 'h.csv',
      text: 'source,target,__proto__,constructor\na,b,polluted,1\n',
    });
    const attrs = graph.edges[0]!.attrs;
    expect(Object.getPrototypeOf(attrs)).toBeNull();
    expect(attrs['__proto__']).toBe('polluted');
    expect(attrs.constructor).toBe(1);
  });
});

// Arbitrary graphs for round trips. Each format has a few names it reads as structure (id, label,
// source, x…), and CSV cannot tell blank or number-like text from empty or numeric values; the
// generator keeps to what every format can say.
const RESERVED = new Set([
  'key',
  'id',
  'label',
  'source',
  'target',
  'type',
  'x',
  'y',
  'interaction',
  'suid',
  'selected',
  'sharedname',
  'sharedinteraction',
  'weight',
]);
const XML_UNSAFE = /[\u0000-\u001f\u007f\ufffe\uffff]/; // eslint-disable-line no-control-regex
const LOOKS_TYPED =
  /^\s*(?:[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?|true|false|[+-]?(?:inf|infinity|nan))\s*$/i;
const text = fc
  .string({ unit: 'grapheme', minLength: 1, maxLength: 12 })
  .filter(
    (s) => s.trim() !== '' && !XML_UNSAFE.test(s.replace(/[\n\t]/g, '')) && !s.includes('\r'),
  );
const id = text.filter((s) => s === s.trim());
const attrName = fc
  .oneof(fc.constantFrom(...DANGEROUS), id)
  .filter((s) => !RESERVED.has(s.toLowerCase().replace(/[\s_-]/g, '')) && !XML_UNSAFE.test(s));
const finite = fc.double({ noNaN: true, noDefaultInfinity: true }).filter((n) => !Object.is(n, -0));
const VALUES: Record<string, fc.Arbitrary<AttrValue>> = {
  number: fc.oneof(fc.integer(), finite),
  boolean: fc.boolean(),
  string: text.filter((s) => !LOOKS_TYPED.test(s)),
};
const valueOf = (type: string): fc.Arbitrary<AttrValue> =>
  fc.option(VALUES[type] as fc.Arbitrary<AttrValue>, { freq: 4 });
const columns = fc.uniqueArray(fc.tuple(attrName, fc.constantFrom('string', 'number', 'boolean')), {
  maxLength: 3,
  selector: ([name]) => name,
});
const attrsFor = (cols: [string, string][]) =>
  fc
    .tuple(...cols.map(([, type]) => valueOf(type)))
    .map((values) => createAttrs(cols.map(([name], i) => [name, values[i] ?? null])));

const arbitraryGraph: fc.Arbitrary<ImportedGraph> = fc
  .record({
    nodeIds: fc.uniqueArray(id, { minLength: 1, maxLength: 6 }),
    nodeCols: columns,
    edgeCols: columns,
    directed: fc.boolean(),
  })
  .chain(({ nodeIds, nodeCols, edgeCols, directed }) =>
    fc.record({
      nodes: fc.tuple(
        ...nodeIds.map((nid) =>
          fc.record({ id: fc.constant(nid), label: text, attrs: attrsFor(nodeCols) }),
        ),
      ),
      edges: fc.uniqueArray(
        fc.record({
          // An edge with a node's id is given one of its own by every reader (see builder.ts).
          id: id.filter((eid) => !nodeIds.includes(eid)),
          source: fc.constantFrom(...nodeIds),
          target: fc.constantFrom(...nodeIds),
          label: fc.option(text, { nil: undefined }),
          attrs: attrsFor(edgeCols),
        }),
        { maxLength: 6, selector: (e) => e.id },
      ),
      positions: fc.tuple(...nodeIds.map(() => fc.option(fc.record({ x: finite, y: finite })))),
      directed: fc.constant(directed),
      types: fc.constant([
        new Map(nodeCols as [string, 'string'][]),
        new Map(edgeCols as [string, 'string'][]),
      ] as const),
    }),
  )
  .map(({ nodes, edges, positions, directed, types }) => {
    const placed = createAttrs() as unknown as ImportedGraph['positions'];
    nodes.forEach((n, i) => {
      const p = positions[i];
      if (p) placed[n.id] = p;
    });
    const cleanEdges = edges.map((e) =>
      e.label === undefined ? { id: e.id, source: e.source, target: e.target, attrs: e.attrs } : e,
    );
    return {
      nodes,
      edges: cleanEdges,
      positions: placed,
      directed,
      attributes: {
        nodes: describeAttributes(nodes, types[0]),
        edges: describeAttributes(cleanEdges, types[1]),
      },
    };
  });

/** What a round trip must keep; attribute order and columns with no value at all may differ. */
function comparable(graph: ImportedGraph, format: FormatId) {
  const { attributes, ...rest } = essence(graph);
  const sorted = (list: typeof attributes.nodes) =>
    list.filter((a) => a.distinct > 0).sort((a, b) => (a.name < b.name ? -1 : 1));
  // An edge list with no rows says nothing of direction: it is read as undirected.
  const directed = format === 'csv' && graph.edges.length === 0 ? false : rest.directed;
  return {
    ...rest,
    directed,
    attributes: { nodes: sorted(attributes.nodes), edges: sorted(attributes.edges) },
  };
}

describe('round trips of arbitrary graphs', () => {
  it.each(['gexf', 'graphml', 'cytoscape-json', 'csv'] as const)(
    '%s: written then read is the same graph',
    (format) => {
      fc.assert(
        fc.property(arbitraryGraph, (graph) => {
          const files = exportGraphFiles(format, graph, 'g');
          const back = parseGraphFiles(files);
          expect(comparable(back.graph, format)).toEqual(comparable(graph, format));
        }),
        RUNS,
      );
    },
  );
});
