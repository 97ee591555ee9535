import { describe, expect, it } from 'vitest';
import { pictureCrop } from '../../../src/graph/exportImage';

const view = { width: 800, height: 600 };

describe('pictureCrop', () => {
  it('keeps the whole view when nothing is framed', () => {
    expect(pictureCrop(view, null)).toEqual({ x: 0, y: 0, w: 800, h: 600 });
    expect(pictureCrop(view, { x: 10, y: 10, w: 0, h: 0 })).toEqual({ x: 0, y: 0, w: 800, h: 600 });
  });

  it('pads what is framed and widens it to a landscape picture about its middle', () => {
    const crop = pictureCrop(view, { x: 350, y: 250, w: 100, h: 100 });
    // 100 + 2 × 48 = 196 high, so at least 1.3 × 196 wide, centred on x = 400.
    expect(crop.h).toBe(196);
    expect(crop.w).toBeGreaterThanOrEqual(Math.floor(1.3 * 196));
    expect(Math.abs(crop.x + crop.w / 2 - 400)).toBeLessThanOrEqual(1);
    expect(crop.y).toBe(202);
  });

  it('stays inside the view when what is framed lies at its edge', () => {
    const crop = pictureCrop(view, { x: 0, y: 0, w: 60, h: 300 });
    expect(crop.x).toBe(0);
    expect(crop.y).toBe(0);
    expect(crop.x + crop.w).toBeLessThanOrEqual(800);
    expect(crop.w).toBeGreaterThanOrEqual(Math.floor(1.3 * 348));
  });

  it('heightens a very wide frame, as far as the view allows', () => {
    const crop = pictureCrop(view, { x: 0, y: 290, w: 800, h: 20 });
    expect(crop.w).toBe(800);
    expect(crop.h).toBe(Math.round(800 / 2.2));
    expect(Math.abs(crop.y + crop.h / 2 - 300)).toBeLessThanOrEqual(1);
  });

  it('never asks for more than the view in a narrow, tall map', () => {
    const narrow = { width: 300, height: 900 };
    const crop = pictureCrop(narrow, { x: 50, y: 100, w: 200, h: 700 });
    expect(crop).toEqual({ x: 0, y: 52, w: 300, h: 796 });
  });
});
