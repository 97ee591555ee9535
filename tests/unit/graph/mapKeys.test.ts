import { describe, expect, it } from 'vitest';
import { mapKeyAction, ZOOM_STEP } from '../../../src/graph/mapKeys';

const size = { width: 800, height: 600 };
const press = (
  key: string,
  mods: Partial<Record<'shift' | 'ctrl' | 'meta' | 'alt', boolean>> = {},
) => ({
  key,
  shiftKey: !!mods.shift,
  ctrlKey: !!mods.ctrl,
  metaKey: !!mods.meta,
  altKey: !!mods.alt,
});

describe('mapKeyAction', () => {
  it('moves the view a tenth of the map per arrow, four tenths with Shift', () => {
    expect(mapKeyAction(press('ArrowRight'), size)).toEqual({ kind: 'pan', dx: 80, dy: 0 });
    expect(mapKeyAction(press('ArrowLeft'), size)).toEqual({ kind: 'pan', dx: -80, dy: 0 });
    expect(mapKeyAction(press('ArrowUp'), size)).toEqual({ kind: 'pan', dx: 0, dy: -60 });
    expect(mapKeyAction(press('ArrowDown', { shift: true }), size)).toEqual({
      kind: 'pan',
      dx: 0,
      dy: 240,
    });
  });

  it('zooms in with + or =, out with −, - or _, and fits with 0', () => {
    for (const key of ['+', '='])
      expect(mapKeyAction(press(key), size), key).toEqual({ kind: 'zoom', factor: ZOOM_STEP });
    for (const key of ['-', '_', '−'])
      expect(mapKeyAction(press(key), size), key).toEqual({ kind: 'zoom', factor: 1 / ZOOM_STEP });
    expect(mapKeyAction(press('0'), size)).toEqual({ kind: 'fit' });
  });

  it('leaves the browser its own shortcuts and the page other keys', () => {
    expect(mapKeyAction(press('+', { ctrl: true }), size)).toBeNull();
    expect(mapKeyAction(press('-', { meta: true }), size)).toBeNull();
    expect(mapKeyAction(press('ArrowLeft', { alt: true }), size)).toBeNull();
    expect(mapKeyAction(press('a'), size)).toBeNull();
    expect(mapKeyAction(press('Escape'), size)).toBeNull();
  });

  it('leaves the arrows alone when told (the tour steps with them)', () => {
    expect(mapKeyAction(press('ArrowRight'), size, false)).toBeNull();
    expect(mapKeyAction(press('+'), size, false)).toEqual({ kind: 'zoom', factor: ZOOM_STEP });
  });
});
