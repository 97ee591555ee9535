/**
 * The offline page as it was loaded, before the app drew anything into it: saving a map as an
 * offline page from the page itself writes this document again with the new map in its JSON block
 * (src/features/export/offlinePage.ts). Taken when this module is evaluated, which main.tsx makes
 * the first thing the page does. Nothing in the app build: it saves from its served copy.
 */
export const pristinePage: Element | null =
  import.meta.env.MODE === 'single' && typeof document !== 'undefined'
    ? (document.documentElement.cloneNode(true) as Element)
    : null;
