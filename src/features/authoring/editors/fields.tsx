import { useState } from 'react';
import type { SphereDef } from '../../../domain/schema';
import { t } from '../../../i18n/core';
import { useT } from '../../../i18n/react';

/** The map's categories as a group of checkboxes (an element belongs to at least one). */
export function CategoryChoice({
  categories,
  chosen,
  onChange,
}: {
  categories: readonly SphereDef[];
  chosen: readonly string[];
  onChange: (next: string[]) => void;
}) {
  const t = useT();
  return (
    <fieldset className="au-categories">
      <legend>{t('authoring.editor.categories')}</legend>
      {categories.map((c) => (
        <label key={c.id} className="au-check">
          <input
            type="checkbox"
            name="category"
            value={c.id}
            checked={chosen.includes(c.id)}
            onChange={(e) =>
              onChange(
                e.target.checked
                  ? categories.map((x) => x.id).filter((id) => id === c.id || chosen.includes(id))
                  : chosen.filter((id) => id !== c.id),
              )
            }
          />
          <span className="au-swatch" style={{ background: c.colour }} aria-hidden="true" />
          {c.label}
        </label>
      ))}
    </fieldset>
  );
}

/** A refused edit, said next to the form that made it. */
export function FormProblem({ message }: { message: string | null }) {
  return message ? (
    <p className="au-problem" role="alert">
      {message}
    </p>
  ) : null;
}

/** What the map's schema would refuse in the categories chosen, said as the form names them. */
export const categoryProblem = (chosen: readonly string[]) =>
  chosen.length === 0 ? t('authoring.editor.chooseCategory') : null;

/** One item per line, blank lines dropped. */
export const linesOf = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');

/**
 * "Delete …" that asks first, saying what goes with it: the question, then Delete or Keep it.
 * `what` is the element's type.
 */
export function ConfirmDelete({
  what,
  question,
  onDelete,
}: {
  what: 'node' | 'relation';
  question: string;
  onDelete: () => void;
}) {
  const t = useT();
  const [asking, setAsking] = useState(false);
  return asking ? (
    <div className="au-confirm" role="group" aria-label={t('authoring.delete.group', { what })}>
      <p>{question}</p>
      <button type="button" className="au-danger" onClick={onDelete}>
        {t('authoring.delete')}
      </button>
      <button type="button" onClick={() => setAsking(false)}>
        {t('authoring.keep')}
      </button>
    </div>
  ) : (
    <button type="button" className="au-danger" onClick={() => setAsking(true)}>
      {t('authoring.delete.ask', { what })}
    </button>
  );
}
