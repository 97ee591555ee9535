/**
 * The project's translations of the article's map (data/translations/*.json) and the glossary that
 * keeps their terms consistent (data/glossary.json): the schemas, and the checks `npm run validate`
 * runs (docs/translations.md). Quotes are never translated in place: the evidence stays the source's
 * words, and a quote's translation, when the file gives one, is shown under it, marked as the project's.
 */
import { z } from 'zod';
import { SPHERE_LABELS } from './palette';
import type { Graph } from './schema';
import type { Tour } from './tour';
import { MAX_NOTES_LENGTH, pointedBlocks, pointerOf } from './speakerNotes';
import { pathOf, type Problem } from './validate';
import { NODE_KINDS, SPHERES } from './vocabulary';

import { TRANSLATED, type TranslatedLanguage } from './languages';

export { LANGUAGES, TRANSLATED, type Language, type TranslatedLanguage } from './languages';

const text = z.string().trim().min(1);

export const nodeTranslationSchema = z.strictObject({
  label: text,
  /** The names a reader of this language would search for; the label among them. */
  aliases: z.array(text).min(1, 'at least one alias'),
  summary: text,
});
export type NodeTranslation = z.infer<typeof nodeTranslationSchema>;

export const edgeTranslationSchema = z.strictObject({
  /** The relation as a sentence with `{source}` and `{target}` once each, names in the nominative. */
  sentence: text,
});
export type EdgeTranslation = z.infer<typeof edgeTranslationSchema>;

export const kindTranslationSchema = z.strictObject({ label: text, plural: text });

export const tourStepTranslationSchema = z.strictObject({
  title: text,
  caption: text,
  /** The step's speaker notes, when the English step has some: the same ¶ pointers, quotes in English. */
  notes: text.max(MAX_NOTES_LENGTH).optional(),
});
export type TourStepTranslation = z.infer<typeof tourStepTranslationSchema>;

export const tourTranslationSchema = z.strictObject({
  title: text,
  steps: z.record(z.string(), tourStepTranslationSchema),
});

export const translationSchema = z.strictObject({
  language: z.enum(TRANSLATED),
  /** The language's name in itself, for a language menu. */
  name: text,
  /** How the interface marks the text as the project's translation, in this language. */
  marker: text,
  spheres: z.record(z.string(), z.strictObject({ label: text })),
  kinds: z.record(z.string(), kindTranslationSchema),
  nodes: z.record(z.string(), nodeTranslationSchema),
  edges: z.record(z.string(), edgeTranslationSchema),
  tour: tourTranslationSchema,
  /**
   * Translations of the evidence's quotes, by the quote exactly as the map gives it in English: shown
   * under the quote, never in its place. Optional, quote by quote.
   */
  quotes: z.record(z.string(), text).optional(),
});
export type Translation = z.infer<typeof translationSchema>;

export const glossaryEntrySchema = z.strictObject({
  en: text,
  ru: text,
  kk: text,
  zh: text,
  note: text.optional(),
});
export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;

export const glossarySchema = z.strictObject({
  terms: z.array(glossaryEntrySchema).min(1),
});
export type Glossary = z.infer<typeof glossarySchema>;

/** Where each file lives, for the problems' `file`. */
export function translationFile(lang: TranslatedLanguage): string {
  return `data/translations/${lang}.json`;
}
export const GLOSSARY_FILE = 'data/glossary.json';

/** The number of times `needle` occurs in `haystack`. */
function occurrences(haystack: string, needle: string): number {
  return haystack.split(needle).length - 1;
}

const fold = (s: string) => s.trim().toLocaleLowerCase();

/** What is checked: the English map and tour, the glossary, and each language's file as read. */
export interface TranslationInputs {
  graph: Graph;
  tour: Tour;
  glossary: unknown;
  translations: Readonly<Record<TranslatedLanguage, unknown>>;
}

/**
 * Checks the glossary and every language's translation against the English map and tour: the
 * schema, one translation for each node, edge, sphere, kind and tour step and none for an unknown
 * id, templates with `{source}` and `{target}` once, aliases that include the label, glossary
 * terms translated one way only (node labels and sphere names follow the glossary), and a tour
 * step's notes translated exactly when the English step has notes, pointing at the same ¶ blocks
 * (in any order: a language orders its sentences its own way), and quote translations only of
 * quotes the map has, each different from the English and with the inner quotation marks for the
 * quotes inside it („…“ in Russian and Kazakh, ‘…’ in Chinese: the app shows it in «…» or “…”).
 * Returns every
 * problem found. One pass over each list: linear in the size of the data.
 */
export function validateTranslations(inputs: TranslationInputs): Problem[] {
  const problems: Problem[] = [];
  const glossary = glossarySchema.safeParse(inputs.glossary);
  if (!glossary.success)
    for (const issue of glossary.error.issues)
      problems.push({ file: GLOSSARY_FILE, path: pathOf(issue.path), message: issue.message });
  const terms = glossary.success ? glossaryProblems(glossary.data, problems) : new Map();

  for (const lang of TRANSLATED) {
    const file = translationFile(lang);
    const parsed = translationSchema.safeParse(inputs.translations[lang]);
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        problems.push({ file, path: pathOf(issue.path), message: issue.message });
      continue;
    }
    if (parsed.data.language !== lang)
      problems.push({
        file,
        path: '$.language',
        message: `language "${parsed.data.language}" in the file for "${lang}"`,
      });
    problems.push(...translationProblems(parsed.data, lang, inputs, terms));
  }
  return problems;
}

/** The glossary's terms by folded English; a term given two ways in a language is a problem. */
function glossaryProblems(glossary: Glossary, problems: Problem[]): Map<string, GlossaryEntry> {
  const terms = new Map<string, GlossaryEntry>();
  glossary.terms.forEach((entry, i) => {
    const key = fold(entry.en);
    const earlier = terms.get(key);
    if (!earlier) {
      terms.set(key, entry);
      return;
    }
    for (const lang of TRANSLATED)
      if (fold(earlier[lang]) !== fold(entry[lang]))
        problems.push({
          file: GLOSSARY_FILE,
          path: `$.terms[${i}].${lang}`,
          message: `"${entry.en}" is translated two ways: "${earlier[lang]}" and "${entry[lang]}"`,
        });
  });
  return terms;
}

/** Ids that must be translated, ids that are: each missing one and each unknown one is a problem. */
function coverage(
  file: string,
  at: string,
  what: string,
  expected: readonly string[],
  given: Readonly<Record<string, unknown>>,
  problems: Problem[],
): void {
  const known = new Set(expected);
  for (const id of expected)
    if (!Object.hasOwn(given, id))
      problems.push({ file, path: at, message: `no translation of ${what} "${id}"` });
  for (const id of Object.keys(given))
    if (!known.has(id))
      problems.push({
        file,
        path: `${at}.${id}`,
        message: `translation of an unknown ${what} "${id}"`,
      });
}

function translationProblems(
  t: Translation,
  lang: TranslatedLanguage,
  { graph, tour }: TranslationInputs,
  terms: ReadonlyMap<string, GlossaryEntry>,
): Problem[] {
  const file = translationFile(lang);
  const problems: Problem[] = [];
  coverage(file, '$.spheres', 'sphere', SPHERES, t.spheres, problems);
  coverage(file, '$.kinds', 'kind', NODE_KINDS, t.kinds, problems);
  coverage(
    file,
    '$.nodes',
    'node',
    graph.nodes.map((n) => n.id),
    t.nodes,
    problems,
  );
  coverage(
    file,
    '$.edges',
    'relation',
    graph.edges.map((e) => e.id),
    t.edges,
    problems,
  );
  coverage(
    file,
    '$.tour.steps',
    'tour step',
    tour.steps.map((s) => s.id),
    t.tour.steps,
    problems,
  );

  problems.push(...notesProblems(t, lang, tour));
  problems.push(...quoteProblems(t, lang, graph));

  for (const [id, edge] of Object.entries(t.edges))
    for (const placeholder of ['{source}', '{target}']) {
      const n = occurrences(edge.sentence, placeholder);
      if (n !== 1)
        problems.push({
          file,
          path: pathOf(['edges', id, 'sentence']),
          message: `the template has ${placeholder} ${n} times, not once`,
        });
    }

  // A node or sphere whose English name is a glossary term is named as the glossary says.
  const asGlossary = (path: string, english: string | undefined, translated: string) => {
    const term = english === undefined ? undefined : terms.get(fold(english));
    if (term && fold(term[lang]) !== fold(translated))
      problems.push({
        file,
        path,
        message: `"${english}" is "${term[lang]}" in the glossary, not "${translated}"`,
      });
  };
  const english = new Map(graph.nodes.map((n) => [n.id, n.label]));
  for (const [id, node] of Object.entries(t.nodes)) {
    const aliases = new Set(node.aliases.map(fold));
    if (!aliases.has(fold(node.label)))
      problems.push({
        file,
        path: pathOf(['nodes', id, 'aliases']),
        message: `the aliases do not include the label "${node.label}"`,
      });
    asGlossary(pathOf(['nodes', id, 'label']), english.get(id), node.label);
  }
  const sphereNames: Readonly<Record<string, string>> = SPHERE_LABELS;
  for (const [id, sphere] of Object.entries(t.spheres))
    asGlossary(pathOf(['spheres', id, 'label']), sphereNames[id], sphere.label);
  return problems;
}

/** The English tour's notes against the translation's: present where they are, on the same blocks. */
function notesProblems(t: Translation, lang: TranslatedLanguage, tour: Tour): Problem[] {
  const file = translationFile(lang);
  const problems: Problem[] = [];
  const named = (blocks: readonly string[]) => blocks.map(pointerOf).join(', ');
  for (const step of tour.steps) {
    const tr = t.tour.steps[step.id];
    if (!tr) continue; // reported by the coverage check
    const english = step.notes?.trim() ? step.notes : undefined;
    const path = pathOf(['tour', 'steps', step.id, 'notes']);
    if (english === undefined) {
      if (tr.notes !== undefined)
        problems.push({
          file,
          path,
          message: `notes for tour step "${step.id}", which has none in English`,
        });
      continue;
    }
    if (tr.notes === undefined) {
      problems.push({
        file,
        path: pathOf(['tour', 'steps', step.id]),
        message: `no translation of the notes of tour step "${step.id}"`,
      });
      continue;
    }
    const given = new Set(pointedBlocks(tr.notes));
    const expected = pointedBlocks(english);
    const missing = expected.filter((b) => !given.has(b));
    const extra = [...given].filter((b) => !expected.includes(b));
    if (missing.length > 0)
      problems.push({
        file,
        path,
        message: `the notes do not point at ${named(missing)} as the English do`,
      });
    if (extra.length > 0)
      problems.push({
        file,
        path,
        message: `the notes point at ${named(extra)}, which the English do not`,
      });
  }
  return problems;
}

/** The quotes of the map's evidence, each once. */
export function quotesOf(graph: Graph): Set<string> {
  const quotes = new Set<string>();
  for (const element of [...graph.nodes, ...graph.edges])
    for (const ev of element.evidence) quotes.add(ev.quote);
  return quotes;
}

/** The quotation marks a language's quote translation is shown in (`q`), so not to be used inside. */
const OUTER_MARKS: Record<TranslatedLanguage, { outer: string; inner: string }> = {
  ru: { outer: '«', inner: '„…“' },
  kk: { outer: '«', inner: '„…“' },
  zh: { outer: '“', inner: '‘…’' },
};

/**
 * A translation of a quote the map does not have (a quote curated since, or a typo in the key) is
 * never shown: it is a problem, as is a "translation" that repeats the English.
 */
function quoteProblems(t: Translation, lang: TranslatedLanguage, graph: Graph): Problem[] {
  if (!t.quotes) return [];
  const file = translationFile(lang);
  const known = quotesOf(graph);
  const problems: Problem[] = [];
  for (const [quote, translated] of Object.entries(t.quotes)) {
    const path = pathOf(['quotes', quote]);
    if (!known.has(quote))
      problems.push({ file, path, message: `a translation of a quote the map does not have` });
    else if (fold(translated) === fold(quote))
      problems.push({ file, path, message: 'the translation repeats the English quote' });
    else if (translated.includes(OUTER_MARKS[lang].outer))
      problems.push({
        file,
        path,
        message: `the translation has ${OUTER_MARKS[lang].outer}…: the app puts it in those marks, so quotes inside it are ${OUTER_MARKS[lang].inner}`,
      });
  }
  return problems;
}

/** How much each language's file translates, for `npm run validate` to print. */
export function translationCounts(t: Translation, graph: Graph): string {
  const steps = Object.values(t.tour.steps);
  const notes = steps.filter((s) => s.notes !== undefined).length;
  const quotes = quotesOf(graph);
  const given = Object.keys(t.quotes ?? {}).filter((q) => quotes.has(q)).length;
  return `${t.language}: ${Object.keys(t.nodes).length} nodes, ${Object.keys(t.edges).length} relations, ${Object.keys(t.spheres).length} spheres, ${Object.keys(t.kinds).length} kinds, ${steps.length} tour steps (${notes} with notes), ${given} of ${quotes.size} quotes`;
}
