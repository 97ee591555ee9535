import { useRef, useState, type KeyboardEvent } from 'react';

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
 * Roving tabindex over a flat list of item keys: one item is tabbable, arrows, Home and End move focus.
 * The tabbable item is the one the keyboard last reached, unless the selection changed since (say, by a
 * click on the map): then Tab lands on the selected item, which is where the user's attention is.
 */
export function useRovingFocus(keys: readonly string[], selectedKey: string | null) {
  const container = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState<Active | null>(null);
  const listed = (key: string | null | undefined): key is string => !!key && keys.includes(key);

  let tabbable: string | null = keys[0] ?? null;
  if (active && active.under === selectedKey && listed(active.key)) tabbable = active.key;
  else if (listed(selectedKey)) tabbable = selectedKey;
  else if (listed(active?.key)) tabbable = active.key;

  const onFocusItem = (key: string) => setActive({ key, under: selectedKey });

  const onKeyDownItem = (event: KeyboardEvent<HTMLElement>) => {
    const index = keys.indexOf(event.currentTarget.dataset.key ?? '');
    if (index === -1) return;
    let next: number;
    if (event.key === 'ArrowDown') next = Math.min(index + 1, keys.length - 1);
    else if (event.key === 'ArrowUp') next = Math.max(index - 1, 0);
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = keys.length - 1;
    else return;
    event.preventDefault();
    itemElement(container.current, keys[next]!)?.focus();
  };

  return { container, tabbable, onFocusItem, onKeyDownItem };
}
