// Writes the graph files Silkgraph exports, for checking with other programs' own readers
// (scripts/check-readers.py reads them with NetworkX): the article's graph in every format, and a
// NetworkX MultiGraph read and written again. A manifest says what each file must hold.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  exportGraphFiles,
  fromDataset,
  parseGraphFile,
  type FormatId,
  type ImportedGraph,
} from '../src/domain/formats';
import { networkxMultigraphGraphml } from '../tests/fixtures/hostile';
// The words the domain writes (problems, notes) in English.
import '../src/i18n/englishLoaded';

const out = resolve(process.argv[2] ?? 'readers-check');
mkdirSync(out, { recursive: true });
const data = (name: string) => JSON.parse(readFileSync(resolve('data', name), 'utf8'));

const article = fromDataset(data('graph.json'), data('article.json'), data('positions.json'));
const multigraph = parseGraphFile(networkxMultigraphGraphml(300, 1200)).graph;
// A value NetworkX reads as a float, and a label with markup and quotes.
const typed: ImportedGraph = parseGraphFile({
  name: 'typed.csv',
  text: 'source,target,weight,type\nA,"<b> ""B""",2.5,directed\n"<b> ""B""",C,-1e3,directed\n',
}).graph;

const samples: [string, ImportedGraph][] = [
  ['article', article],
  ['multigraph', multigraph],
  ['typed', typed],
];
const formats: FormatId[] = ['gexf', 'graphml', 'cytoscape-json'];
const manifest = [];
for (const [name, graph] of samples)
  for (const format of formats) {
    const [file] = exportGraphFiles(format, graph, name);
    writeFileSync(join(out, file!.name), file!.text);
    manifest.push({
      file: file!.name,
      format,
      nodes: graph.nodes.length,
      edges: graph.edges.length,
      directed: graph.directed,
      multigraph: name === 'multigraph',
      labels: Object.fromEntries(graph.nodes.slice(0, 5).map((n) => [n.id, n.label])),
      weights: graph.edges
        .filter((e) => typeof e.attrs.weight === 'number')
        .slice(0, 5)
        .map((e) => [e.source, e.target, e.attrs.weight]),
    });
  }
writeFileSync(join(out, 'manifest.json'), JSON.stringify(manifest, null, 2));
console.log(`${manifest.length} files written to ${out}`);
