import { describe, expect, it } from 'vitest';
import { FONT_SANS } from '../../../src/domain/fonts';
import {
  LARGE_EXPORT_STYLESHEET,
  LARGE_STYLESHEET,
  STYLESHEET,
} from '../../../src/graph/stylesheet';
import { smallGraph } from '../../fixtures/small';
import { styledMap } from './styledMap';

describe('the map’s label font', () => {
  it('is the page’s stack, CJK and Cyrillic included, on every map', () => {
    for (const sheet of [STYLESHEET, LARGE_STYLESHEET, LARGE_EXPORT_STYLESHEET]) {
      const node = sheet.find((r) => r.selector === 'node') as unknown as {
        style: Record<string, unknown>;
      };
      expect(node.style['font-family']).toBe(FONT_SANS);
    }
    const cy = styledMap(smallGraph, {});
    expect(cy.nodes()[0]!.style('font-family')).toContain('Noto Sans CJK SC');
    cy.destroy();
  });
});
