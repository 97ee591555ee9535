// @vitest-environment node
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateDataset } from '../../src/domain/validate';
import { articleSchema, graphSchema, positionsSchema } from '../../src/domain/schema';

const read = (file: string) => readFileSync(resolve(__dirname, '../../data', file), 'utf8');
const article = articleSchema.parse(JSON.parse(read('article.json')));
const graph = graphSchema.parse(JSON.parse(read('graph.json')));
const positions = positionsSchema.parse(JSON.parse(read('positions.json')));

describe('the shipped dataset', () => {
  it('reproduces the source text exactly when its blocks are joined with newlines', () => {
    expect(article.blocks.map((b) => b.text).join('\n')).toBe(
      read('community-of-shared-future.txt'),
    );
  });

  it('validates with every quote verbatim in its block', () => {
    expect(validateDataset(article, graph)).toEqual([]);
  });

  it('covers the article broadly: well over fifty nodes and about a hundred relations', () => {
    expect(graph.nodes.length).toBeGreaterThan(50);
    expect(graph.edges.length).toBeGreaterThanOrEqual(85);
  });

  it('gives every node at least one relation', () => {
    const linked = new Set(graph.edges.flatMap((e) => [e.source, e.target]));
    expect(graph.nodes.filter((n) => !linked.has(n.id)).map((n) => n.id)).toEqual([]);
  });

  it('has a precomputed position for every node', () => {
    expect(graph.nodes.filter((n) => !positions[n.id]).map((n) => n.id)).toEqual([]);
  });

  it('names the article’s central actors', () => {
    const labels = graph.nodes.map((n) => n.label);
    for (const name of ['China', 'Kazakhstan', 'Xi Jinping', 'CNPC', 'CNNC'])
      expect(labels).toContain(name);
  });
});
