import { describe, expect, it } from 'vitest';
import {
  buildArticle,
  extracted,
  normaliseBlockText,
} from '../../../../src/domain/authoring/article';
import { TextSourceError } from '../../../../src/domain/authoring/sourceError';
import { expectValidArticle } from './articleCheck';

describe('normaliseBlockText', () => {
  it('turns every run of whitespace, line breaks included, into one space and trims', () => {
    expect(normaliseBlockText('  a\t\tb\r\nc\u00a0\u2003d \u3000 ')).toBe('a b c d');
  });

  it('keeps curly quotes, dashes and every other character as they are', () => {
    expect(normaliseBlockText('“Community” – 人类命运共同体 <b>')).toBe(
      '“Community” – 人类命运共同体 <b>',
    );
  });
});

describe('buildArticle', () => {
  const text = extracted(
    'notes.md',
    'markdown',
    [
      { type: 'paragraph', text: 'Before any heading.' },
      { type: 'heading', text: 'Risks and Challenges' },
      { type: 'paragraph', text: 'First.' },
      { type: 'list-item', text: 'One' },
      { type: 'heading', text: 'Risks and Challenges' },
      { type: 'paragraph', text: 'Second.' },
    ],
    { title: 'A title' },
  );

  it('numbers blocks per type and opens a section at each heading', () => {
    const result = buildArticle(text, { author: 'Someone', language: 'en' });
    if (!result.ok) throw new Error('expected an article');
    const { article } = result;
    expect(article.blocks.map((b) => `${b.id}:${b.section}`)).toEqual([
      'p1:introduction',
      'h1:risks-and-challenges',
      'p2:risks-and-challenges',
      'li1:risks-and-challenges',
      'h2:risks-and-challenges-2',
      'p3:risks-and-challenges-2',
    ]);
    expect(article).toMatchObject({
      id: 'a-title',
      title: 'A title',
      source: 'notes.md',
      sections: [
        { id: 'introduction', title: 'Introduction' },
        { id: 'risks-and-challenges', title: 'Risks and Challenges' },
        { id: 'risks-and-challenges-2', title: 'Risks and Challenges' },
      ],
    });
    expectValidArticle(article, result.text);
  });

  it('names the details neither the file nor the user gave', () => {
    expect(buildArticle(text, { language: ' ' })).toEqual({
      ok: false,
      missing: ['author', 'language'],
    });
  });

  it('lets the details given win over the file’s own', () => {
    const result = buildArticle(text, { title: 'Mine', author: 'A', language: 'kk', source: 'x' });
    expect(result.ok && result.article.title).toBe('Mine');
  });
});

describe('extracted', () => {
  it('refuses a text with only whitespace in it', () => {
    expect(() =>
      extracted('blank.txt', 'text', [{ type: 'paragraph', text: ' \n\t' }], {}),
    ).toThrow(
      expect.objectContaining({
        name: 'TextSourceError',
        problem: 'empty',
        message: 'blank.txt: there is no text in it',
      }),
    );
  });

  it('refuses more than 5 MB of text, naming the size', () => {
    const big = 'x'.repeat(1024 * 1024);
    const drafts = Array.from({ length: 6 }, () => ({ type: 'paragraph' as const, text: big }));
    let error: unknown;
    try {
      extracted('big.txt', 'text', drafts, {});
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(TextSourceError);
    expect((error as TextSourceError).message).toBe(
      'big.txt: the text is 6.1 MB; an article holds up to 5.0 MB of text',
    );
  });
});
