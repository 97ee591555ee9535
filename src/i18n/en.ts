/**
 * The English messages of the first view (src/i18n/first-view.json), loaded with the page's first
 * script; the rest come with en.rest.ts after it.
 */
import { mergeAreas } from './areas';
import { addMessages } from './core';

addMessages(
  'en',
  mergeAreas(import.meta.glob('./en/*.json', { eager: true, import: 'default', query: '?first' })),
);
