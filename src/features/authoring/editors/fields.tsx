import { useState } from 'react';
import type { SphereDef } from '../../../domain/schema';

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
  return (
    <fieldset className="au-categories">
      <legend>Categories</legend>
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
  chosen.length === 0 ? 'choose at least one category' : null;

/** One item per line, blank lines dropped. */
export const linesOf = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');

/**
 * "Delete …" that asks first, saying what goes with it: the question, then Delete or Keep it.
 * `what` names the element ("node", "relation").
 */
export function ConfirmDelete({
  what,
  question,
  onDelete,
}: {
  what: string;
  question: string;
  onDelete: () => void;
}) {
  const [asking, setAsking] = useState(false);
  return asking ? (
    <div className="au-confirm" role="group" aria-label={`Delete ${what}`}>
      <p>{question}</p>
      <button type="button" className="au-danger" onClick={onDelete}>
        Delete
      </button>
      <button type="button" onClick={() => setAsking(false)}>
        Keep it
      </button>
    </div>
  ) : (
    <button type="button" className="au-danger" onClick={() => setAsking(true)}>
      Delete {what}…
    </button>
  );
}
