/**
 * The English messages of the first view (src/i18n/first-view.json), loaded with the page's first
 * script; the rest come with en.rest.ts after it.
 */
import { addMessages } from './core';
import commonMessages from './en/common.json?first';
import appMessages from './en/app.json?first';
import filtersMessages from './en/filters.json?first';
import searchMessages from './en/search.json?first';
import listMessages from './en/list.json?first';
import pathMessages from './en/path.json?first';
import graphMessages from './en/graph.json?first';
import evidenceMessages from './en/evidence.json?first';
import readerMessages from './en/reader.json?first';
import tourMessages from './en/tour.json?first';
import importMessages from './en/import.json?first';
import mapsMessages from './en/maps.json?first';
import exportMessages from './en/export.json?first';
import authoringMessages from './en/authoring.json?first';

addMessages('en', {
  ...commonMessages,
  ...appMessages,
  ...filtersMessages,
  ...searchMessages,
  ...listMessages,
  ...pathMessages,
  ...graphMessages,
  ...evidenceMessages,
  ...readerMessages,
  ...tourMessages,
  ...importMessages,
  ...mapsMessages,
  ...exportMessages,
  ...authoringMessages,
});
