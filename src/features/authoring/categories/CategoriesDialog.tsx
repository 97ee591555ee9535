import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { ModalDialog } from '../../../components/ModalDialog';
import {
  addCategory,
  CATEGORY_LIMIT,
  categoryUse,
  deleteCategory,
  moveCategory,
  nextCategoryColour,
  recolourCategory,
  renameCategory,
  describeUse,
  type CategoryResult,
} from '../../../domain/authoring/categories';
import type { SphereDef } from '../../../domain/schema';
import { useT } from '../../../i18n/react';
import { useApp, useAppStore } from '../../../store/context';
import './categories.css';

/**
 * The map's own categories, each with its name and colour: add, rename, recolour, reorder and
 * delete. Every change is one step of the map's undo (changeMap), kept with the map; the filters,
 * legend and colours follow at once.
 */
export default function CategoriesDialog({ onClose }: { onClose: () => void }) {
  const t = useT();
  const store = useAppStore();
  const categories = useApp((s) => s.spheres);
  const [said, say] = useState('');
  const [problem, setProblem] = useState<{ at: string; message: string } | null>(null);

  /** Applies a change that holds; one that does not leaves the map as it was and says why. */
  const apply = (at: string, result: CategoryResult, done: string): boolean => {
    if (!result.ok) {
      setProblem({ at, message: result.message });
      return false;
    }
    const s = store.getState();
    s.changeMap({
      spheres: result.categories,
      ...(result.graph ? { graph: result.graph } : {}),
      ...(result.tour !== undefined ? { tour: result.tour } : {}),
    });
    setProblem(null);
    say(t('authoring.categories.done', { done }));
    return true;
  };

  return (
    <ModalDialog
      title={t('authoring.categories.title')}
      className="categories-dialog"
      onClose={onClose}
    >
      <p className="categories-note">{t('authoring.categories.note')}</p>
      <ol className="categories-list" aria-label={t('authoring.categories.list')}>
        {categories.map((c, i) => (
          <CategoryRow
            key={c.id}
            category={c}
            first={i === 0}
            last={i === categories.length - 1}
            problem={problem?.at === c.id ? problem.message : null}
            apply={apply}
          />
        ))}
      </ol>
      <NewCategory
        categories={categories}
        problem={problem?.at === '' ? problem.message : null}
        apply={apply}
      />
      <p role="status" className="categories-status">
        {said}
      </p>
    </ModalDialog>
  );
}

type Apply = (at: string, result: CategoryResult, done: string) => boolean;

function CategoryRow({
  category,
  first,
  last,
  problem,
  apply,
}: {
  category: SphereDef;
  first: boolean;
  last: boolean;
  problem: string | null;
  apply: Apply;
}) {
  const t = useT();
  const store = useAppStore();
  const { id, label, colour } = category;
  // What the user has typed or picked and not yet kept; null shows the category as it is (after an
  // undo or redo too).
  const [draft, setDraft] = useState<string | null>(null);
  const [picked, setPicked] = useState<string | null>(null);
  const name = draft ?? label;
  const [deleting, setDeleting] = useState(false);
  const problemId = useId();
  const colourInput = useRef<HTMLInputElement>(null);

  const categories = () => store.getState().spheres;
  const rename = () => {
    if (draft === null) return;
    if (draft.trim() === label) return setDraft(null);
    // A refused name stays in the field, with the problem beside it, for the user to mend.
    if (
      apply(
        id,
        renameCategory(categories(), id, draft),
        t('authoring.categories.renamed', { from: label, to: draft.trim() }),
      )
    )
      setDraft(null);
  };

  // The colour is kept when the picker is done with it (`change`), not at every shade it passes
  // through (`input`, React's onChange): one undo step per colour chosen.
  useEffect(() => {
    const input = colourInput.current;
    if (!input) return;
    const onChange = () => {
      const cats = store.getState().spheres;
      const now = cats.find((c) => c.id === id);
      if (now && now.colour.toLowerCase() !== input.value.toLowerCase())
        apply(
          id,
          recolourCategory(cats, id, input.value),
          t('authoring.categories.recoloured', { name: label }),
        );
      setPicked(null);
    };
    input.addEventListener('change', onChange);
    return () => input.removeEventListener('change', onChange);
  }, [store, id, label, apply, t]);

  return (
    <li className="category-row">
      <div className="category-fields">
        <input
          ref={colourInput}
          type="color"
          className="category-colour"
          aria-label={t('authoring.categories.colourOf', { name: label })}
          value={(picked ?? colour).toLowerCase()}
          onChange={(e) => setPicked(e.target.value)}
        />
        <input
          type="text"
          className="category-name"
          aria-label={t('authoring.categories.nameOf', { name: label })}
          value={name}
          maxLength={60}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? problemId : undefined}
          onChange={(e) => setDraft(e.target.value)}
          onBlur={rename}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              rename();
            } else if (e.key === 'Escape' && draft !== null) {
              // Escape gives the name back first; a second one closes the dialog.
              e.preventDefault();
              e.stopPropagation();
              setDraft(null);
            }
          }}
        />
        <button
          type="button"
          aria-label={t('authoring.categories.moveUp', { name: label })}
          disabled={first}
          onClick={() =>
            apply(
              id,
              moveCategory(categories(), id, -1),
              t('authoring.categories.movedUp', { name: label }),
            )
          }
        >
          ↑
        </button>
        <button
          type="button"
          aria-label={t('authoring.categories.moveDown', { name: label })}
          disabled={last}
          onClick={() =>
            apply(
              id,
              moveCategory(categories(), id, 1),
              t('authoring.categories.movedDown', { name: label }),
            )
          }
        >
          ↓
        </button>
        <button
          type="button"
          aria-label={t('authoring.categories.delete', { name: label })}
          aria-expanded={deleting}
          onClick={() => {
            const s = store.getState();
            const use = categoryUse(s.graph, s.tour, id);
            if (use.nodes + use.relations + use.steps > 0 || s.spheres.length === 1)
              setDeleting(!deleting);
            else
              apply(
                id,
                deleteCategory(s.spheres, s.graph, s.tour, id),
                t('authoring.categories.deleted', { name: label }),
              );
          }}
        >
          {t('authoring.delete')}
        </button>
      </div>
      {problem && (
        <p id={problemId} className="category-problem">
          {problem}
        </p>
      )}
      {deleting && (
        <MoveAndDelete category={category} apply={apply} done={() => setDeleting(false)} />
      )}
    </li>
  );
}

/** Deleting a category in use: say by what, and offer to move it all to another category. */
function MoveAndDelete({
  category,
  apply,
  done,
}: {
  category: SphereDef;
  apply: Apply;
  done: () => void;
}) {
  const t = useT();
  const store = useAppStore();
  const all = useApp((s) => s.spheres);
  const graph = useApp((s) => s.graph);
  const tour = useApp((s) => s.tour);
  const others = all.filter((c) => c.id !== category.id);
  const use = useMemo(() => categoryUse(graph, tour, category.id), [graph, tour, category.id]);
  const [into, setInto] = useState(others[0]?.id ?? '');
  const selectId = useId();
  if (others.length === 0)
    return (
      <div className="category-delete">
        <p>{t('authoring.category.onlyOne', { name: category.label })}</p>
        <button type="button" onClick={done}>
          {t('authoring.keep')}
        </button>
      </div>
    );
  const target = others.find((c) => c.id === into) ?? others[0]!;
  return (
    <div
      className="category-delete"
      role="group"
      aria-label={t('authoring.categories.delete', { name: category.label })}
    >
      <p>{t('authoring.categories.usedBy', { name: category.label, use: describeUse(use) })}</p>
      <label htmlFor={selectId}>{t('authoring.categories.moveTo')}</label>{' '}
      <select id={selectId} value={target.id} onChange={(e) => setInto(e.target.value)}>
        {others.map((c) => (
          <option key={c.id} value={c.id}>
            {c.label}
          </option>
        ))}
      </select>{' '}
      <button
        type="button"
        onClick={() => {
          const s = store.getState();
          if (
            apply(
              category.id,
              deleteCategory(s.spheres, s.graph, s.tour, category.id, target.id),
              t('authoring.categories.movedAndDeleted', {
                use: describeUse(use),
                into: target.label,
                name: category.label,
              }),
            )
          )
            done();
        }}
      >
        {t('authoring.categories.moveAndDelete')}
      </button>{' '}
      <button type="button" onClick={done}>
        {t('authoring.keep')}
      </button>
    </div>
  );
}

/** A name and a colour (the next default, which the user may change) for a new category. */
function NewCategory({
  categories,
  problem,
  apply,
}: {
  categories: readonly SphereDef[];
  problem: string | null;
  apply: Apply;
}) {
  const t = useT();
  const [name, setName] = useState('');
  const suggested = nextCategoryColour(categories);
  const [chosen, setChosen] = useState<string | null>(null);
  const nameId = useId();
  const problemId = useId();
  const full = categories.length >= CATEGORY_LIMIT;
  return (
    <form
      className="category-new"
      aria-label={t('authoring.categories.new')}
      onSubmit={(e) => {
        e.preventDefault();
        const colour = chosen ?? suggested;
        if (
          apply(
            '',
            addCategory(categories, name, colour),
            t('authoring.categories.added', { name: name.trim() }),
          )
        ) {
          setName('');
          setChosen(null);
        }
      }}
    >
      <label htmlFor={nameId}>{t('authoring.categories.new')}</label>
      <div className="category-fields">
        <input
          type="color"
          className="category-colour"
          aria-label={t('authoring.categories.newColour')}
          value={(chosen ?? suggested).toLowerCase()}
          onChange={(e) => setChosen(e.target.value)}
        />
        <input
          id={nameId}
          type="text"
          className="category-name"
          value={name}
          maxLength={60}
          placeholder={t('authoring.categories.name')}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? problemId : undefined}
          onChange={(e) => setName(e.target.value)}
        />
        <button type="submit" disabled={full}>
          {t('authoring.categories.add')}
        </button>
      </div>
      {problem && (
        <p id={problemId} className="category-problem">
          {problem}
        </p>
      )}
      {full && (
        <p className="categories-note">{t('authoring.categories.full', { max: CATEGORY_LIMIT })}</p>
      )}
    </form>
  );
}
