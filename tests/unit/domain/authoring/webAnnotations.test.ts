import { describe, expect, it } from 'vitest';
import {
  applyImportedEvidence,
  importAnnotations,
} from '../../../../src/domain/authoring/annotationImport';
import {
  ANNOTATION_CONTEXT,
  exportAnnotations,
  textIri,
} from '../../../../src/domain/authoring/webAnnotations';
import type { Graph } from '../../../../src/domain/schema';
import { builtInArticle, builtInContext, builtInGraph } from './builtIn';

const collection = exportAnnotations(builtInArticle, builtInGraph);
const items = collection.first.items;

describe('exportAnnotations', () => {
  it('writes one annotation per passage of the built-in map, in a JSON-LD collection', () => {
    const passages = [...builtInGraph.nodes, ...builtInGraph.edges].reduce(
      (n, e) => n + e.evidence.length,
      0,
    );
    expect(collection).toMatchObject({
      '@context': ANNOTATION_CONTEXT,
      type: 'AnnotationCollection',
      total: passages,
      first: { type: 'AnnotationPage', startIndex: 0 },
    });
    expect(items).toHaveLength(passages);
    expect(new Set(items.map((a) => a.id)).size).toBe(passages);
  });

  it('targets the text by quote with context and by position in the whole text', () => {
    const china = items.find((a) => a.id.endsWith(':node:china:evidence:1'))!;
    expect(china.body).toEqual([
      {
        type: 'SpecificResource',
        purpose: 'identifying',
        source: 'urn:silkgraph:community-of-shared-future:node:china',
      },
      { type: 'TextualBody', purpose: 'tagging', value: 'China', format: 'text/plain' },
    ]);
    const [quote, position] = china.target.selector;
    expect(china.target.source).toBe('urn:silkgraph:text:community-of-shared-future');
    expect(quote.exact).toBe(builtInGraph.nodes[0]!.evidence[0]!.quote);
    expect(quote.prefix).toHaveLength(32);
    expect(quote.suffix).toHaveLength(32);
    const text = builtInArticle.blocks.map((b) => b.text).join('\n');
    // The built-in text has no character outside the BMP: code points and code units agree.
    expect(text.slice(position.start, position.end)).toBe(quote.exact);
    expect(text.slice(position.start - 32, position.start)).toBe(quote.prefix);
  });

  it('names a relation by its id, its phrase as a tag and the sentence it reads as', () => {
    const edge = builtInGraph.edges[0]!;
    const annotation = items.find((a) => a.id.includes(`:edge:${edge.id}:`))!;
    expect(annotation.body.map((b) => ('value' in b ? b.value : b.source))).toEqual([
      `urn:silkgraph:community-of-shared-future:edge:${edge.id}`,
      edge.relation,
      expect.stringContaining(` ${edge.relation} `),
    ]);
  });

  it('targets a web address when the article has one', () => {
    expect(textIri({ ...builtInArticle, source: 'https://example.org/a' })).toBe(
      'https://example.org/a',
    );
  });

  it('counts positions in code points, as the model asks, around characters outside the BMP', () => {
    const article = {
      ...builtInArticle,
      blocks: [
        { id: 'p1', type: 'paragraph' as const, section: 'introduction', text: '𝒜𝒜 first' },
        { id: 'p2', type: 'paragraph' as const, section: 'introduction', text: '😀 China signs' },
      ],
    };
    const graph: Graph = {
      nodes: [
        {
          ...builtInGraph.nodes[0]!,
          evidence: [{ block: 'p2', quote: 'China' }],
        },
      ],
      edges: [],
    };
    const [annotation] = exportAnnotations(article, graph).first.items;
    // "𝒜𝒜 first\n😀 " is 11 code points (14 code units).
    expect(annotation!.target.selector[1]).toEqual({
      type: 'TextPositionSelector',
      start: 11,
      end: 16,
    });
    const back = importAnnotations(exportAnnotations(article, graph), article, graph);
    expect(back).toMatchObject({
      ok: true,
      resolved: [{ evidence: { block: 'p2', quote: 'China' } }],
      unresolved: [],
    });
  });
});

describe('export, then import', () => {
  it('gives back exactly the evidence of every node and relation of the built-in map', () => {
    const result = importAnnotations(
      JSON.parse(JSON.stringify(collection)),
      builtInArticle,
      builtInGraph,
    );
    if (!result.ok) throw new Error(result.message);
    expect(result.unresolved).toEqual([]);
    const byElement = new Map<string, unknown[]>();
    for (const r of result.resolved) {
      const key = `${r.element.type}:${r.element.id}`;
      byElement.set(key, [...(byElement.get(key) ?? []), r.evidence]);
    }
    for (const node of builtInGraph.nodes)
      expect(byElement.get(`node:${node.id}`)).toEqual(node.evidence);
    for (const edge of builtInGraph.edges)
      expect(byElement.get(`edge:${edge.id}`)).toEqual(edge.evidence);
  });

  it('adds nothing to the map it came from, and counts what was already there', () => {
    const result = importAnnotations(collection, builtInArticle, builtInGraph);
    if (!result.ok) throw new Error(result.message);
    const applied = applyImportedEvidence(builtInGraph, builtInContext, result.resolved);
    expect(applied).toMatchObject({ ok: true, added: 0, alreadyThere: items.length });
  });

  it('restores evidence a map has lost', () => {
    const stripped: Graph = {
      ...builtInGraph,
      nodes: builtInGraph.nodes.map((n) => ({ ...n, evidence: n.evidence.slice(0, 1) })),
    };
    const result = importAnnotations(collection, builtInArticle, stripped);
    if (!result.ok) throw new Error(result.message);
    const applied = applyImportedEvidence(stripped, builtInContext, result.resolved);
    if (!applied.ok) throw new Error(applied.problem.message);
    expect(applied.graph).toEqual(builtInGraph);
  });
});
