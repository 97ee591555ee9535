import type { ElementRef } from '../evidence';
import type { Article, Evidence, Graph } from '../schema';
import { quoteRange } from './quotes';
import { ArticleText } from './textPositions';
import { t } from '../../i18n/core';

/** The JSON-LD context of the W3C Web Annotation Data Model. */
export const ANNOTATION_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

/** Characters of context kept on each side of a quote (`prefix`, `suffix`). */
export const CONTEXT_LENGTH = 32;

export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}
export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}
export type AnnotationBody =
  | { type: 'SpecificResource'; purpose: 'identifying'; source: string }
  | { type: 'TextualBody'; purpose: 'tagging' | 'describing'; value: string; format: 'text/plain' };

export interface WebAnnotation {
  id: string;
  type: 'Annotation';
  motivation: 'linking';
  body: AnnotationBody[];
  target: { source: string; selector: [TextQuoteSelector, TextPositionSelector] };
}

export interface AnnotationCollection {
  '@context': typeof ANNOTATION_CONTEXT;
  id: string;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  first: { id: string; type: 'AnnotationPage'; startIndex: 0; items: WebAnnotation[] };
}

/** The IRI the annotations target: the article's web address, or a URN naming it. */
export function textIri(article: Article): string {
  return /^https?:\/\/\S/i.test(article.source)
    ? article.source
    : `urn:silkgraph:text:${article.id}`;
}

/** The IRI that names a node or a relation of the map of an article. */
export function elementIri(article: Article, element: ElementRef): string {
  return `urn:silkgraph:${article.id}:${element.type}:${element.id}`;
}

/** The node or relation an IRI of `elementIri` names, or null for any other IRI. */
export function elementOfIri(iri: string): ElementRef | null {
  if (!iri.startsWith('urn:silkgraph:')) return null;
  const parts = iri.split(':');
  const type = parts[parts.length - 2];
  const id = parts[parts.length - 1];
  return (type === 'node' || type === 'edge') && id ? { type, id } : null;
}

/** A cut of the text that does not split a surrogate pair. */
function cut(text: string, start: number, end: number): string {
  const s = Math.max(0, start);
  const from = s > 0 && /[\uDC00-\uDFFF]/.test(text[s] ?? '') ? s + 1 : s;
  const e = Math.min(text.length, end);
  const to = e < text.length && /[\uDC00-\uDFFF]/.test(text[e] ?? '') ? e - 1 : e;
  return text.slice(from, Math.max(from, to));
}

/**
 * The evidence of a map as a W3C Web Annotation collection (JSON-LD), which Recogito and Hypothesis
 * read: one annotation per passage, targeting the text with a TextQuoteSelector (the quote and 32
 * characters each side) and a TextPositionSelector (code points in the whole text, the blocks joined
 * with `\n`), its body naming the node or relation (an identifying IRI, its label as a tag, and for a
 * relation the sentence it reads as). Evidence whose quote is not in its block is left out.
 */
export function exportAnnotations(article: Article, graph: Graph): AnnotationCollection {
  const whole = new ArticleText(article);
  const blocks = new Map(article.blocks.map((b) => [b.id, b.text]));
  const labels = new Map(graph.nodes.map((n) => [n.id, n.label]));
  const items: WebAnnotation[] = [];
  const add = (
    element: ElementRef,
    label: string,
    evidence: readonly Evidence[],
    sentence?: string,
  ) =>
    evidence.forEach((ev, i) => {
      const blockText = blocks.get(ev.block);
      const range = blockText === undefined ? null : quoteRange(blockText, ev.quote);
      if (!range) return;
      const start = whole.blockStart(ev.block)! + range.start;
      const end = start + ev.quote.length;
      const iri = elementIri(article, element);
      const body: AnnotationBody[] = [
        { type: 'SpecificResource', purpose: 'identifying', source: iri },
        { type: 'TextualBody', purpose: 'tagging', value: label, format: 'text/plain' },
      ];
      if (sentence)
        body.push({
          type: 'TextualBody',
          purpose: 'describing',
          value: sentence,
          format: 'text/plain',
        });
      items.push({
        id: `${iri}:evidence:${i + 1}`,
        type: 'Annotation',
        motivation: 'linking',
        body,
        target: {
          source: textIri(article),
          selector: [
            {
              type: 'TextQuoteSelector',
              exact: ev.quote,
              prefix: cut(whole.text, start - CONTEXT_LENGTH, start),
              suffix: cut(whole.text, end, end + CONTEXT_LENGTH),
            },
            {
              type: 'TextPositionSelector',
              start: whole.toCodePoints(start),
              end: whole.toCodePoints(end),
            },
          ],
        },
      });
    });
  for (const node of graph.nodes) add({ type: 'node', id: node.id }, node.label, node.evidence);
  for (const edge of graph.edges)
    add(
      { type: 'edge', id: edge.id },
      edge.relation,
      edge.evidence,
      `${labels.get(edge.source) ?? edge.source} ${edge.relation} ${labels.get(edge.target) ?? edge.target}`,
    );
  const id = `urn:silkgraph:${article.id}:annotations`;
  return {
    '@context': ANNOTATION_CONTEXT,
    id,
    type: 'AnnotationCollection',
    label: t('authoring.annotations.label', { title: article.title }),
    total: items.length,
    first: { id: `${id}:page:1`, type: 'AnnotationPage', startIndex: 0, items },
  };
}
