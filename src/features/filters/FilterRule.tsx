import { useApp } from '../../store/context';
import { selectWording } from '../../store/derived';

/** The visibility rule in words; the same rule is `visibleElements` in src/domain/filters.ts and its tests. */
export function FilterRule() {
  // "spheres" for the article, "categories" for a graph with categories of its own.
  const { categoryPlural: these } = useApp(selectWording);
  return (
    <details className="filter-rule">
      <summary>What stays visible?</summary>
      <p>
        A <strong>relation</strong> shows when at least one of its {these} is on, its status is on,
        its attribution (whose claim it is) is on, and both of its ends are of a kind that is on.
      </p>
      <p>
        A <strong>node</strong> shows when its kind is on and either one of its own {these} is on or
        it has a relation that shows.
      </p>
      <p>
        Colours are the {these} (a node’s pie and a relation’s stripes show all of its {these}); a
        node’s shape is its kind; a line’s style is its status; the mark in the middle of a line
        says whose claim it is. Filtering never moves the nodes that stay.
      </p>
    </details>
  );
}
