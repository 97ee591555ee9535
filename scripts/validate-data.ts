/** `npm run validate`: checks data/*.json against the schemas and each other; exits 1 on any problem. */
import { readFileSync } from 'node:fs';
import { attributionCounts, statusCounts } from '../src/domain/filters';
import type { Graph } from '../src/domain/schema';
import { tourSchema } from '../src/domain/tour';
import {
  translationCounts,
  translationFile,
  translationSchema,
  TRANSLATED,
  validateTranslations,
} from '../src/domain/translations';
import { formatProblems, validateDataset, type Problem } from '../src/domain/validate';
// The words the domain writes (problems, notes) in English.
import '../src/i18n/englishLoaded';

function load(file: string, problems: Problem[]): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    problems.push({ file, path: '$', message: `cannot read JSON: ${(e as Error).message}` });
    return undefined;
  }
}

const problems: Problem[] = [];
const article = load('data/article.json', problems);
const graph = load('data/graph.json', problems);
if (problems.length === 0) problems.push(...validateDataset(article, graph));

const source = readFileSync('data/community-of-shared-future.txt', 'utf8');
const blocks = (article as { blocks?: { text: string }[] } | undefined)?.blocks;
if (blocks && blocks.map((b) => b.text).join('\n') !== source)
  problems.push({
    file: 'data/article.json',
    path: '$.blocks',
    message: 'blocks joined with newlines do not reproduce data/community-of-shared-future.txt',
  });

// The project's translations of the map and tour (docs/translations.md), once the English is sound.
const tour = tourSchema.safeParse(load('data/tour.json', problems));
const translations = Object.fromEntries(
  TRANSLATED.map((lang) => [lang, load(translationFile(lang), problems)]),
) as Record<(typeof TRANSLATED)[number], unknown>;
if (problems.length === 0 && tour.success)
  problems.push(
    ...validateTranslations({
      graph: graph as Graph,
      tour: tour.data,
      glossary: load('data/glossary.json', problems),
      translations,
    }),
  );

if (problems.length > 0) {
  console.error(formatProblems(problems));
  console.error(`\n${problems.length} problem(s) found.`);
  process.exit(1);
}
const g = graph as Graph;
console.log(
  `data ok: ${blocks?.length} blocks, ${g.nodes.length} nodes, ${g.edges.length} edges, every quote verbatim.`,
);
// What kind of claim the relations are and whose (docs/data-rubric.md), to watch as the data changes.
const byStatus = statusCounts(g).map((r) => `${r.status} ${r.count}`);
const byAttribution = attributionCounts(g).map((r) => `${r.attribution} ${r.count}`);
console.log(`  by status: ${byStatus.join(', ')}`);
console.log(`  by attribution: ${byAttribution.join(', ')}`);
const glossaryTerms = (load('data/glossary.json', []) as { terms: unknown[] }).terms.length;
console.log(`translations ok (${glossaryTerms} glossary terms):`);
for (const lang of TRANSLATED)
  console.log(`  ${translationCounts(translationSchema.parse(translations[lang]), g)}`);
