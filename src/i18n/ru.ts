/** The Russian catalogue: every area's messages (`./ru/*.json`, compiled by build/catalogues.ts). */
import commonMessages from './ru/common.json';
import appMessages from './ru/app.json';
import filtersMessages from './ru/filters.json';
import searchMessages from './ru/search.json';
import listMessages from './ru/list.json';
import pathMessages from './ru/path.json';
import graphMessages from './ru/graph.json';
import evidenceMessages from './ru/evidence.json';
import readerMessages from './ru/reader.json';
import tourMessages from './ru/tour.json';
import importMessages from './ru/import.json';
import mapsMessages from './ru/maps.json';
import exportMessages from './ru/export.json';
import authoringMessages from './ru/authoring.json';

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
