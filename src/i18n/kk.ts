/** The Kazakh catalogue: every area's messages (`./kk/*.json`, compiled by build/catalogues.ts). */
import commonMessages from './kk/common.json';
import appMessages from './kk/app.json';
import filtersMessages from './kk/filters.json';
import searchMessages from './kk/search.json';
import listMessages from './kk/list.json';
import pathMessages from './kk/path.json';
import graphMessages from './kk/graph.json';
import evidenceMessages from './kk/evidence.json';
import readerMessages from './kk/reader.json';
import tourMessages from './kk/tour.json';
import importMessages from './kk/import.json';
import mapsMessages from './kk/maps.json';
import exportMessages from './kk/export.json';
import authoringMessages from './kk/authoring.json';

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
