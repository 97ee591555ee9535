// @vitest-environment node
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { graphSchema } from '../../../src/domain/schema';
import { MAX_NOTES_LENGTH, pointedBlocks } from '../../../src/domain/speakerNotes';
import { tourSchema, type Tour } from '../../../src/domain/tour';
import {
  LANGUAGES,
  TRANSLATED,
  quotesOf,
  translationCounts,
  translationSchema,
  validateTranslations,
  type Glossary,
  type Translation,
  type TranslationInputs,
} from '../../../src/domain/translations';
import { NODE_KINDS, SPHERES } from '../../../src/domain/vocabulary';

const read = (file: string): unknown =>
  JSON.parse(readFileSync(resolve(__dirname, '../../../data', file), 'utf8'));

const graph = graphSchema.parse(read('graph.json'));
const tour = tourSchema.parse(read('tour.json'));
const glossary = read('glossary.json') as Glossary;
const files = {
  ru: translationSchema.parse(read('translations/ru.json')),
  kk: translationSchema.parse(read('translations/kk.json')),
  zh: translationSchema.parse(read('translations/zh.json')),
};

/** The real data with one thing changed: the English tour, the glossary or one language's file. */
function problemsWith(change: {
  tour?: (t: Tour) => void;
  glossary?: (g: Glossary) => void;
  ru?: (t: Translation) => void;
  kk?: (t: Translation) => void;
  zh?: (t: Translation) => void;
}) {
  const inputs: TranslationInputs = {
    graph,
    tour: structuredClone(tour),
    glossary: structuredClone(glossary),
    translations: structuredClone(files),
  };
  change.tour?.(inputs.tour);
  change.glossary?.(inputs.glossary as Glossary);
  change.ru?.(inputs.translations.ru as Translation);
  change.kk?.(inputs.translations.kk as Translation);
  change.zh?.(inputs.translations.zh as Translation);
  return validateTranslations(inputs);
}

describe('the languages', () => {
  it('are English and the three it is translated into', () => {
    expect(LANGUAGES).toEqual(['en', 'ru', 'kk', 'zh']);
    expect(TRANSLATED).toEqual(['ru', 'kk', 'zh']);
  });
});

describe('the real translations', () => {
  it('pass every check', () => {
    expect(problemsWith({})).toEqual([]);
  });

  it('translate every node, relation, sphere, kind and tour step', () => {
    for (const lang of TRANSLATED) {
      const t = files[lang];
      expect(Object.keys(t.nodes)).toHaveLength(graph.nodes.length);
      expect(Object.keys(t.edges)).toHaveLength(graph.edges.length);
      expect(Object.keys(t.spheres)).toEqual([...SPHERES]);
      expect(Object.keys(t.kinds)).toEqual([...NODE_KINDS]);
      expect(Object.keys(t.tour.steps)).toEqual(tour.steps.map((s) => s.id));
      expect(translationCounts(t, graph)).toBe(
        `${lang}: ${graph.nodes.length} nodes, ${graph.edges.length} relations, 4 spheres, ${NODE_KINDS.length} kinds, ${tour.steps.length} tour steps (${tour.steps.filter((s) => s.notes).length} with notes), ${Object.keys(t.quotes ?? {}).length} of ${quotesOf(graph).size} quotes`,
      );
    }
  });

  it('write Kazakh with the Kazakh letters', () => {
    const text = JSON.stringify(files.kk);
    expect(text).toMatch(/[әғқңөұүһі]/);
    // Each node label that is a word of Cyrillic (not an acronym like CNPC) …
    expect(files.kk.nodes.kazakhstan!.label).toBe('Қазақстан');
    expect(files.kk.nodes['nazarbayev-university']!.label).toBe('Назарбаев Университеті');
    // … and no Russian spelling of the country slipped in.
    expect(text).not.toMatch(/Казахстан/);
  });

  it('give every node a Chinese label in Chinese characters', () => {
    const latinOnly = Object.entries(files.zh.nodes).filter(
      ([, node]) => !/\p{Script=Han}/u.test(node.label),
    );
    expect(latinOnly).toEqual([]);
    expect(files.zh.nodes['community-of-shared-future']!.label).toBe('人类命运共同体');
    expect(files.zh.nodes.kazakhstan!.aliases).toContain('哈萨克斯坦');
  });

  it('let a reader search for Kazakhstan in each language', () => {
    expect(files.ru.nodes.kazakhstan!.aliases).toContain('Казахстан');
    expect(files.kk.nodes.kazakhstan!.aliases).toContain('Қазақстан');
    expect(files.zh.nodes.kazakhstan!.aliases).toContain('哈萨克斯坦');
  });

  it('translate every step’s speaker notes, pointing at the English notes’ paragraphs', () => {
    const withNotes = tour.steps.filter((s) => s.notes);
    expect(withNotes.length).toBeGreaterThan(0);
    for (const lang of TRANSLATED)
      for (const step of withNotes) {
        const notes = files[lang].tour.steps[step.id]!.notes;
        expect(notes, `${lang} ${step.id}`).toBeTruthy();
        expect(notes).not.toBe(step.notes);
        expect(new Set(pointedBlocks(notes!))).toEqual(new Set(pointedBlocks(step.notes!)));
      }
  });

  it('never translate a quote in place: no file carries evidence, only quotes’ translations', () => {
    for (const lang of TRANSLATED) expect(JSON.stringify(files[lang])).not.toMatch(/"quote"/);
  });

  it('translate every quote of the evidence, each into its own words', () => {
    const quotes = quotesOf(graph);
    for (const lang of TRANSLATED) {
      const given = files[lang].quotes ?? {};
      expect(Object.keys(given).sort(), lang).toEqual([...quotes].sort());
      for (const [quote, translated] of Object.entries(given))
        expect(translated, `${lang}: ${quote}`).not.toBe(quote);
    }
    // The article's own Chinese stays in the Chinese translation; the Kazakh is written in Kazakh.
    const csf = [...quotes].find((q) => q.includes('人类命运共同体'))!;
    expect(files.zh.quotes![csf]).toContain('人类命运共同体');
    expect(files.kk.quotes![csf]).toMatch(/[әғқңөұүһі]/);
  });
});

describe('validateTranslations', () => {
  it('reports a schema problem with its JSON path', () => {
    const problems = problemsWith({
      ru: (t) => {
        t.nodes.china!.summary = '';
      },
    });
    expect(problems).toEqual([
      expect.objectContaining({
        file: 'data/translations/ru.json',
        path: '$.nodes.china.summary',
      }),
    ]);
  });

  it('reports a file whose language is not its own', () => {
    const problems = problemsWith({
      zh: (t) => {
        t.language = 'kk';
      },
    });
    expect(problems).toEqual([
      expect.objectContaining({ file: 'data/translations/zh.json', path: '$.language' }),
    ]);
  });

  it('reports a missing node, relation, sphere, kind and tour step', () => {
    const problems = problemsWith({
      ru: (t) => {
        delete t.nodes.russia;
        delete t.edges['china-rivalry-west'];
        delete t.spheres.energy;
        delete t.kinds.event;
        delete t.tour.steps.prospects;
      },
    });
    expect(problems.map((p) => p.message)).toEqual([
      'no translation of sphere "energy"',
      'no translation of kind "event"',
      'no translation of node "russia"',
      'no translation of relation "china-rivalry-west"',
      'no translation of tour step "prospects"',
    ]);
    expect(new Set(problems.map((p) => p.file))).toEqual(new Set(['data/translations/ru.json']));
  });

  it('reports a translation of an id that does not exist', () => {
    const problems = problemsWith({
      zh: (t) => {
        t.nodes.atlantis = { label: '亚特兰蒂斯', aliases: ['亚特兰蒂斯'], summary: '不存在。' };
        t.edges['china-visits-atlantis'] = { sentence: '{source}访问{target}' };
        t.kinds.planet = { label: '行星', plural: '行星' };
      },
    });
    expect(problems).toEqual([
      expect.objectContaining({
        path: '$.kinds.planet',
        message: 'translation of an unknown kind "planet"',
      }),
      expect.objectContaining({
        path: '$.nodes.atlantis',
        message: 'translation of an unknown node "atlantis"',
      }),
      expect.objectContaining({
        path: '$.edges.china-visits-atlantis',
        message: 'translation of an unknown relation "china-visits-atlantis"',
      }),
    ]);
  });

  it('reports a template without a placeholder or with one twice', () => {
    const problems = problemsWith({
      ru: (t) => {
        t.edges['china-proposed-csf']!.sentence = 'Китай выдвинул концепцию: {target}';
        t.edges['xi-introduced-csf']!.sentence = '{source} и {source} выдвинули: {target}';
      },
    });
    expect(problems).toEqual([
      expect.objectContaining({
        path: '$.edges.china-proposed-csf.sentence',
        message: 'the template has {source} 0 times, not once',
      }),
      expect.objectContaining({
        path: '$.edges.xi-introduced-csf.sentence',
        message: 'the template has {source} 2 times, not once',
      }),
    ]);
  });

  it('reports empty aliases', () => {
    const problems = problemsWith({
      ru: (t) => {
        t.nodes.europe!.aliases = [];
      },
    });
    expect(problems).toEqual([
      expect.objectContaining({ path: '$.nodes.europe.aliases', message: 'at least one alias' }),
    ]);
  });

  it('reports aliases without the label', () => {
    const problems = problemsWith({
      ru: (t) => {
        t.nodes.astana!.aliases = ['Нур-Султан'];
      },
    });
    expect(problems).toEqual([
      expect.objectContaining({
        path: '$.nodes.astana.aliases',
        message: 'the aliases do not include the label "Астана"',
      }),
    ]);
  });

  it('reports a glossary term translated two ways in the glossary', () => {
    const problems = problemsWith({
      glossary: (g) => {
        g.terms.push({ en: 'soft power', ru: 'Мягкая мощь', kk: 'Жұмсақ күш', zh: '软实力' });
      },
    });
    expect(problems).toEqual([
      {
        file: 'data/glossary.json',
        path: `$.terms[${glossary.terms.length}].ru`,
        message: '"soft power" is translated two ways: "Мягкая сила" and "Мягкая мощь"',
      },
    ]);
  });

  it('reports a node label that is not the glossary’s form of its term', () => {
    const problems = problemsWith({
      zh: (t) => {
        t.nodes['belt-and-road']!.label = '一带一路';
      },
    });
    expect(problems).toEqual([
      {
        file: 'data/translations/zh.json',
        path: '$.nodes.belt-and-road.label',
        message: '"Belt and Road Initiative" is "“一带一路”倡议" in the glossary, not "一带一路"',
      },
    ]);
  });

  it('reports a sphere name that is not the glossary’s', () => {
    const problems = problemsWith({
      zh: (t) => {
        t.spheres.humanitarian!.label = '人道主义';
      },
    });
    expect(problems).toEqual([
      expect.objectContaining({
        path: '$.spheres.humanitarian.label',
        message: '"Humanitarian" is "人文" in the glossary, not "人道主义"',
      }),
    ]);
  });

  it('reports a glossary entry that lacks a language', () => {
    const problems = problemsWith({
      glossary: (g) => {
        delete (g.terms[0] as Partial<Glossary['terms'][number]>).kk;
      },
    });
    expect(problems).toEqual([
      expect.objectContaining({ file: 'data/glossary.json', path: '$.terms[0].kk' }),
    ]);
  });

  it('reports a step whose English has notes and whose translation has none', () => {
    const problems = problemsWith({
      ru: (t) => {
        delete t.tour.steps.energy!.notes;
      },
    });
    expect(problems).toEqual([
      {
        file: 'data/translations/ru.json',
        path: '$.tour.steps.energy',
        message: 'no translation of the notes of tour step "energy"',
      },
    ]);
  });

  it('reports notes for a step that has none in English', () => {
    const problems = problemsWith({
      tour: (t) => {
        delete t.steps.find((s) => s.id === 'prospects')!.notes;
      },
      ru: (t) => {
        delete t.tour.steps.prospects!.notes;
      },
    });
    // Russian dropped them with the English; Kazakh and Chinese still have theirs.
    expect(problems).toEqual([
      {
        file: 'data/translations/kk.json',
        path: '$.tour.steps.prospects.notes',
        message: 'notes for tour step "prospects", which has none in English',
      },
      {
        file: 'data/translations/zh.json',
        path: '$.tour.steps.prospects.notes',
        message: 'notes for tour step "prospects", which has none in English',
      },
    ]);
  });

  it('reports notes that do not point at the English notes’ paragraphs', () => {
    const problems = problemsWith({
      zh: (t) => {
        const step = t.tour.steps['risks-and-challenges']!;
        // ¶26 dropped, ¶40 added, ¶29 twice: one problem for what is missing, one for what is extra.
        step.notes = step.notes!.replace('¶26', '¶40').replace('¶30', '¶29');
      },
      ru: (t) => {
        // The same pointers in another order are fine: a language orders its sentences its own way.
        t.tour.steps['opening-the-concept']!.notes = '¶4 вначале, затем ¶2 и ¶1.';
      },
    });
    expect(problems).toEqual([
      {
        file: 'data/translations/zh.json',
        path: '$.tour.steps.risks-and-challenges.notes',
        message: 'the notes do not point at ¶26, ¶30 as the English do',
      },
      {
        file: 'data/translations/zh.json',
        path: '$.tour.steps.risks-and-challenges.notes',
        message: 'the notes point at ¶40, which the English do not',
      },
    ]);
  });

  it('reports a list item pointer lost in translation', () => {
    const problems = problemsWith({
      kk: (t) => {
        const step = t.tour.steps.prospects!;
        step.notes = step.notes!.replace('¶li6', 'алтыншы тармақ');
      },
    });
    expect(problems).toEqual([
      expect.objectContaining({
        file: 'data/translations/kk.json',
        path: '$.tour.steps.prospects.notes',
        message: 'the notes do not point at ¶li6 as the English do',
      }),
    ]);
  });

  it('reports notes longer than the English notes may be, or empty', () => {
    const problems = problemsWith({
      ru: (t) => {
        t.tour.steps.energy!.notes = '¶18 ¶19 ' + 'а'.repeat(MAX_NOTES_LENGTH);
        t.tour.steps.prospects!.notes = ' ';
      },
    });
    expect(problems).toEqual([
      expect.objectContaining({
        file: 'data/translations/ru.json',
        path: '$.tour.steps.energy.notes',
      }),
      expect.objectContaining({
        file: 'data/translations/ru.json',
        path: '$.tour.steps.prospects.notes',
      }),
    ]);
  });

  it('reports a translation of a quote the map does not have, one that repeats it, or wrong marks', () => {
    const quote = graph.edges[0]!.evidence[0]!.quote;
    const second = [...quotesOf(graph)].find((q) => q !== quote)!;
    const problems = problemsWith({
      zh: (t) => {
        t.quotes = {
          [quote]: ` ${quote} `,
          'a quote nobody wrote': '没人写的引文',
          [second]: '“一带一路”倡议',
        };
      },
      kk: (t) => {
        t.quotes = { [quote]: '' };
      },
      ru: (t) => {
        t.quotes = { [quote]: 'инициатива «Один пояс, один путь»' };
      },
    });
    expect(problems).toEqual([
      {
        file: 'data/translations/ru.json',
        path: `$.quotes.${quote}`,
        message:
          'the translation has «…: the app puts it in those marks, so quotes inside it are „…“',
      },
      expect.objectContaining({ file: 'data/translations/kk.json', path: `$.quotes.${quote}` }),
      {
        file: 'data/translations/zh.json',
        path: `$.quotes.${quote}`,
        message: 'the translation repeats the English quote',
      },
      {
        file: 'data/translations/zh.json',
        path: '$.quotes.a quote nobody wrote',
        message: 'a translation of a quote the map does not have',
      },
      {
        file: 'data/translations/zh.json',
        path: `$.quotes.${second}`,
        message:
          'the translation has “…: the app puts it in those marks, so quotes inside it are ‘…’',
      },
    ]);
  });

  it('accepts a file with no quote translations, or only some', () => {
    const [first, second] = [...quotesOf(graph)];
    expect(
      problemsWith({
        ru: (t) => {
          delete t.quotes;
        },
        kk: (t) => {
          t.quotes = { [first!]: 'бірінші', [second!]: 'екінші' };
        },
      }),
    ).toEqual([]);
  });
});
