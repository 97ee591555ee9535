/** The English messages the first view does not need (see en.ts), loaded after it. */
import commonMessages from './en/common.json?rest';
import appMessages from './en/app.json?rest';
import filtersMessages from './en/filters.json?rest';
import searchMessages from './en/search.json?rest';
import listMessages from './en/list.json?rest';
import pathMessages from './en/path.json?rest';
import graphMessages from './en/graph.json?rest';
import evidenceMessages from './en/evidence.json?rest';
import readerMessages from './en/reader.json?rest';
import tourMessages from './en/tour.json?rest';
import importMessages from './en/import.json?rest';
import mapsMessages from './en/maps.json?rest';
import exportMessages from './en/export.json?rest';
import authoringMessages from './en/authoring.json?rest';

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
