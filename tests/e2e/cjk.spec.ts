import { article, expect, openMap, test } from './fixtures';
import { FONT_SANS } from '../../src/domain/fonts';

const CJK = '人类命运共同体';

test('Chinese characters in the article are drawn with a real font, not boxes', async ({
  page,
}) => {
  await openMap(page);
  const block = article.blocks.find((b) => b.text.includes(CJK))!;
  const element = page.locator(`#block-${block.id}`);
  await expect(element).toContainText(CJK);

  // The fonts Chromium really used for the passage's text, fallbacks included.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
  const { nodeId } = await cdp.send('DOM.querySelector', {
    nodeId: root.nodeId,
    selector: `#block-${block.id}`,
  });
  const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
  const cjk = fonts.filter((f) => /CJK|Han|YaHei|PingFang|SimSun|Hei|Song/i.test(f.familyName));
  expect(
    cjk.map((f) => f.familyName),
    JSON.stringify(fonts),
  ).not.toEqual([]);
  expect(cjk.reduce((n, f) => n + f.glyphCount, 0)).toBeGreaterThanOrEqual(CJK.length);

  // On a canvas, with the map's label font: each character its own glyph, none the missing-glyph box.
  const glyphs = await page.evaluate(
    ({ text, font }) => {
      const draw = (ch: string) => {
        const canvas = new OffscreenCanvas(48, 48);
        const ctx = canvas.getContext('2d')!;
        ctx.font = `40px ${font}`;
        ctx.fillText(ch, 2, 40);
        return Array.from(ctx.getImageData(0, 0, 48, 48).data.filter((_, i) => i % 4 === 3)).join();
      };
      // A code point no font has: what "no glyph" looks like here.
      const missing = draw('\u{10FFFD}');
      const drawn = [...text].map(draw);
      return {
        distinct: new Set(drawn).size,
        likeMissing: drawn.filter((d) => d === missing).length,
        blank: drawn.filter((d) => !/[1-9]/.test(d)).length,
      };
    },
    { text: CJK, font: FONT_SANS },
  );
  expect(glyphs).toEqual({ distinct: [...new Set(CJK)].length, likeMissing: 0, blank: 0 });
});
