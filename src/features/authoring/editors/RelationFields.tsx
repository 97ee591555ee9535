import { ATTRIBUTION_LABELS, STATUS_LABELS } from '../../../domain/palette';
import { claimSentence } from '../../../domain/relations';
import type { Attribution, EdgeStatus, GraphEdge, SphereDef } from '../../../domain/schema';
import { ATTRIBUTIONS, EDGE_STATUSES } from '../../../domain/vocabulary';
import { t as translate } from '../../../i18n/core';
import { useT } from '../../../i18n/react';
import { CategoryChoice, categoryProblem } from './fields';

/** What an author writes of a relation. */
export interface RelationDraft {
  relation: string;
  status: EdgeStatus;
  attribution: Attribution;
  domains: string[];
  /** As typed: empty for none. */
  year: string;
}

export const draftOf = (edge: GraphEdge): RelationDraft => ({
  relation: edge.relation,
  status: edge.status,
  attribution: edge.attribution ?? 'author',
  domains: [...edge.domains],
  year: edge.year === null ? '' : String(edge.year),
});

/**
 * What is missing from a relation's fields, said as the form names them (the schema's own words
 * would name its fields instead), or null.
 */
export function draftProblem(draft: RelationDraft): string | null {
  if (draft.relation.trim() === '') return translate('authoring.editor.relationNeeded');
  return categoryProblem(draft.domains);
}

/** The year typed, as the schema keeps it: a whole number, or null for none; undefined if not one. */
export function yearOf(text: string): number | null | undefined {
  const t = text.trim();
  if (t === '') return null;
  return /^-?\d{1,4}$/.test(t) ? Number(t) : undefined;
}

/**
 * The fields of a relation: its phrase (read as a sentence from source to target, shown as the
 * map will say it), status, whose claim it is, categories and year.
 */
export function RelationFields({
  draft,
  onChange,
  source,
  target,
  categories,
}: {
  draft: RelationDraft;
  onChange: (next: RelationDraft) => void;
  source: string;
  target: string;
  categories: readonly SphereDef[];
}) {
  const t = useT();
  const labels = new Map([
    ['source', source],
    ['target', target],
  ]);
  const sentence = claimSentence(
    {
      id: 'draft',
      source: 'source',
      target: 'target',
      relation: draft.relation.trim() || '…',
      domains: draft.domains,
      status: draft.status,
      attribution: draft.attribution,
      year: null,
      evidence: [],
    },
    labels,
  );
  return (
    <>
      <label>
        {t('authoring.editor.relation', { source, target })}
        <input
          value={draft.relation}
          onChange={(e) => onChange({ ...draft, relation: e.target.value })}
          required
          maxLength={160}
          placeholder={t('authoring.editor.relationExample')}
        />
      </label>
      <p className="au-sentence" aria-live="polite">
        {t('authoring.editor.reads', { sentence })}
      </p>
      <label>
        {t('authoring.editor.status')}
        <select
          value={draft.status}
          onChange={(e) => onChange({ ...draft, status: e.target.value as EdgeStatus })}
        >
          {EDGE_STATUSES.map((s) => (
            <option key={s} value={s}>
              {STATUS_LABELS[s]}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('authoring.editor.whoseClaim')}
        <select
          value={draft.attribution}
          onChange={(e) => onChange({ ...draft, attribution: e.target.value as Attribution })}
        >
          {ATTRIBUTIONS.map((a) => (
            <option key={a} value={a}>
              {ATTRIBUTION_LABELS[a]}
            </option>
          ))}
        </select>
      </label>
      <CategoryChoice
        categories={categories}
        chosen={draft.domains}
        onChange={(domains) => onChange({ ...draft, domains })}
      />
      <label>
        {t('authoring.editor.year')}
        <input
          inputMode="numeric"
          value={draft.year}
          onChange={(e) => onChange({ ...draft, year: e.target.value })}
          size={6}
        />
      </label>
    </>
  );
}
