import { expect } from 'vitest';
import type { Article } from '../../../../src/domain/schema';
import { validateDataset } from '../../../../src/domain/validate';

/**
 * Checks an article built from a text as the built-in one is checked: its schema, its sections, and
 * a graph quoting its first block validating against it; and its blocks joined giving `text`.
 */
export function expectValidArticle(article: Article, text: string): void {
  const first = article.blocks[0]!;
  const graph = {
    nodes: [
      {
        id: 'n',
        label: 'N',
        aliases: [],
        kind: 'concept',
        domains: ['political'],
        summary: 'S',
        evidence: [{ block: first.id, quote: first.text }],
      },
    ],
    edges: [],
  };
  expect(validateDataset(article, graph)).toEqual([]);
  expect(article.blocks.map((b) => b.text).join('\n')).toBe(text);
}
