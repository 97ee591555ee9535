// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  notePointers,
  noteParts,
  pointedBlocks,
  pointerBlock,
  pointerOf,
} from '../../../src/domain/speakerNotes';

const blocks = new Set(['p1', 'p2', 'p12', 'li3']);

describe('speaker notes', () => {
  it('name blocks as a printed text does', () => {
    expect(pointerOf('p12')).toBe('¶12');
    expect(pointerOf('li3')).toBe('¶li3');
    expect(pointerBlock('12')).toBe('p12');
    expect(pointerBlock('li3')).toBe('li3');
  });

  it('are cut into text and the pointers the article has', () => {
    expect(noteParts('Point at ¶12, then ¶li3. Ask why (¶99 is not there).', blocks)).toEqual([
      { text: 'Point at ' },
      { text: '¶12', block: 'p12' },
      { text: ', then ' },
      { text: '¶li3', block: 'li3' },
      { text: '. Ask why (¶99 is not there).' },
    ]);
    expect(noteParts('¶1¶2', blocks)).toEqual([
      { text: '¶1', block: 'p1' },
      { text: '¶2', block: 'p2' },
    ]);
    expect(noteParts('', blocks)).toEqual([]);
    expect(noteParts('No pointer.', blocks)).toEqual([{ text: 'No pointer.' }]);
  });

  it('list the blocks they point at once each, in order', () => {
    expect(notePointers('¶12 and ¶1, again ¶12; ¶7', blocks)).toEqual(['p12', 'p1']);
  });

  it('keep hostile text as text', () => {
    const hostile = '<img src=x onerror=alert(1)> ¶1';
    expect(noteParts(hostile, blocks)).toEqual([
      { text: '<img src=x onerror=alert(1)> ' },
      { text: '¶1', block: 'p1' },
    ]);
  });

  it('point at blocks, each once, whether or not an article has them', () => {
    expect(pointedBlocks('¶12 and ¶99, then ¶li3 and ¶12 again; a lone ¶ is text.')).toEqual([
      'p12',
      'p99',
      'li3',
    ]);
    expect(pointedBlocks('No pointer here.')).toEqual([]);
  });
});
