import { describe, expect, it } from 'vitest';
import { importAnnotations } from '../../../../src/domain/authoring/annotationImport';
import { smallArticle, smallGraph } from './smallMap';

// "China and Kazakhstan signed an agreement on pipelines.\nCNPC, a Chinese company, develops oil
// fields in Kazakhstan." — "Kazakhstan" occurs at 10 and at 103.
const names = (type: 'node' | 'edge', id: string) => ({
  type: 'SpecificResource',
  purpose: 'identifying',
  source: `urn:silkgraph:small:${type}:${id}`,
});

const annotation = (selector: unknown[], body: unknown = names('node', 'kazakhstan')) => ({
  '@context': 'http://www.w3.org/ns/anno.jsonld',
  id: 'urn:test:1',
  type: 'Annotation',
  body,
  target: { source: 'urn:silkgraph:text:small', selector },
});

const quote = (exact: string, prefix = '', suffix = '') => ({
  type: 'TextQuoteSelector',
  exact,
  prefix,
  suffix,
});
const position = (start: number, end: number) => ({ type: 'TextPositionSelector', start, end });

function resolve(json: unknown) {
  const result = importAnnotations(json, smallArticle, smallGraph);
  if (!result.ok) throw new Error(result.message);
  return result;
}

describe('importAnnotations', () => {
  it('takes the position when the text there is the quote', () => {
    const result = resolve([annotation([quote('Kazakhstan'), position(103, 113)])]);
    expect(result.resolved).toEqual([
      {
        annotation: 0,
        element: { type: 'node', id: 'kazakhstan' },
        evidence: { block: 'p2', quote: 'Kazakhstan' },
      },
    ]);
  });

  it('falls back on the quote’s prefix and suffix when the position is off (an edited text)', () => {
    const result = resolve([
      annotation([quote('Kazakhstan', 'oil fields in ', '.'), position(3, 13)]),
    ]);
    expect(result.resolved[0]!.evidence).toEqual({ block: 'p2', quote: 'Kazakhstan' });
  });

  it('reads Hypothesis’s shape: targets as a list, selectors in any order', () => {
    const hypothesis = {
      type: 'Annotation',
      body: [names('node', 'china')],
      target: [{ source: 'x', selector: [position(0, 5), quote('China')] }],
    };
    expect(resolve(hypothesis).resolved[0]!.evidence).toEqual({ block: 'p1', quote: 'China' });
  });

  it('makes one quote per block of a passage that crosses blocks', () => {
    const result = resolve([
      annotation([position(41, 62)], names('edge', 'cnpc-develops-kazakhstan')),
    ]);
    expect(result.resolved.map((r) => r.evidence)).toEqual([
      { block: 'p1', quote: 'on pipelines.' },
      { block: 'p2', quote: 'CNPC, a' },
    ]);
  });

  it('reports every annotation it cannot resolve, with the reason', () => {
    const result = resolve({
      type: 'AnnotationCollection',
      first: {
        type: 'AnnotationPage',
        next: 'urn:page:2',
        items: [
          annotation([quote('Kazakhstan')]),
          annotation([quote('Russia')]),
          annotation([quote('China')], names('node', 'russia')),
          annotation([quote('China')], { type: 'TextualBody', value: 'China' }),
          annotation([]),
          annotation([position(500, 510)]),
          annotation([position(5, 6)]),
          'not an annotation',
        ],
      },
    });
    expect(result.resolved).toEqual([]);
    expect(result.unresolved).toEqual([
      {
        annotation: 0,
        id: 'urn:test:1',
        reason: 'its quote occurs 2 times and its prefix and suffix do not tell which',
      },
      { annotation: 1, id: 'urn:test:1', reason: 'its quote is not in the text' },
      {
        annotation: 2,
        id: 'urn:test:1',
        reason: 'it names node "russia", which the map does not have',
      },
      {
        annotation: 3,
        id: 'urn:test:1',
        reason: 'its body names no node or relation of a Silkgraph map',
      },
      {
        annotation: 4,
        id: 'urn:test:1',
        reason: 'it has no TextQuoteSelector or TextPositionSelector',
      },
      { annotation: 5, id: 'urn:test:1', reason: 'its position lies outside the text' },
      { annotation: 6, id: 'urn:test:1', reason: 'it selects only whitespace' },
      { annotation: 7, reason: 'it is not an Annotation' },
      { annotation: 8, reason: 'the collection has further pages that are not in the file' },
    ]);
  });

  it('says why a file holds no annotations it can read', () => {
    expect(importAnnotations({ nodes: [] }, smallArticle, smallGraph)).toEqual({
      ok: false,
      message:
        'the file holds no Web Annotations (no AnnotationCollection, AnnotationPage or Annotation)',
    });
    expect(
      importAnnotations(
        { type: 'AnnotationCollection', first: 'urn:p1' },
        smallArticle,
        smallGraph,
      ),
    ).toMatchObject({ ok: false, message: expect.stringContaining('only linked') });
    expect(importAnnotations('text', smallArticle, smallGraph)).toMatchObject({ ok: false });
  });
});
