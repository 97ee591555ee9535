/**
 * Relations as the project's translations write them (sentences with `{source}` and `{target}`),
 * and which map those translations are of: the article's. Zod-free and small, for the first view;
 * the translating itself is in mapTranslation.ts, loaded with a translation.
 */

/** The article the project's translations are of. */
export const ARTICLE_ID = 'community-of-shared-future';

/**
 * A relation as a translation gives it: a sentence with `{source}` and `{target}` in its own word
 * order ("{source}提出并推动{target}理念"). An English relation is a phrase between its ends.
 */
export const SOURCE = '{source}';
export const TARGET = '{target}';

/** Whether a relation is a translated sentence template rather than a phrase between the ends. */
export const isTemplate = (relation: string) =>
  relation.includes(SOURCE) && relation.includes(TARGET);

/** A relation's words without its ends, for a label on its line: "提出并推动…理念". */
export function relationPhrase(relation: string): string {
  if (!isTemplate(relation)) return relation;
  const s = relation.trim();
  const start = s.startsWith(SOURCE) ? SOURCE.length : 0;
  const end = s.endsWith(TARGET) ? s.length - TARGET.length : s.length;
  return s.slice(start, end).replaceAll(SOURCE, '…').replaceAll(TARGET, '…').trim();
}

/** A relation read as a sentence with its ends' names, in the order its language puts them. */
export function fillRelation(relation: string, source: string, target: string): string {
  if (!isTemplate(relation)) return `${source} ${relation} ${target}`;
  // One pass, so a name that itself contains "{target}" is not filled again.
  return relation.replace(/\{source\}|\{target\}/g, (m) => (m === SOURCE ? source : target));
}

/** Whether a translation is of this map: the article's, not an import or a map of one's own. */
export const translatesArticle = (articleId: string) => articleId === ARTICLE_ID;
