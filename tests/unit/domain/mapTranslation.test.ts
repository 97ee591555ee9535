import graphJson from '../../../data/graph.json';
import tourJson from '../../../data/tour.json';
import ru from '../../../data/translations/ru.json';
import zh from '../../../data/translations/zh.json';
import {
  relationOfSentence,
  translateGraph,
  translateSpheres,
  translateTour,
} from '../../../src/domain/mapTranslation';
import { fillRelation, relationPhrase } from '../../../src/domain/relationTemplates';
import { ARTICLE_SPHERES } from '../../../src/domain/palette';
import { claimSentence, labelsById } from '../../../src/domain/relations';
import type { Graph } from '../../../src/domain/schema';
import type { Tour } from '../../../src/domain/tour';
import type { Translation } from '../../../src/domain/translations';

const graph = graphJson as Graph;

describe('a relation in translation', () => {
  it('is the words between its ends when the sentence starts and ends with them', () => {
    expect(relationOfSentence('{source} выдвинул и продвигает {target}')).toBe(
      'выдвинул и продвигает',
    );
    expect(relationOfSentence('{source}提出并推动{target}理念')).toBe(
      '{source}提出并推动{target}理念',
    );
    expect(relationOfSentence('{target} is {source}’s partner')).toBe(
      '{target} is {source}’s partner',
    );
  });

  it('reads as a sentence in its own word order, and as a phrase on its line', () => {
    expect(fillRelation('{source}提出并推动{target}理念', '中国', '人类命运共同体')).toBe(
      '中国提出并推动人类命运共同体理念',
    );
    expect(fillRelation('exports oil to', 'Beta', 'Alpha')).toBe('Beta exports oil to Alpha');
    // A name is filled in once, never read as a placeholder itself.
    expect(fillRelation('{source} → {target}', '{target}', 'B')).toBe('{target} → B');
    expect(relationPhrase('{source}提出并推动{target}理念')).toBe('提出并推动…理念');
    expect(relationPhrase('{target}与{source}合作')).toBe('…与…合作');
    expect(relationPhrase('exports oil to')).toBe('exports oil to');
  });
});

describe('the article’s map in translation', () => {
  it('names every node and relation in the language, keeping ids, kinds and the quotes', () => {
    const shown = translateGraph(graph, zh as Translation);
    const kazakhstan = shown.nodes.find((n) => n.id === 'kazakhstan')!;
    expect(kazakhstan.label).toBe('哈萨克斯坦');
    expect(kazakhstan.kind).toBe('state');
    expect(kazakhstan.evidence).toEqual(graph.nodes.find((n) => n.id === 'kazakhstan')!.evidence);
    expect(shown.nodes.map((n) => n.id)).toEqual(graph.nodes.map((n) => n.id));
    const edge = shown.edges.find((e) => e.id === 'china-proposed-csf')!;
    expect(claimSentence(edge, labelsById(shown))).toContain('中国提出并推动人类命运共同体理念');
    expect(edge.evidence[0]!.quote).toContain('proposed by the People’s Republic of China');
  });

  it('keeps the source’s graph as it was', () => {
    const before = JSON.stringify(graph);
    translateGraph(graph, ru as Translation);
    expect(JSON.stringify(graph)).toBe(before);
  });

  it('gives Russian relations as phrases between their ends', () => {
    const shown = translateGraph(graph, ru as Translation);
    for (const e of shown.edges) expect(e.relation, e.id).not.toMatch(/\{(source|target)\}/);
  });

  it('names the spheres in the language', () => {
    expect(translateSpheres(ARTICLE_SPHERES, ru as Translation).map((s) => s.label)).toEqual([
      'Политическая',
      'Экономическая',
      'Энергетическая',
      'Гуманитарная',
    ]);
  });
});

describe('the tour in translation', () => {
  const tour = tourJson as Tour;

  it('carries the translation’s titles, captions and speaker notes', () => {
    const shown = translateTour(tour, ru as Translation);
    const first = shown.steps[0]!;
    const russian = (ru as Translation).tour.steps[first.id]!;
    expect(shown.title).toBe((ru as Translation).tour.title);
    expect(first.title).toBe(russian.title);
    expect(first.caption).toBe(russian.caption);
    expect(first.notes).toBe(russian.notes);
    expect(first.notes).toMatch(/^Начните с узла в центре/);
    // Every step's notes are the Russian ones, none left in English.
    for (const [i, step] of shown.steps.entries())
      expect(step.notes).not.toBe(tour.steps[i]!.notes);
    // Everything else of a step is the English step's.
    expect(first.id).toBe(tour.steps[0]!.id);
    expect(first.spheres).toEqual(tour.steps[0]!.spheres);
  });

  it('keeps a step’s own notes where the translation gives none', () => {
    const partial = structuredClone(zh) as Translation;
    delete partial.tour.steps.energy!.notes;
    const energy = translateTour(tour, partial).steps.find((s) => s.id === 'energy')!;
    expect(energy.title).toBe(partial.tour.steps.energy!.title);
    expect(energy.notes).toBe(tour.steps.find((s) => s.id === 'energy')!.notes);
  });
});
