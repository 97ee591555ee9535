import { useCallback, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';

/** Where the keyboard last was, and which selection was current then (a newer selection wins). */
interface Active {
  key: string;
  under: string | null;
}

/** The DOM element of an item, found by its data-key inside the list. */
export function itemElement(container: HTMLElement | null, key: string): HTMLElement | null {
  for (const el of container?.querySelectorAll<HTMLElement>('[data-key]') ?? [])
    if (el.dataset.key === key) return el;
  return null;
}

/**
 * Roving tabindex over the rendered items (`keys`, in list order): one item is tabbable, arrows, Home and
 * End move focus among the items in the DOM. The tabbable item is the one the keyboard last reached,
 * unless the selection changed since (say, by a click on the map): then Tab lands on the selected item,
 * which is where the user's attention is.
 *
 * The handlers keep their identity from render to render, so memoized items need not re-render when the
 * selection or the rendered page changes.
 */
export function useRovingFocus(keys: readonly string[], selectedKey: string | null) {
  const container = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState<Active | null>(null);
  const listed = (key: string | null | undefined): key is string => !!key && keys.includes(key);

  let tabbable: string | null = keys[0] ?? null;
  if (active && active.under === selectedKey && listed(active.key)) tabbable = active.key;
  else if (listed(selectedKey)) tabbable = selectedKey;
  else if (listed(active?.key)) tabbable = active.key;

  // Events come after the commit, so the handlers read the selection of the render on screen.
  const selected = useRef(selectedKey);
  useLayoutEffect(() => {
    selected.current = selectedKey;
  }, [selectedKey]);

  const onFocusItem = useCallback((key: string) => setActive({ key, under: selected.current }), []);

  // The items are those rendered, in DOM order: a page of a long list, not every element of the graph.
  const onKeyDownItem = useCallback((event: KeyboardEvent<HTMLElement>) => {
    const items = [...(container.current?.querySelectorAll<HTMLElement>('[data-key]') ?? [])];
    const index = items.indexOf(event.currentTarget);
    if (index === -1) return;
    let next: number;
    if (event.key === 'ArrowDown') next = Math.min(index + 1, items.length - 1);
    else if (event.key === 'ArrowUp') next = Math.max(index - 1, 0);
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = items.length - 1;
    else return;
    event.preventDefault();
    items[next]!.focus();
  }, []);

  return { container, tabbable, onFocusItem, onKeyDownItem };
}
