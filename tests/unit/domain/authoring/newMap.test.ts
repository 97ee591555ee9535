import { describe, expect, it } from 'vitest';
import { readPlainText } from '../../../../src/domain/authoring/plainText';
import {
  detailsOf,
  newMapDataset,
  type NewMapDetails,
} from '../../../../src/domain/authoring/newMap';
import { PASTED } from '../../../../src/domain/authoring/readSource';
import { readHtml } from '../../../../src/domain/authoring/html';
import { fromDataset, parseGraphFile, writeGraphFile } from '../../../../src/domain/formats';
import { ARTICLE_SPHERES } from '../../../../src/domain/palette';
import { validateDataset } from '../../../../src/domain/validate';
import { activateLanguage, loadCatalogue } from '../../../../src/i18n';
import { datasetProblem } from '../../../../src/lib/storedDataset';
import { expectValidArticle } from './articleCheck';

const details = (over: Partial<NewMapDetails> = {}): NewMapDetails => ({
  title: 'Steppe notes',
  author: '',
  date: '',
  source: '',
  ...over,
});
const pasted = readPlainText('First.\n\nSecond   one.\n\nThird.', PASTED);

function made(over: Partial<NewMapDetails> = {}) {
  const result = newMapDataset(pasted, details(over), 'en');
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.dataset;
}

describe('newMapDataset', () => {
  it('makes an empty map of the text, with ids as the built-in article’s', () => {
    const { article, graph, positions, spheres } = made();
    expect(article.blocks).toEqual([
      { id: 'p1', type: 'paragraph', section: 'introduction', text: 'First.' },
      { id: 'p2', type: 'paragraph', section: 'introduction', text: 'Second one.' },
      { id: 'p3', type: 'paragraph', section: 'introduction', text: 'Third.' },
    ]);
    expect(article).toMatchObject({
      title: 'Steppe notes',
      author: 'Unknown author',
      language: 'en',
      source: 'Pasted text',
    });
    expect(article).not.toHaveProperty('date');
    // The blocks joined are the text, as the built-in article's are.
    expectValidArticle(article, 'First.\nSecond one.\nThird.');
    expect({ graph, positions, spheres }).toEqual({
      graph: { nodes: [], edges: [] },
      positions: {},
      spheres: ARTICLE_SPHERES,
    });
  });

  it('says what the text does not in the interface’s language, which the map keeps', async () => {
    await loadCatalogue('kk');
    activateLanguage('kk');
    try {
      const { article, spheres } = made();
      expect(article.author).toBe('Авторы белгісіз');
      expect(article.source).toBe('Қойылған мәтін');
      expect(spheres.map((s) => s.label)).toEqual([
        'Саяси',
        'Экономикалық',
        'Энергетикалық',
        'Гуманитарлық',
      ]);
      expect(spheres.map((s) => [s.id, s.colour])).toEqual(
        ARTICLE_SPHERES.map((s) => [s.id, s.colour]),
      );
    } finally {
      activateLanguage('en');
    }
  });

  it('keeps the details given, the date and web address included', () => {
    const { article } = made({
      title: '  Notes ',
      author: 'A. Writer',
      date: '2024-05-01',
      source: 'https://example.org/notes',
    });
    expect(article).toMatchObject({
      title: 'Notes',
      author: 'A. Writer',
      date: '2024-05-01',
      source: 'https://example.org/notes',
    });
  });

  it('says which details cannot be taken', () => {
    expect(newMapDataset(pasted, details({ title: ' ', source: 'javascript:alert(1)' }))).toEqual({
      ok: false,
      problems: [
        { field: 'title', message: 'A map needs a title.' },
        {
          field: 'source',
          message:
            '“javascript:alert(1)” is not a web address: it should start with https:// or http://.',
        },
      ],
    });
  });

  it('prefills the details a web page states', () => {
    const page = readHtml(
      '<html lang="fr"><head><title>Titre</title><meta name="author" content="Auteur"><link rel="canonical" href="https://example.org/a"></head><body><p>Texte.</p></body></html>',
      new DOMParser(),
      'page.html',
    );
    expect(detailsOf(page)).toEqual({
      title: 'Titre',
      author: 'Auteur',
      date: '',
      source: 'https://example.org/a',
    });
    const result = newMapDataset(page, detailsOf(page), 'en');
    expect(result.ok && result.dataset.article.language).toBe('fr');
  });
});

describe('an empty map of a text', () => {
  it('is kept, checked and validated like any map', () => {
    const dataset = made({ date: '2024' });
    expect(datasetProblem(dataset)).toBeNull();
    expect(
      validateDataset(dataset.article, dataset.graph, undefined, {
        attribution: false,
        emptyGraph: true,
      }),
    ).toEqual([]);
  });

  it('still refuses a stored graph with neither nodes nor text', () => {
    const dataset = made();
    expect(datasetProblem({ ...dataset, article: { ...dataset.article, blocks: [] } })).toBe(
      'it has no nodes',
    );
  });

  it('is saved as a map file and opened again', () => {
    const dataset = made({ date: '2024-05-01' });
    const text = writeGraphFile('silkgraph-json', fromDataset(dataset.graph, dataset.article));
    const { graph } = parseGraphFile({ name: 'map.json', text });
    expect(graph.nodes).toEqual([]);
    expect(graph.article).toEqual(dataset.article);
  });

  it('a bare graph file without nodes is still refused', () => {
    expect(() =>
      parseGraphFile({ name: 'map.json', text: '{"silkgraph": 2, "nodes": [], "edges": []}' }),
    ).toThrow(/nodes/);
  });
});
