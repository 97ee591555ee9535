import { describe, expect, it } from 'vitest';
import { emptyArticle } from '../../../src/domain/importDataset';
import { ARTICLE_SPHERES } from '../../../src/domain/palette';
import { STATUS_HELP, statusHelpOf } from '../../../src/domain/vocabularyHelp';
import { wordingOf } from '../../../src/domain/wording';
import { smallArticle } from '../../fixtures/small';

const groups = [
  { id: 'convicts', label: 'convicts', colour: '#000000' },
  { id: 'thieves', label: 'thieves', colour: '#ffffff' },
];

describe('wordingOf', () => {
  it('speaks of cooperation spheres and the text for the article', () => {
    const words = wordingOf(smallArticle, ARTICLE_SPHERES);
    expect(words).toMatchObject({
      categories: 'Cooperation spheres',
      category: 'sphere',
      hasText: true,
    });
    expect(statusHelpOf(words.hasText)).toEqual(STATUS_HELP);
    expect(statusHelpOf(words.hasText).established).toBe('the text states it as fact');
  });

  it('speaks neutrally of an imported graph with categories of its own and no text', () => {
    const words = wordingOf(emptyArticle('les-mis.gexf'), groups);
    expect(words).toMatchObject({
      categories: 'Categories',
      category: 'category',
      hasText: false,
    });
    for (const help of Object.values(statusHelpOf(words.hasText)))
      expect(help).not.toMatch(/text|article/);
  });

  it('keeps the spheres’ name for a graph filtered by the article’s spheres, without its text', () => {
    const words = wordingOf(emptyArticle('graph.json'), ARTICLE_SPHERES);
    expect(words.categories).toBe('Cooperation spheres');
    expect(statusHelpOf(words.hasText).established).toBe('stated as fact');
  });
});
