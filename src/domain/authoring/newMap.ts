import { ARTICLE_SPHERES } from '../palette';
import type { Article, Graph, Positions, SphereDef } from '../schema';
import { buildArticle, type ExtractedText } from './article';
import { PASTED } from './readSource';
import { t } from '../../i18n/core';

/** What the "New map" dialog asks about a text; the file's own details fill them in first. */
export interface NewMapDetails {
  title: string;
  author: string;
  date: string;
  /** A web address, or nothing (the file's name, or "Pasted text", is the source then). */
  source: string;
}

/** A detail that cannot be taken, and why. */
export interface DetailProblem {
  field: keyof NewMapDetails;
  message: string;
}

/**
 * A new map: its text, no node or relation yet, and the article's four spheres as categories (in
 * the interface's language).
 */
export interface NewMapDataset {
  article: Article;
  graph: Graph;
  positions: Positions;
  spheres: readonly SphereDef[];
}

/**
 * When the file does not say who wrote it (the article must name an author): said in the
 * interface's language, which is the map's own from then on (a map keeps its single language).
 */
export const unknownAuthor = (): string => t('authoring.newMap.unknownAuthor');

/**
 * A new map's categories: the article's four spheres, named in the interface's language (the
 * glossary's names), for the author to rename as the text needs.
 */
export const newMapSpheres = (): SphereDef[] =>
  ARTICLE_SPHERES.map((s) => ({ ...s, label: t('authoring.newMap.sphere', { sphere: s.id }) }));
/** BCP 47's "undetermined" language, when the file states none. */
export const UNKNOWN_LANGUAGE = 'und';

/** The details as the text states them, for the dialog to show and let the user change. */
export function detailsOf(text: ExtractedText): NewMapDetails {
  return {
    title: text.meta.title ?? '',
    author: text.meta.author ?? '',
    date: text.meta.date ?? '',
    source: text.meta.source ?? '',
  };
}

const isWebAddress = (value: string) => {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
};

/** What is wrong with the details given, field by field (none when they can be taken). */
export function detailProblems(details: NewMapDetails): DetailProblem[] {
  const problems: DetailProblem[] = [];
  if (details.title.trim() === '')
    problems.push({ field: 'title', message: t('authoring.newMap.titleNeeded') });
  const source = details.source.trim();
  if (source !== '' && !isWebAddress(source))
    problems.push({
      field: 'source',
      message: t('authoring.newMap.notWebAddress', { source: source.slice(0, 80) }),
    });
  return problems;
}

/**
 * The dataset of a new map of `text`: the article built with stable block ids (as the built-in
 * one's), the details given (an unknown author said as such), and an empty graph.
 */
export function newMapDataset(
  text: ExtractedText,
  details: NewMapDetails,
  /** The language when the text states none (the dialog gives the browser's). */
  language = UNKNOWN_LANGUAGE,
): { ok: true; dataset: NewMapDataset } | { ok: false; problems: DetailProblem[] } {
  const problems = detailProblems(details);
  if (problems.length > 0) return { ok: false, problems };
  const result = buildArticle(text, {
    title: details.title.trim(),
    author: details.author.trim() || unknownAuthor(),
    language: text.meta.language ?? language,
    source:
      details.source.trim() ||
      (text.file === PASTED ? t('authoring.newMap.pastedText') : text.file),
  });
  // Every detail buildArticle needs is given above.
  if (!result.ok) throw new Error(`missing ${result.missing.join(', ')}`);
  const date = details.date.trim();
  const article: Article = date ? { ...result.article, date } : result.article;
  return {
    ok: true,
    dataset: { article, graph: { nodes: [], edges: [] }, positions: {}, spheres: newMapSpheres() },
  };
}
