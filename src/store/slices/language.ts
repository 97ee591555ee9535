import type { Language } from '../../domain/languages';
import { t } from '../../i18n/core';
import type { MapTranslator } from '../../domain/mapTranslation';
import { translatesArticle } from '../../domain/relationTemplates';
import type { Graph, SphereDef } from '../../domain/schema';
import type { Tour } from '../../domain/tour';
import type { Translation } from '../../domain/translations';
import type { AppState, SliceCreator } from '../store';

/** The interface's language, and the project's translation of the article's map into it. */
export interface LanguageSlice {
  language: Language;
  /**
   * The project's translation of the article's map into `language` (data/translations), once loaded;
   * null in English. The map on screen is translated while it is the article's.
   */
  mapTranslation: MapTranslator | null;
  /** Shows the interface in `language`, with the article's map in its translation (if it has one). */
  setLanguage: (language: Language, mapTranslation: MapTranslator | null) => void;
}

type Translatable = Graph | readonly SphereDef[] | Tour;

/** Each translated graph, sphere list and tour on screen, with what it translates and how. */
const translations = new WeakMap<object, { source: object; translation: Translation }>();

/** What a translated graph, sphere list or tour translates: the map as written (itself if it is). */
export function sourceOf<T extends Translatable>(shown: T): T {
  return (translations.get(shown)?.source as T | undefined) ?? shown;
}

/** The translation the graph on screen is shown in; null when it is shown as written. */
export const shownTranslation = (s: Pick<AppState, 'graph'>): Translation | null =>
  translations.get(s.graph)?.translation ?? null;

/**
 * What a picture or a handout of the map says of its words when they are the project's translation:
 * one line ("Names, summaries and relations in Russian: the project's translation. Quotes: the
 * source's words."); none when the map is shown as written.
 */
export function translationNotes(s: Pick<AppState, 'graph'>): string[] {
  const translation = shownTranslation(s);
  return translation ? [t('common.translation.note', { language: translation.language })] : [];
}

/**
 * The state with the map as written in place of its translation on screen: what data files (a map
 * file, GEXF, GraphML, JSON, CSV, annotations, an offline page, a kept copy) hold, so the project's
 * translation never passes for the source's words in a file another tool or map reads.
 */
export function asWritten<S extends Pick<AppState, 'graph' | 'spheres' | 'tour'>>(s: S): S {
  if (!shownTranslation(s)) return s;
  return {
    ...s,
    graph: sourceOf(s.graph),
    spheres: sourceOf(s.spheres),
    tour: s.tour && sourceOf(s.tour),
  };
}

/** `shown` in `translation`: kept when it already is, translated again from its source otherwise. */
function inTranslation<T extends Translatable>(
  shown: T,
  translator: MapTranslator,
  translate: (source: T) => T,
): T {
  const { translation } = translator;
  if (translations.get(shown)?.translation === translation) return shown;
  const source = sourceOf(shown);
  const made = translate(source);
  translations.set(made, { source, translation });
  return made;
}

/** What decides the language of the map on screen. */
type MapInLanguage = Pick<
  AppState,
  'graph' | 'spheres' | 'tour' | 'mapTranslation' | 'origin' | 'article'
>;

/**
 * The changes that bring the map on screen into the state's language: the article's map in its
 * translation, any other map (or the article in English) as written. Null when it already is.
 */
export function languagePatch(s: MapInLanguage): Partial<AppState> | null {
  const t = s.mapTranslation && s.origin === 'article' && translatesArticle(s.article.id);
  // Nothing translated, nothing to translate: every change of the state comes here (a hover too).
  if (
    !t &&
    !translations.has(s.graph) &&
    !translations.has(s.spheres) &&
    !(s.tour && translations.has(s.tour))
  )
    return null;
  const patch: Partial<AppState> = {};
  const tr = s.mapTranslation!;
  const graph = t ? inTranslation(s.graph, tr, tr.graph) : sourceOf(s.graph);
  const spheres = t
    ? inTranslation<readonly SphereDef[]>(s.spheres, tr, tr.spheres)
    : sourceOf(s.spheres);
  const tour = s.tour && (t ? inTranslation(s.tour, tr, tr.tour) : sourceOf(s.tour));
  if (graph !== s.graph) patch.graph = graph;
  if (spheres !== s.spheres) patch.spheres = spheres;
  if (tour !== s.tour) patch.tour = tour;
  return Object.keys(patch).length ? patch : null;
}

export const createLanguageSlice: SliceCreator<LanguageSlice> = (set) => ({
  language: 'en',
  mapTranslation: null,
  // The map follows in the same set (inMapLanguage).
  setLanguage: (language, mapTranslation) => set({ language, mapTranslation }),
});

/**
 * Keeps the map on screen in the language with every change of the state, in the same `set`: an
 * import replaces the article (shown as written); "Back to the article" or the tour's loading bring
 * the article's words back in translation. Within the same set, so no listener ever sees the map in
 * the other language (a listener's own set would reach the later listeners after the first one).
 */
export function inMapLanguage(creator: SliceCreator<AppState>): SliceCreator<AppState> {
  return (set, get, api) => {
    type Partial_ = Parameters<typeof set>[0];
    const setInLanguage = ((partial: Partial_, replace?: boolean) =>
      set(
        (s) => {
          const change = typeof partial === 'function' ? partial(s) : partial;
          const field = <K extends keyof MapInLanguage>(k: K): AppState[K] =>
            change && Object.hasOwn(change, k) ? (change as AppState)[k] : s[k];
          const patch = languagePatch({
            graph: field('graph'),
            spheres: field('spheres'),
            tour: field('tour'),
            mapTranslation: field('mapTranslation'),
            origin: field('origin'),
            article: field('article'),
          });
          return patch ? { ...change, ...patch } : change;
        },
        replace as false | undefined,
      )) as typeof set;
    api.setState = setInLanguage;
    return creator(setInLanguage, get, api);
  };
}
