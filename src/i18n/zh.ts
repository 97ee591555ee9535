/** The Chinese (Simplified) catalogue: every area's messages (`./zh/*.json`, compiled by build/catalogues.ts). */
import commonMessages from './zh/common.json';
import appMessages from './zh/app.json';
import filtersMessages from './zh/filters.json';
import searchMessages from './zh/search.json';
import listMessages from './zh/list.json';
import pathMessages from './zh/path.json';
import graphMessages from './zh/graph.json';
import evidenceMessages from './zh/evidence.json';
import readerMessages from './zh/reader.json';
import tourMessages from './zh/tour.json';
import importMessages from './zh/import.json';
import mapsMessages from './zh/maps.json';
import exportMessages from './zh/export.json';
import authoringMessages from './zh/authoring.json';

export default {
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
