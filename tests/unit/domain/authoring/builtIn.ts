import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { EditContext } from '../../../../src/domain/authoring/editResult';
import { articleSchema, graphSchema, SPHERES } from '../../../../src/domain/schema';

const read = (file: string) =>
  JSON.parse(readFileSync(resolve(__dirname, '../../../../data', file), 'utf8')) as unknown;

/** The built-in article and map, parsed by the data contract's schemas. */
export const builtInArticle = articleSchema.parse(read('article.json'));
export const builtInGraph = graphSchema.parse(read('graph.json'));
export const builtInContext: EditContext = { article: builtInArticle, categories: SPHERES };

/** Freezes a value and everything in it, so that a test fails on any mutation. */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}
