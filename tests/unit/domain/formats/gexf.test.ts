// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { ImportError, parseGraphFile, writeGraphFile } from '../../../../src/domain/formats';
import { errorOf, essence, fixture, parseFixture, typesOf } from './fixtures';

const gexf = (nodes: string, edges = '', attributes = '') => `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" version="1.3">
  <graph defaultedgetype="directed">
    ${attributes}
    <nodes>
${nodes}
    </nodes>
    <edges>
${edges}
    </edges>
  </graph>
</gexf>`;

const parse = (text: string, strict = false) => parseGraphFile({ name: 'test.gexf', text, strict });

describe('GEXF (Gephi 1.3)', () => {
  const { graph, report } = parseFixture('gephi.gexf');

  it('reads every node and edge with its label', () => {
    expect(report).toMatchObject({ format: 'gexf', formatName: 'GEXF', nodes: 5, edges: 6 });
    expect(report.repairs).toEqual([]);
    expect(graph.nodes.map((n) => n.label)).toContain('Shanghai Cooperation Organisation');
    expect(graph.edges[0]).toMatchObject({
      id: '0',
      source: 'china',
      target: 'kazakhstan',
      label: 'comprehensive strategic partner of',
    });
    expect(graph.directed).toBe(true);
  });

  it('types attributes as declared, uses titles as names and applies defaults', () => {
    expect(typesOf(report.attributes.nodes)).toEqual({
      'Modularity Class': 'number',
      sphere: 'string',
      founded: 'number',
      'is state': 'boolean',
    });
    const cnpc = graph.nodes.find((n) => n.id === 'cnpc')!;
    expect({ ...cnpc.attrs }).toEqual({
      'Modularity Class': 1,
      sphere: 'energy',
      founded: 1988,
      'is state': false, // the declared default
    });
    expect(graph.edges[0]!.attrs).toMatchObject({ year: 2019, status: 'established', weight: 3 });
    expect(typesOf(report.attributes.edges)).toMatchObject({ year: 'number', weight: 'number' });
  });

  it('marks few repeating values as categorical (Gephi modularity classes, spheres)', () => {
    const info = Object.fromEntries(report.attributes.nodes.map((a) => [a.name, a]));
    expect(info['Modularity Class']).toMatchObject({ distinct: 3, categorical: true });
    expect(info.sphere).toMatchObject({ distinct: 2, categorical: true });
    expect(info.founded).toMatchObject({ categorical: false }); // every value differs
  });

  it('keeps viz positions, flipping Gephi’s upward y axis to the screen’s', () => {
    expect(graph.positions.china).toEqual({ x: -120.5, y: -43.25 });
    expect(graph.positions.cnpc).toEqual({ x: 15.75, y: -120 });
    expect(Object.keys(graph.positions)).toHaveLength(5);
  });

  it('round-trips: written then read gives the same nodes, edges, attributes and positions', () => {
    const back = parseGraphFile({ name: 'again.gexf', text: writeGraphFile('gexf', graph) });
    expect(essence(back.graph)).toEqual(essence(graph));
    expect(back.report.repairs).toEqual([]);
  });

  it('writes labels and values with markup, quotes and newlines intact', () => {
    const hostile = gexf(
      `<node id="a" label="&lt;img src=x onerror=alert(1)&gt; &amp; &quot;q&quot;"/>
       <node id="b" label="line one&#10;line two"/>`,
    );
    const { graph: g } = parse(hostile);
    expect(g.nodes[0]!.label).toBe('<img src=x onerror=alert(1)> & "q"');
    const back = parse(writeGraphFile('gexf', g));
    expect(back.graph.nodes.map((n) => n.label)).toEqual([
      '<img src=x onerror=alert(1)> & "q"',
      'line one\nline two',
    ]);
  });

  it('gives edges their own ids when Gephi numbered nodes and edges alike', () => {
    const { graph: g, report } = parse(
      gexf(
        '<node id="0" label="A"/><node id="1" label="B"/><node id="e0" label="C"/>',
        '<edge id="0" source="0" target="1"/><edge id="1" source="1" target="e0"/>',
      ),
      true, // a valid file: strict mode accepts it
    );
    expect(g.edges.map((e) => e.id)).toEqual(['e0-2', 'e1']);
    expect(report.notes).toContain(
      '2 edges have the id of a node (edges and nodes each have their own ids in this format, as NetworkX writes them): on the map they have ids of their own, e.g. "0" → "e0-2", "1" → "e1".',
    );
  });

  it('reads undirected graphs as undirected and says when edge types are mixed', () => {
    const text = gexf(
      '<node id="a" label="A"/><node id="b" label="B"/>',
      '<edge source="a" target="b"/><edge source="b" target="a" type="undirected"/>',
    );
    expect(parse(text.replace('directed"', 'undirected"')).graph.directed).toBe(false);
    expect(parse(text).report.notes.join(' ')).toMatch(/not directed/);
  });
});

describe('GEXF repairs', () => {
  it('drops an edge to an unknown node, naming its line and element', () => {
    const { graph, report } = parse(
      gexf(
        '<node id="a" label="A"/>\n<node id="b" label="B"/>',
        '<edge id="e1" source="a" target="b"/>\n<edge id="e7" source="a" target="ghost"/>',
      ),
    );
    expect(graph.edges.map((e) => e.id)).toEqual(['e1']);
    expect(report.repairs).toEqual([
      {
        kind: 'dangling-edge-dropped',
        where: 'line 11 <edge id="e7">',
        message: 'edge points to unknown target node "ghost": dropped',
      },
    ]);
  });

  it('keeps the first of two nodes with one id and renames a duplicate edge id', () => {
    const { graph, report } = parse(
      gexf(
        '<node id="a" label="A"/>\n<node id="a" label="A again"/>\n<node id="b" label="B"/>',
        '<edge id="e" source="a" target="b"/>\n<edge id="e" source="b" target="a"/>',
      ),
    );
    expect(graph.nodes.map((n) => n.label)).toEqual(['A', 'B']);
    expect(graph.edges.map((e) => e.id)).toEqual(['e', 'e-2']);
    expect(report.repairs.map((r) => [r.kind, r.where])).toEqual([
      ['duplicate-node-id', 'line 7 <node id="a">'],
      ['duplicate-edge-id', 'line 12 <edge id="e">'],
    ]);
    expect(report.repairs[0]!.message).toMatch(/kept the first \(line 6 <node id="a">\)/);
  });

  it('uses the id as label for a node without one, and reports it', () => {
    const { graph, report } = parse(gexf('<node id="a" label="A"/>\n<node id="b"/>'));
    expect(graph.nodes[1]!.label).toBe('b');
    expect(report.repairs).toMatchObject([
      { kind: 'missing-label', where: 'line 7 <node id="b">' },
    ]);
  });

  it('reports undeclared attributes, values of the wrong type and self-loops', () => {
    const { graph, report } = parse(
      gexf(
        '<node id="a" label="A"><attvalues><attvalue for="n" value="many"/><attvalue for="x" value="1"/></attvalues></node>',
        '<edge source="a" target="a"/>',
        '<attributes class="node"><attribute id="n" title="count" type="integer"/></attributes>',
      ),
    );
    expect({ ...graph.nodes[0]!.attrs }).toEqual({ count: null, x: '1' });
    expect(report.repairs.map((r) => r.kind)).toEqual(['invalid-value', 'undeclared-attribute']);
    expect(report.notes).toContain(
      'One edge connects a node to itself (a self-loop), e.g. line 9 <edge source="a" target="a"> ("a").',
    );
    expect(report.repairs[0]!.message).toBe(
      '"many" is not a number (attribute "count"): left empty',
    );
  });

  it('refuses in strict mode, listing the repairs by kind', () => {
    const text = gexf('<node id="a" label="A"/>', '<edge id="e1" source="a" target="zz"/>');
    const error = errorOf(() => parse(text, true)) as ImportError;
    expect(error).toBeInstanceOf(ImportError);
    expect(error.message).toMatch(/^GEXF: strict mode: refused, one repair needed/);
    expect(error.details).toEqual([
      '1 relation dropped: an end is missing or unknown',
      '  line 9 <edge id="e1">: edge points to unknown target node "zz": dropped',
    ]);
  });
});

describe('GEXF errors', () => {
  it('names the last line of truncated XML, between tags or inside one', () => {
    const text = fixture('gephi.gexf');
    const between = text.slice(0, text.indexOf('<node id="cnpc"'));
    const inside = text.slice(0, text.indexOf('<node id="cnpc"') + 10);
    const lines = between.split('\n').length;
    expect(errorOf(() => parse(between)).message).toBe(
      `GEXF: line ${lines}: unexpected end of file (truncated XML?): <gexf>, <graph>, <nodes> not closed`,
    );
    const error = errorOf(() => parse(inside));
    expect(error).toBeInstanceOf(ImportError);
    expect(error.message).toBe(
      `GEXF: line ${lines}: unexpected end of file (truncated XML?): <gexf>, <graph>, <nodes> not closed`,
    );
  });

  it('names the line of a mismatched tag', () => {
    const error = errorOf(() => parse(gexf('<node id="a" label="A">\n</edge>')));
    expect(error.message).toBe('GEXF: line 7: not well-formed XML: unexpected close tag');
  });

  it('refuses DTD entities instead of expanding them', () => {
    const text = `<?xml version="1.0"?>
<!DOCTYPE gexf [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]>
<gexf><graph><nodes><node id="a" label="&lol2;"/></nodes></graph></gexf>`;
    expect(errorOf(() => parse(text)).message).toMatch(/^GEXF: line 3: unknown entity/);
  });

  it('says when there is no graph element', () => {
    expect(errorOf(() => parse('<gexf version="1.3"></gexf>')).message).toBe(
      'GEXF: no <graph> element inside <gexf>',
    );
  });
});
