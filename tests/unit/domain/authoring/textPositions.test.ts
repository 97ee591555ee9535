import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ArticleText } from '../../../../src/domain/authoring/textPositions';
import type { Article } from '../../../../src/domain/schema';

const articleOf = (texts: string[]): Article => ({
  id: 'a',
  title: 'T',
  author: 'A',
  language: 'en',
  source: 's',
  sections: [{ id: 'introduction', title: 'Introduction' }],
  blocks: texts.map((text, i) => ({
    id: `p${i + 1}`,
    type: 'paragraph',
    section: 'introduction',
    text,
  })),
});

describe('ArticleText', () => {
  it('converts between code units and code points both ways, as Array.from counts them', () => {
    const textArb = fc.array(fc.string({ unit: fc.constantFrom('a', ' ', 'é', '中', '😀', '𝒜') }), {
      minLength: 1,
      maxLength: 4,
    });
    fc.assert(
      fc.property(textArb, (texts) => {
        const whole = new ArticleText(articleOf(texts));
        for (let u = 0; u <= whole.text.length; u++) {
          const inPair = /[\uDC00-\uDFFF]/.test(whole.text[u] ?? '');
          if (inPair) continue;
          const points = Array.from(whole.text.slice(0, u)).length;
          expect(whole.toCodePoints(u)).toBe(points);
          expect(whole.toCodeUnits(points)).toBe(u);
        }
      }),
    );
  });

  it('finds the block and offset of a place in the whole text', () => {
    const whole = new ArticleText(articleOf(['abc', 'de']));
    expect(whole.text).toBe('abc\nde');
    expect(whole.pointAt(0)).toEqual({ block: 'p1', offset: 0 });
    expect(whole.pointAt(3)).toEqual({ block: 'p1', offset: 3 });
    expect(whole.pointAt(4)).toEqual({ block: 'p2', offset: 0 });
    expect(whole.blockStart('p2')).toBe(4);
    expect(whole.blockStart('p9')).toBeUndefined();
  });
});
