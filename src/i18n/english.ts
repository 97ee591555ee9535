/** The whole English catalogue, as written (for types, tests and scripts; the page loads it in two parts: en.ts, en.rest.ts). */
import commonMessages from './en/common.json';
import appMessages from './en/app.json';
import filtersMessages from './en/filters.json';
import searchMessages from './en/search.json';
import listMessages from './en/list.json';
import pathMessages from './en/path.json';
import graphMessages from './en/graph.json';
import evidenceMessages from './en/evidence.json';
import readerMessages from './en/reader.json';
import tourMessages from './en/tour.json';
import importMessages from './en/import.json';
import mapsMessages from './en/maps.json';
import exportMessages from './en/export.json';
import authoringMessages from './en/authoring.json';

export const english = {
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
};
