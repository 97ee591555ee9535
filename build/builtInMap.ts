// Run through Vite's module runner by build/pageMode.ts (the config itself does not bundle the
// app's modules): the article's map as the offline page's JSON block.
import { readFile } from 'node:fs/promises';
import { exportGraphFiles, fromDataset } from '../src/domain/formats';
import { pageBlock } from '../src/domain/offlinePage';
import { ARTICLE_SPHERES } from '../src/domain/palette';
import type { Article, Graph, Positions } from '../src/domain/schema';
import type { Tour } from '../src/domain/tour';

const readJson = async <T>(path: string): Promise<T> =>
  JSON.parse(await readFile(new URL(path, import.meta.url), 'utf8')) as T;

/** The article's map, tour and categories as the map file "Save as a map file" writes, as a page block. */
export async function builtInMapBlock(): Promise<string> {
  const [article, graph, positions, tour] = await Promise.all([
    readJson<Article>('../data/article.json'),
    readJson<Graph>('../data/graph.json'),
    readJson<Positions>('../data/positions.json'),
    readJson<Tour>('../data/tour.json'),
  ]);
  const imported = fromDataset(graph, article, positions, { categories: ARTICLE_SPHERES, tour });
  return pageBlock(exportGraphFiles('silkgraph-json', imported, 'map')[0]!.text);
}
