import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { searchNodes } from '../../domain/search';
import { useAfterPaint } from '../../components/useAfterPaint';
import { useApp } from '../../store/context';
import { selectDisplayed } from '../../store/derived';
import { SearchOption } from './SearchOption';
import { useArticleNames } from './useArticleNames';
import { useSlashShortcut } from './useSlashShortcut';
import './search.css';
import { useT } from '../../i18n/react';

const MAX_OPTIONS = 12;

/**
 * Type-ahead over every node's label and aliases (not only what the filters show), as a WAI-ARIA
 * combobox with a listbox popup; choosing a node selects it and asks the map to centre on it.
 */
export function SearchBox() {
  const nodes = useApp((s) => s.graph.nodes);
  // Only marks the options the filters hide: it can follow a filter change after the map.
  const displayed = useAfterPaint(useApp(selectDisplayed), nodes);
  const selectAndCenter = useApp((s) => s.selectAndCenter);
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const input = useRef<HTMLInputElement>(null);
  const baseId = useId();
  const listboxId = `${baseId}-listbox`;
  useSlashShortcut(input);
  const t = useT();

  const otherLanguages = useArticleNames();
  const more = otherLanguages.names;
  const hits = useMemo(() => searchNodes(nodes, query, MAX_OPTIONS, more), [nodes, query, more]);
  const expanded = open && hits.length > 0;
  const activeIndex = expanded && active < hits.length ? active : -1;
  const activeId = activeIndex >= 0 ? `${baseId}-option-${activeIndex}` : undefined;
  const trimmed = query.trim();
  const noMatch = open && trimmed !== '' && hits.length === 0;

  // The popup scrolls on its own; keep the option the arrows reached in sight (jsdom lacks scrollIntoView).
  useEffect(() => {
    if (activeId) document.getElementById(activeId)?.scrollIntoView?.({ block: 'nearest' });
  }, [activeId]);

  const close = () => {
    setOpen(false);
    setActive(-1);
  };

  const choose = (index: number) => {
    const hit = hits[index];
    if (!hit) return;
    selectAndCenter({ type: 'node', id: hit.node.id });
    setQuery(hit.node.label);
    close();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        if (hits.length === 0) return;
        event.preventDefault();
        const down = event.key === 'ArrowDown';
        setOpen(true);
        if (activeIndex < 0) setActive(down ? 0 : hits.length - 1);
        else setActive((activeIndex + (down ? 1 : -1) + hits.length) % hits.length);
        return;
      }
      case 'Enter':
        if (hits.length === 0) return;
        event.preventDefault();
        choose(activeIndex >= 0 ? activeIndex : 0);
        return;
      case 'Escape':
        // First Escape closes the popup, a second one clears the text (as native search fields do).
        if (open) close();
        else if (query) setQuery('');
        else return;
        event.preventDefault();
        return;
    }
  };

  return (
    <div className="sr-root">
      <input
        ref={input}
        type="text"
        className="sr-input"
        role="combobox"
        aria-label={t('search.label')}
        aria-expanded={expanded}
        aria-controls={listboxId}
        aria-activedescendant={activeId}
        aria-autocomplete="list"
        aria-keyshortcuts="/"
        autoComplete="off"
        spellCheck={false}
        placeholder={t('search.placeholder')}
        value={query}
        onFocus={otherLanguages.load}
        onChange={(event) => {
          otherLanguages.load();
          setQuery(event.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onKeyDown={onKeyDown}
        onBlur={close}
      />
      {/* mousedown would blur the input and close the popup before the click lands on an option. */}
      <ul
        id={listboxId}
        role="listbox"
        aria-label={t('search.results')}
        className="sr-listbox"
        hidden={!expanded}
        onMouseDown={(event) => event.preventDefault()}
      >
        {expanded &&
          hits.map((hit, i) => (
            <SearchOption
              key={hit.node.id}
              id={`${baseId}-option-${i}`}
              hit={hit}
              active={i === activeIndex}
              hiddenByFilters={!displayed.nodes.has(hit.node.id)}
              onChoose={() => choose(i)}
            />
          ))}
      </ul>
      <p role="status" className="sr-status">
        {noMatch ? t('search.noMatch', { query: trimmed }) : ''}
      </p>
    </div>
  );
}
