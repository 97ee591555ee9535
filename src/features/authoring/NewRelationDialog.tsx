import { useId, useState, type FormEvent } from 'react';
import { ModalDialog } from '../../components/ModalDialog';
import { addRelation } from '../../domain/authoring/relationEdits';
import type { Evidence } from '../../domain/schema';
import { useT } from '../../i18n/react';
import { useApp, useAppStore } from '../../store/context';
import { FormProblem } from './editors/fields';
import { RelationFields, draftProblem, yearOf, type RelationDraft } from './editors/RelationFields';

/**
 * "New relation…": its two ends chosen among the map's nodes, its phrase read from one to the
 * other, status, whose claim, categories and year; it rests on the passages selected.
 */
export function NewRelationDialog({
  evidence,
  onClose,
}: {
  evidence: readonly Evidence[];
  onClose: () => void;
}) {
  const t = useT();
  const store = useAppStore();
  const categories = useApp((s) => s.spheres);
  const nodes = useApp((s) => s.graph.nodes);
  const selection = useApp((s) => s.selection);
  const sorted = [...nodes].sort((a, b) => a.label.localeCompare(b.label));
  const listId = useId();
  const selectedLabel =
    selection?.type === 'node' ? (nodes.find((n) => n.id === selection.id)?.label ?? '') : '';
  // Each end is searched for by name, as in the search box: a label, or a name the text also uses.
  const [sourceText, setSourceText] = useState(selectedLabel);
  const [targetText, setTargetText] = useState('');
  const find = (text: string) => {
    const wanted = text.trim().toLowerCase();
    if (!wanted) return undefined;
    return (
      nodes.find((n) => n.label.toLowerCase() === wanted) ??
      nodes.find((n) => n.aliases.some((a) => a.toLowerCase() === wanted))
    );
  };
  const source = find(sourceText)?.id ?? '';
  const target = find(targetText)?.id ?? '';
  const [draft, setDraft] = useState<RelationDraft>(() => ({
    relation: '',
    status: 'established',
    attribution: 'author',
    domains: categories.slice(0, 1).map((c) => c.id),
    year: '',
  }));
  const [problem, setProblem] = useState<string | null>(null);
  const label = (id: string) => nodes.find((n) => n.id === id)?.label ?? '…';

  const create = (e: FormEvent) => {
    e.preventDefault();
    for (const [end, text, id] of [
      ['from', sourceText, source],
      ['to', targetText, target],
    ] as const)
      if (!id)
        return setProblem(
          text.trim()
            ? t('authoring.newRelation.noSuchNode', { end, name: text.trim() })
            : t('authoring.newRelation.chooseEnd', { end }),
        );
    if (source === target)
      return setProblem(t('authoring.newRelation.sameNode', { name: label(source) }));
    const missing = draftProblem(draft);
    if (missing) return setProblem(t('authoring.newRelation.notMade', { problem: missing }));
    const year = yearOf(draft.year);
    if (year === undefined) return setProblem(t('authoring.newRelation.year'));
    const result = store.getState().applyEdit((g, context) =>
      addRelation(g, context, {
        source,
        target,
        relation: draft.relation,
        evidence,
        domains: draft.domains,
        status: draft.status,
        attribution: draft.attribution,
        year,
      }),
    );
    if (!result.ok)
      return setProblem(t('authoring.newRelation.notMade', { problem: result.problem.message }));
    store.getState().selectElement({ type: 'edge', id: result.id });
    onClose();
  };

  const nodeSearch = (name: string, value: string, onChange: (text: string) => void) => (
    <label>
      {name}
      <input
        type="search"
        list={listId}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        required
        autoComplete="off"
        placeholder={t('authoring.newRelation.search')}
      />
    </label>
  );

  return (
    <ModalDialog title={t('authoring.newRelation.title')} className="au-dialog" onClose={onClose}>
      {nodes.length < 2 ? (
        <p>{t('authoring.newRelation.tooFew')}</p>
      ) : (
        <form className="au-form" aria-label={t('authoring.newRelation.title')} onSubmit={create}>
          {nodeSearch(t('authoring.newRelation.from'), sourceText, setSourceText)}
          {nodeSearch(t('authoring.newRelation.to'), targetText, setTargetText)}
          <datalist id={listId}>
            {sorted.map((n) => (
              <option key={n.id} value={n.label} />
            ))}
          </datalist>
          <RelationFields
            draft={draft}
            onChange={setDraft}
            source={label(source)}
            target={label(target)}
            categories={categories}
          />
          <section aria-label={t('authoring.newRelation.evidence')}>
            <h3 className="au-subhead">{t('authoring.newRelation.evidence')}</h3>
            <ul className="au-quotes">
              {evidence.map((ev) => (
                <li key={`${ev.block}:${ev.quote}`}>
                  <q>{ev.quote}</q> <span className="au-block">({ev.block})</span>
                </li>
              ))}
            </ul>
          </section>
          <FormProblem message={problem} />
          <div className="au-actions">
            <button type="submit">{t('authoring.newRelation.make')}</button>
          </div>
        </form>
      )}
    </ModalDialog>
  );
}
