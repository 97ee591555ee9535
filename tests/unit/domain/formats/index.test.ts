// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  attrOf,
  createAttrs,
  exportGraphFiles,
  FORMAT_IDS,
  FORMATS,
  ImportError,
  parseGraphFile,
  reviveImportedGraph,
  writeGraphFile,
  type ImportedGraph,
} from '../../../../src/domain/formats';
import { errorOf, essence, parseFixture } from './fixtures';

describe('parseGraphFile', () => {
  it('needs no global DOMParser, as in a Web Worker', () => {
    expect(typeof (globalThis as { DOMParser?: unknown }).DOMParser).toBe('undefined');
    expect(parseFixture('yed.graphml').report.nodes).toBe(3);
  });

  it.each([
    ['edges.csv', 'source,target\na,b\nb,\n'],
    ['g.json', JSON.stringify({ elements: [{ data: { id: 'a' } }, { data: { id: 'a' } }] })],
    ['g.graphml', '<graphml><graph><node id="a"/><edge source="a" target="b"/></graph></graphml>'],
  ])('in strict mode refuses %s when it needs a repair, and lists the repairs', (name, text) => {
    expect(() => parseGraphFile({ name, text })).not.toThrow();
    const error = errorOf(() => parseGraphFile({ name, text, strict: true })) as ImportError;
    expect(error).toBeInstanceOf(ImportError);
    expect(error.message).toMatch(
      /strict mode: refused, one repair needed \(1 .+; the first: .+\)$/,
    );
    // The kind of repair, then its example.
    expect(error.details).toHaveLength(2);
  });

  it('accepts clean files in strict mode', () => {
    expect(parseFixture('gephi.gexf', { strict: true }).report.repairs).toEqual([]);
    expect(parseFixture('edges.csv', { strict: true, nodesFile: 'nodes.csv' }).report.nodes).toBe(
      5,
    );
  });

  it('keeps every repair for the full list and counts them by kind', () => {
    const rows = Array.from({ length: 120 }, (_, i) => `a,ghost${i}`).join('\n');
    const { report } = parseGraphFile({
      name: 'e.csv',
      text: `source,target,w\n${rows}\na,a,1,2\n`,
      nodes: { name: 'n.csv', text: 'id\na\n' },
    });
    expect(report.repairs).toHaveLength(121);
    expect(report.repairs[120]!.where).toBe('e.csv line 121');
    expect(report.repairCounts).toEqual({ 'dangling-edge-dropped': 120, 'extra-cells': 1 });
  });

  it('refuses a graph with no nodes rather than replace the map with nothing', () => {
    expect(
      errorOf(() => parseGraphFile({ name: 'g.gexf', text: '<gexf><graph/></gexf>' })).message,
    ).toBe('GEXF: the file has no nodes');
  });

  it('notes that a node list goes only with a CSV edge list', () => {
    const { report } = parseFixture('gephi.gexf', { nodesFile: 'nodes.csv' });
    expect(report.notes).toContain('The node list was ignored: it only goes with a CSV edge list.');
  });
});

describe('exporting', () => {
  const { graph } = parseFixture('gephi.gexf');

  it.each(FORMAT_IDS.filter((f) => f !== 'silkgraph-json'))(
    'names the %s file(s) with the right extension and type',
    (format) => {
      const files = exportGraphFiles(format, graph, 'silkgraph-map');
      for (const file of files) {
        expect(file.name.endsWith(`.${FORMATS[format].extension}`)).toBe(true);
        expect(file.mime).toBe(FORMATS[format].mime);
        expect(file.text.length).toBeGreaterThan(0);
      }
      expect(files[0]!.text).toBe(writeGraphFile(format, graph));
    },
  );
});

describe('awkward text survives every format', () => {
  const awkward = [
    'tab\there, line\nbreak, CRLF\r\nand CR\r',
    'NEL\u0085 LS\u2028 PS\u2029',
    `quotes ' " and <b>markup</b> & &amp; ]]>`,
    '=HYPERLINK("http://evil.example") @SUM(1) +1 -1',
    '  spaced  ',
    'emoji 🇰🇿 and 人类命运共同体',
  ];
  const graph: ImportedGraph = {
    nodes: awkward.map((label, i) => ({
      id: `n${i}`,
      label,
      attrs: createAttrs([['note', label]]),
    })),
    edges: [{ id: 'e', source: 'n0', target: 'n1', label: awkward[1], attrs: createAttrs() }],
    positions: createAttrs() as unknown as ImportedGraph['positions'],
    directed: true,
    attributes: { nodes: [], edges: [] },
  };
  graph.attributes.nodes = parseGraphFile({
    name: 'g.cyjs',
    text: writeGraphFile('cytoscape-json', graph),
  }).graph.attributes.nodes;

  it.each(FORMAT_IDS.filter((f) => f !== 'silkgraph-json'))('%s', (format) => {
    const files = exportGraphFiles(format, graph, 'awkward');
    const back = parseGraphFile({ ...files[0]!, nodes: files[1] });
    expect(essence(back.graph).nodes).toEqual(essence(graph).nodes);
    expect(back.graph.edges[0]!.label).toBe(awkward[1]);
  });

  it('reads no entity it does not know, including ones named like Object members', () => {
    for (const name of ['__proto__', 'constructor', 'toString'])
      expect(
        errorOf(() =>
          parseGraphFile({
            name: 'g.graphml',
            text: `<graphml><graph><node id="&${name};"/></graph></graphml>`,
          }),
        ).message,
      ).toMatch(/^GraphML: line 1: unknown entity/);
  });
});

describe('after postMessage', () => {
  it('reviveImportedGraph restores null prototypes so names like "constructor" read as data', () => {
    const { graph } = parseGraphFile({
      name: 'e.csv',
      text: 'source,target,constructor,__proto__\na,b,,x\n',
    });
    const cloned = structuredClone(graph); // what a worker's postMessage hands over
    expect(typeof cloned.nodes[0]!.attrs.constructor).toBe('function'); // the hazard
    const revived = reviveImportedGraph(cloned);
    expect(revived.nodes[0]!.attrs.constructor).toBeUndefined();
    expect(revived.edges[0]!.attrs.constructor).toBeNull();
    expect(attrOf(revived.edges[0]!.attrs, '__proto__')).toBe('x');
    expect(attrOf(cloned.nodes[0]!.attrs, 'constructor')).toBeUndefined();
    expect(Object.getPrototypeOf(revived.positions)).toBeNull();
    expect(essence(revived)).toEqual(essence(graph));
  });
});
