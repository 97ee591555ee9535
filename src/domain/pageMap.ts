import { t } from '../i18n/core';
import { parseJsonText } from './formats/jsonText';
import { MAP_FILE_VERSION } from './formats/silkgraphJsonWrite';
import { emptyArticle, spheresOfSilkgraph, type ImportedDataset } from './importDataset';
import type { Article, Graph, Positions, SphereDef } from './schema';
import type { Tour } from './tour';

/**
 * Reads the offline page's own map from its JSON block, on the page's thread, without the schema
 * library. The block was written by Silkgraph from a map it had checked, into the same file as the
 * code that reads it (whoever can change the one can change the other), so this checks its shape,
 * not its every rule. A page opened as a file ("Open graph…") goes through the map file's full
 * reader (silkgraphJson.ts) in the import worker. What a hand-edited or damaged block gets wrong is
 * said with its place (a JSON path), and the page opens with no map.
 */

/** At most this many problems are listed. */
const LISTED = 3;

export class PageMapError extends Error {
  override name = 'PageMapError';
}

type Json = Record<string, unknown>;
const isRecord = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown): v is string => typeof v === 'string';
const isTextList = (v: unknown): v is string[] => Array.isArray(v) && v.every(isText);

/** Checks each item of a list for its fields; problems are named by JSON path. One pass. */
function checkList(
  value: unknown,
  path: string,
  fields: Record<string, (v: unknown) => boolean>,
  problems: string[],
): Json[] {
  if (!Array.isArray(value)) {
    problems.push(t('maps.pageMap.list', { path }));
    return [];
  }
  const items: Json[] = [];
  for (let i = 0; i < value.length && problems.length < LISTED; i++) {
    const item: unknown = value[i];
    if (!isRecord(item)) {
      problems.push(t('maps.pageMap.object', { path: `${path}[${i}]` }));
      continue;
    }
    const wrong = Object.keys(fields).find((name) => !fields[name]!(item[name]));
    if (wrong) problems.push(t('maps.pageMap.field', { path: `${path}[${i}].${wrong}` }));
    else items.push(item);
  }
  return items;
}

const ELEMENT = { id: isText, domains: isTextList, evidence: Array.isArray };

/** The map in an offline page's block (a Silkgraph map file), as the app shows it. */
export function readPageMap(text: string): ImportedDataset {
  let value: unknown;
  try {
    value = parseJsonText(text);
  } catch (error) {
    throw new PageMapError(error instanceof Error ? error.message : String(error));
  }
  if (!isRecord(value)) throw new PageMapError(t('maps.pageMap.notMap'));
  const version = value.silkgraph;
  if (typeof version === 'number' && version > MAP_FILE_VERSION)
    throw new PageMapError(t('maps.pageMap.newer', { version, max: MAP_FILE_VERSION }));
  const problems: string[] = [];
  const nodes = checkList(
    value.nodes,
    '$.nodes',
    { ...ELEMENT, label: isText, kind: isText },
    problems,
  );
  const ids = new Set(nodes.map((n) => n.id as string));
  const edges = checkList(
    value.edges,
    '$.edges',
    {
      ...ELEMENT,
      source: (v) => isText(v) && ids.has(v),
      target: (v) => isText(v) && ids.has(v),
      relation: isText,
      status: isText,
    },
    problems,
  );
  const { article, categories, tour } = value;
  if (article !== undefined) {
    if (!isRecord(article) || !isText(article.title)) problems.push(t('maps.pageMap.article'));
    else checkList(article.blocks, '$.article.blocks', { id: isText, text: isText }, problems);
  }
  if (value.positions !== undefined && !isRecord(value.positions))
    problems.push(t('maps.pageMap.object', { path: '$.positions' }));
  if (categories !== undefined)
    checkList(categories, '$.categories', { id: isText, label: isText, colour: isText }, problems);
  if (tour !== undefined) {
    if (!isRecord(tour) || !isText(tour.title)) problems.push(t('maps.pageMap.tour'));
    else {
      const step = { id: isText, title: isText, caption: isText };
      const lists = { spheres: isTextList, focus: isTextList, blocks: isTextList };
      checkList(tour.steps, '$.tour.steps', { ...step, ...lists }, problems);
    }
  }
  if (problems.length) throw new PageMapError(problems.slice(0, LISTED).join('; '));

  const graph = {
    nodes,
    edges,
    ...(value.directed === false ? { directed: false as const } : {}),
  } as unknown as Graph;
  return {
    article: (article as Article | undefined) ?? emptyArticle('Map'),
    graph,
    positions: (value.positions as Positions | undefined) ?? {},
    spheres: (categories as SphereDef[] | undefined) ?? spheresOfSilkgraph(graph),
    ...(tour ? { tour: tour as Tour } : {}),
  };
}
