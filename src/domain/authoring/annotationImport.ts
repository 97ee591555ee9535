import type { ElementRef } from '../evidence';
import type { Article, Evidence, Graph } from '../schema';
import { checkGraph, newEvidence, type EditContext, type EditResult } from './editResult';
import { ArticleText } from './textPositions';
import { elementOfIri } from './webAnnotations';
import { formatNumber, t } from '../../i18n/core';

/** Above this many occurrences a quote is not searched for: it names no one place in the text. */
const MAX_CANDIDATES = 10_000;

/** A passage an annotation gives as evidence of a node or a relation of the map. */
export interface ImportedEvidence {
  /** The annotation's position in the file (0-based). */
  annotation: number;
  element: ElementRef;
  evidence: Evidence;
}

/** An annotation that gives no evidence, and why. */
export interface UnresolvedAnnotation {
  annotation: number;
  id?: string;
  reason: string;
}

export type AnnotationImport =
  | { ok: true; resolved: ImportedEvidence[]; unresolved: UnresolvedAnnotation[] }
  | { ok: false; message: string };

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const list = (v: unknown): unknown[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
const typeOf = (v: Json): string[] =>
  list(v.type).filter((t): t is string => typeof t === 'string');

/** The annotations of a file: a collection with its first page embedded, a page, a list, or one. */
function annotationsOf(json: unknown): { items: unknown[]; morePages: boolean } | string {
  if (Array.isArray(json)) return { items: json, morePages: false };
  if (!isObject(json)) return t('authoring.import.notObject');
  const types = typeOf(json);
  if (types.includes('Annotation')) return { items: [json], morePages: false };
  const page = types.includes('AnnotationCollection') ? json.first : json;
  if (typeof page === 'string') return t('authoring.import.linkedPage');
  if (!isObject(page) || !Array.isArray(page.items)) return t('authoring.import.noAnnotations');
  return { items: page.items, morePages: page.next !== undefined };
}

/** The ids of a map's nodes and relations, to look names up in. */
interface MapIds {
  node: Set<string>;
  edge: Set<string>;
}

/** The node or relation an annotation's bodies name, or why none. */
function elementOf(annotation: Json, ids: MapIds): ElementRef | string {
  for (const body of list(annotation.body)) {
    const iri =
      typeof body === 'string' ? body : isObject(body) ? (body.source ?? body.id) : undefined;
    const element = typeof iri === 'string' ? elementOfIri(iri) : null;
    if (!element) continue;
    return ids[element.type].has(element.id)
      ? element
      : t('authoring.import.unknownElement', { type: element.type, id: element.id });
  }
  return t('authoring.import.noElement');
}

interface Selectors {
  quote?: { exact: string; prefix: string; suffix: string };
  position?: { start: number; end: number };
}

function selectorsOf(annotation: Json): Selectors {
  const found: Selectors = {};
  for (const target of list(annotation.target))
    for (const selector of isObject(target) ? list(target.selector) : []) {
      if (!isObject(selector)) continue;
      const types = typeOf(selector);
      const { exact, prefix, suffix, start, end } = selector;
      if (types.includes('TextQuoteSelector') && typeof exact === 'string' && exact !== '')
        found.quote ??= {
          exact,
          prefix: typeof prefix === 'string' ? prefix : '',
          suffix: typeof suffix === 'string' ? suffix : '',
        };
      if (
        types.includes('TextPositionSelector') &&
        Number.isInteger(start) &&
        Number.isInteger(end) &&
        (start as number) >= 0 &&
        (end as number) > (start as number)
      )
        found.position ??= { start: start as number, end: end as number };
    }
  return found;
}

/** How many characters two strings share at their ends (`fromEnd`) or their starts. */
function shared(a: string, b: string, fromEnd: boolean): number {
  let n = 0;
  const max = Math.min(a.length, b.length);
  while (n < max && (fromEnd ? a[a.length - 1 - n] === b[b.length - 1 - n] : a[n] === b[n])) n++;
  return n;
}

/**
 * Where selectors place a passage in the whole text (code units), or why they place it nowhere:
 * the position first when the text there is the quote (or there is no quote), then the quote's
 * occurrence whose surroundings best match its prefix and suffix.
 */
function locate(whole: ArticleText, s: Selectors): { start: number; end: number } | string {
  if (s.position) {
    const start = whole.toCodeUnits(s.position.start);
    const end = whole.toCodeUnits(s.position.end);
    if (!s.quote)
      return end <= whole.text.length && start < end
        ? { start, end }
        : t('authoring.import.outside');
    if (whole.text.slice(start, end) === s.quote.exact) return { start, end };
  }
  if (!s.quote) return t('authoring.import.noSelector');
  const { exact, prefix, suffix } = s.quote;
  let best: { start: number; score: number; tie: boolean } | null = null;
  let count = 0;
  for (let at = whole.text.indexOf(exact); at !== -1; at = whole.text.indexOf(exact, at + 1)) {
    if (++count > MAX_CANDIDATES)
      return t('authoring.import.tooMany', { max: formatNumber(MAX_CANDIDATES) });
    const before = whole.text.slice(Math.max(0, at - prefix.length), at);
    const after = whole.text.slice(at + exact.length, at + exact.length + suffix.length);
    const score = shared(before, prefix, true) + shared(after, suffix, false);
    if (!best || score > best.score) best = { start: at, score, tie: false };
    else if (score === best.score) best.tie = true;
  }
  if (!best) return t('authoring.import.notInText');
  if (best.tie) return t('authoring.import.ambiguous', { count });
  return { start: best.start, end: best.start + exact.length };
}

/**
 * Reads W3C Web Annotations on the same text back as evidence: each annotation's body must name a
 * node or relation of the map (as `exportAnnotations` writes it), and its selectors a place in the
 * text, which becomes one `{block, quote}` per block it touches. Every annotation that gives none is
 * reported with the reason; none is dropped silently.
 */
export function importAnnotations(json: unknown, article: Article, graph: Graph): AnnotationImport {
  const found = annotationsOf(json);
  if (typeof found === 'string') return { ok: false, message: found };
  const whole = new ArticleText(article);
  const ids: MapIds = {
    node: new Set(graph.nodes.map((n) => n.id)),
    edge: new Set(graph.edges.map((e) => e.id)),
  };
  const resolved: ImportedEvidence[] = [];
  const unresolved: UnresolvedAnnotation[] = [];
  found.items.forEach((item, annotation) => {
    const id = isObject(item) && typeof item.id === 'string' ? item.id : undefined;
    const fail = (reason: string) =>
      unresolved.push(id === undefined ? { annotation, reason } : { annotation, id, reason });
    if (!isObject(item) || !typeOf(item).includes('Annotation'))
      return fail(t('authoring.import.notAnnotation'));
    const element = elementOf(item, ids);
    if (typeof element === 'string') return fail(element);
    const place = locate(whole, selectorsOf(item));
    if (typeof place === 'string') return fail(place);
    const evidence = whole.evidenceOf(article, place.start, place.end);
    if (evidence.length === 0) return fail(t('authoring.import.whitespace'));
    for (const ev of evidence) resolved.push({ annotation, element, evidence: ev });
  });
  if (found.morePages)
    unresolved.push({
      annotation: found.items.length,
      reason: t('authoring.import.morePages'),
    });
  return { ok: true, resolved, unresolved };
}

/**
 * Adds imported evidence to the map's nodes and relations, in one checked edit; passages an element
 * already has are counted, not added again.
 */
export function applyImportedEvidence(
  graph: Graph,
  context: EditContext,
  imported: readonly ImportedEvidence[],
): EditResult<{ added: number; alreadyThere: number }> {
  const byElement = new Map<string, Evidence[]>();
  for (const { element, evidence } of imported) {
    const key = `${element.type}:${element.id}`;
    const items = byElement.get(key);
    if (items) items.push(evidence);
    else byElement.set(key, [evidence]);
  }
  let added = 0;
  const withMore = <T extends { id: string; evidence: Evidence[] }>(type: string, item: T): T => {
    const more = byElement.get(`${type}:${item.id}`);
    if (!more) return item;
    const fresh = newEvidence(item.evidence, more);
    added += fresh.length;
    return fresh.length === 0 ? item : { ...item, evidence: [...item.evidence, ...fresh] };
  };
  const next: Graph = {
    ...graph,
    nodes: graph.nodes.map((n) => withMore('node', n)),
    edges: graph.edges.map((e) => withMore('edge', e)),
  };
  return checkGraph(next, context, { added, alreadyThere: imported.length - added });
}
