import { describe, expect, it } from 'vitest';
import {
  blockPlaces,
  handoutPages,
  handoutSource,
  pictureHeightMm,
  PICTURE_MM,
  stepPassages,
  type HandoutPage,
} from '../../../src/domain/handout';
import { ARTICLE_SPHERES } from '../../../src/domain/palette';
import { smallArticle, smallGraph, smallTour } from '../../fixtures/small';

describe('blockPlaces', () => {
  it('names each block by its section and its number among blocks of its kind', () => {
    const places = blockPlaces(smallArticle);
    expect(places.get('p1')).toBe('Introduction, ¶ 1');
    expect(places.get('h1')).toBe('Energy Ties, Heading');
    expect(places.get('p2')).toBe('Energy Ties, ¶ 2');
    expect(places.get('p3')).toBe('Energy Ties, ¶ 3');
  });

  it('numbers list items apart from paragraphs, and leaves out a section it does not know', () => {
    const places = blockPlaces({
      ...smallArticle,
      blocks: [
        { id: 'li1', type: 'list-item', section: 'introduction', text: 'One' },
        { id: 'li2', type: 'list-item', section: 'nowhere', text: 'Two' },
      ],
    });
    expect(places.get('li1')).toBe('Introduction, List item 1');
    expect(places.get('li2')).toBe('List item 2');
  });
});

describe('stepPassages', () => {
  it('gives the step’s blocks in its order, marking only the quotes of its focus', () => {
    const step = { ...smallTour.steps[1]!, blocks: ['p2', 'p1'] };
    const passages = stepPassages(smallArticle, smallGraph, step);
    expect(passages.map((p) => p.block)).toEqual(['p2', 'p1']);
    expect(passages[0]).toMatchObject({
      place: 'Energy Ties, ¶ 2',
      text: smallArticle.blocks[2]!.text,
    });
    // Gamma Oil and Beta's oil are in focus; the treaty in p1 is not.
    expect(passages[0]!.quotes.sort()).toEqual([
      'Beta exports oil to Alpha.',
      'The company Gamma Oil develops fields in Beta.',
    ]);
    expect(passages[1]!.quotes).toEqual([]);
  });

  it('marks a quote shared by two focus elements once, and skips a block the text lacks', () => {
    const step = { ...smallTour.steps[0]!, focus: ['alpha', 'beta'], blocks: ['p1', 'gone'] };
    const passages = stepPassages(smallArticle, smallGraph, step);
    expect(passages).toHaveLength(1);
    expect(passages[0]!.quotes).toEqual(['Alpha and Beta signed a treaty in 2013.']);
  });
});

describe('handoutPages', () => {
  it('numbers the steps and names the categories each switches on, with their colours', () => {
    const pages = handoutPages(smallArticle, smallGraph, smallTour, ARTICLE_SPHERES);
    expect(pages.map((p) => [p.number, p.title])).toEqual([
      [1, 'Treaty'],
      [2, 'Oil'],
      [3, 'Rivals'],
    ]);
    const energy = ARTICLE_SPHERES.find((s) => s.id === 'energy')!;
    expect(pages[2]!.spheres.map((s) => s.id)).toEqual(['economic', 'energy']);
    expect(pages[2]!.spheres[1]).toEqual({
      id: 'energy',
      label: energy.label,
      colour: energy.colour,
    });
    expect(pages[0]!.caption).toBe('Alpha and Beta agree.');
  });
});

describe('handoutSource', () => {
  it('prints a web address the text came from, and its date when known', () => {
    expect(
      handoutSource({ ...smallArticle, source: ' https://example.org/a ', date: '2024' }),
    ).toEqual({
      title: 'A small article',
      author: 'Test',
      date: '2024',
      url: 'https://example.org/a',
    });
  });

  it('leaves out a file’s name and a missing date', () => {
    expect(handoutSource(smallArticle)).toMatchObject({ date: null, url: null });
  });
});

describe('pictureHeightMm', () => {
  const page = (text: string, passages = 1): HandoutPage => ({
    number: 1,
    title: 'A step',
    caption: 'A caption.',
    spheres: [],
    passages: Array.from({ length: passages }, (_, i) => ({
      block: `p${i}`,
      place: 'Introduction, ¶ 1',
      text,
      quotes: [],
    })),
  });

  it('gives a short step the largest picture and a long one the smallest', () => {
    expect(pictureHeightMm(page('Short.'))).toBe(PICTURE_MM.max);
    expect(pictureHeightMm(page('word '.repeat(2000)))).toBe(PICTURE_MM.min);
  });

  it('shrinks the picture as the text grows', () => {
    const heights = [1, 3, 5].map((n) => pictureHeightMm(page('word '.repeat(120), n)));
    expect(heights[0]).toBeGreaterThan(heights[1]!);
    expect(heights[1]).toBeGreaterThan(heights[2]!);
  });
});
