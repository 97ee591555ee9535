import { ATTRIBUTION_LABELS, STATUS_LABELS } from '../../../domain/palette';
import { claimSentence } from '../../../domain/relations';
import type { Attribution, EdgeStatus, GraphEdge, SphereDef } from '../../../domain/schema';
import { ATTRIBUTIONS, EDGE_STATUSES } from '../../../domain/vocabulary';
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
  if (draft.relation.trim() === '') return 'write what the relation is, such as “exports oil to”';
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
        Relation, read from “{source}” to “{target}”
        <input
          value={draft.relation}
          onChange={(e) => onChange({ ...draft, relation: e.target.value })}
          required
          maxLength={160}
          placeholder="develops oil fields in"
        />
      </label>
      <p className="au-sentence" aria-live="polite">
        Reads: {sentence}
      </p>
      <label>
        Status
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
        Whose claim
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
        Year (if the text gives one)
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
