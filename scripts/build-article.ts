/**
 * Splits data/community-of-shared-future.txt into data/article.json blocks.
 * Run once when the source changes: `npx tsx scripts/build-article.ts`.
 * Block ids are stable keys for evidence, deep links and the tour: never renumber them by hand.
 */
import { readFileSync, writeFileSync } from 'node:fs';

const text = readFileSync('data/community-of-shared-future.txt', 'utf8');
const lines = text.split('\n');

// Headings of the article, in order, with the section key each one opens.
const headings: Record<string, string> = {
  'The Concept of a Community of Shared Future for Mankind': 'concept',
  'Development of Kazakhstan–China Relations within “Community of Shared Future for Mankind” concept':
    'relations',
  'Risks and Challenges': 'risks',
  'Prospects for Further Deepening China–Kazakhstan Relations': 'prospects',
  'On the Path to a Full-Fledged “Community of Shared Future”': 'path',
};

let section = 'introduction';
const counters = { h: 0, p: 0, li: 0 };
const blocks = lines.map((line, i) => {
  if (headings[line]) {
    section = headings[line];
    return { id: `h${++counters.h}`, type: 'heading', section, text: line };
  }
  if (/^\d\) /.test(line))
    return { id: `li${++counters.li}`, type: 'list-item', section, text: line };
  if (i === lines.length - 1) return { id: 'byline', type: 'byline', section, text: line };
  return { id: `p${++counters.p}`, type: 'paragraph', section, text: line };
});

const sections = [
  { id: 'introduction', title: 'Introduction' },
  ...Object.entries(headings).map(([title, id]) => ({ id, title })),
];

const article = {
  id: 'community-of-shared-future',
  title: 'China and Kazakhstan in the “Community of Shared Future”',
  author: 'China Studies Centre',
  language: 'en',
  source: 'community-of-shared-future.txt',
  sections,
  blocks,
};
writeFileSync('data/article.json', JSON.stringify(article, null, 2) + '\n');
console.log(`${blocks.length} blocks written to data/article.json`);
