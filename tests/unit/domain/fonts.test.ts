// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FONT_SANS, FONT_SANS_ZH, FONT_SERIF } from '../../../src/domain/fonts';

const css = readFileSync('src/app/app.css', 'utf8');
/** A custom property of app.css's :root, its whitespace as one space. */
const cssVar = (name: string) =>
  new RegExp(`${name}:\\s*([^;]+);`).exec(css)?.[1]!.replace(/\s+/g, ' ').trim();
const names = (stack: string) => stack.split(',').map((f) => f.trim().replace(/^['"]|['"]$/g, ''));

describe('font stacks', () => {
  it('name a system font with Simplified Chinese on each platform, and a Cyrillic one', () => {
    for (const stack of [FONT_SANS, FONT_SANS_ZH, FONT_SERIF]) {
      const list = names(stack);
      expect(
        list.some((f) => ['PingFang SC', 'Songti SC'].includes(f)),
        'macOS',
      ).toBe(true);
      expect(
        list.some((f) => ['Microsoft YaHei', 'SimSun'].includes(f)),
        'Windows',
      ).toBe(true);
      expect(
        list.some((f) => /^Noto (Sans|Serif) CJK SC$/.test(f)),
        'Linux',
      ).toBe(true);
      expect(
        list.some((f) => /^Source Han (Sans|Serif) SC$/.test(f)),
        'Source Han',
      ).toBe(true);
      expect(
        list.some((f) => /^(DejaVu|Noto) (Sans|Serif)$/.test(f)),
        'Cyrillic',
      ).toBe(true);
      expect(list.at(-1), 'a generic family last').toMatch(/^(sans-serif|serif)$/);
    }
  });

  it('are the page’s own: app.css names the same ones', () => {
    expect(names(cssVar('--font-sans')!)).toEqual(names(FONT_SANS));
    expect(names(cssVar('--font-serif')!)).toEqual(names(FONT_SERIF));
    expect(names(cssVar('--font-sans-zh')!)).toEqual(names(FONT_SANS_ZH));
    expect(names(FONT_SANS_ZH).slice(0, 2)).toEqual(['PingFang SC', 'Hiragino Sans GB']);
    expect(css).toMatch(/font-family: var\(--font-sans\);/);
  });
});
