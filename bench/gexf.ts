import { syntheticDataset } from '../tests/fixtures/synthetic';

const xml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

/**
 * A Gephi-like GEXF 1.3 file of a seeded synthetic graph: labels, one categorical attribute
 * (the first sphere, as "community"), positions; no evidence. Used by the benchmark and the e2e test.
 */
export function gephiLikeGexf(nodes: number, edges: number): string {
  const { graph, positions } = syntheticDataset({ nodes, edges, seed: 7 });
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">',
    '<graph defaultedgetype="directed">',
    '<attributes class="node"><attribute id="0" title="community" type="string"/></attributes>',
    '<nodes>',
  ];
  for (const n of graph.nodes) {
    const p = positions[n.id]!;
    out.push(
      `<node id="${n.id}" label="${xml(n.label)}"><attvalues><attvalue for="0" value="${xml(n.domains[0]!)}"/></attvalues>` +
        `<viz:position x="${p.x.toFixed(1)}" y="${p.y.toFixed(1)}" z="0"/></node>`,
    );
  }
  out.push('</nodes>', '<edges>');
  for (const e of graph.edges)
    out.push(`<edge id="${e.id}" source="${e.source}" target="${e.target}"/>`);
  out.push('</edges>', '</graph>', '</gexf>');
  return out.join('\n');
}
