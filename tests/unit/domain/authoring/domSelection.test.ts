import { render } from '@testing-library/react';
import { createElement } from 'react';
import { describe, expect, it } from 'vitest';
import { offsetInBlock, selectionPoints } from '../../../../src/domain/authoring/domSelection';
import { quotesOfSelection } from '../../../../src/domain/authoring/quotes';
import type { Article, Block } from '../../../../src/domain/schema';
import { ReaderBlock } from '../../../../src/features/reader/ReaderBlock';

const blocks: Block[] = [
  { id: 'h1', type: 'heading', section: 'energy', text: 'Energy cooperation' },
  { id: 'p1', type: 'paragraph', section: 'energy', text: 'China and Kazakhstan build pipelines.' },
  { id: 'li1', type: 'list-item', section: 'energy', text: 'CNPC develops fields.' },
];
const article: Article = {
  id: 'a',
  title: 'T',
  author: 'A',
  language: 'en',
  source: 's',
  sections: [{ id: 'energy', title: 'Energy' }],
  blocks,
};

/** The reader's real blocks, with passage buttons and highlighted quotes, after a section label. */
function renderReader() {
  const { container } = render(
    createElement(
      'div',
      null,
      createElement('p', { className: 'label' }, 'Energy'),
      ...blocks.map((block) =>
        createElement(ReaderBlock, {
          key: block.id,
          block,
          name: block.text.slice(0, 10),
          supports: 3,
          quotes: block.id === 'p1' ? ['Kazakhstan'] : undefined,
          current: false,
          onToggle: () => {},
        }),
      ),
    ),
  );
  return container.firstElementChild!;
}

/** The text node holding `needle` inside the block element, and the offset of `needle` in it. */
function at(root: Element, blockId: string, needle: string): [Node, number] {
  const el = root.querySelector(`[data-block="${blockId}"]`)!;
  const walker = el.ownerDocument.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const i = n.textContent!.indexOf(needle);
    if (i !== -1 && !n.parentElement!.closest('button')) return [n, i];
  }
  throw new Error(`no "${needle}" in ${blockId}`);
}

function range(start: [Node, number], end: [Node, number]) {
  const r = document.createRange();
  r.setStart(...start);
  r.setEnd(...end);
  return r;
}

describe('selectionPoints', () => {
  it('maps a selection inside a highlighted quote to offsets in the block’s text', () => {
    const root = renderReader();
    const [node, i] = at(root, 'p1', 'Kazakhstan');
    const points = selectionPoints(root, range([node, i + 3], [node, i + 10]))!;
    expect(points).toEqual({
      start: { block: 'p1', offset: 13 },
      end: { block: 'p1', offset: 20 },
    });
    expect(quotesOfSelection(article, points.start, points.end)).toEqual([
      { block: 'p1', quote: 'akhstan' },
    ]);
  });

  it('skips the passage buttons’ counts and gives one quote per block across blocks', () => {
    const root = renderReader();
    const [a, i] = at(root, 'h1', 'cooperation');
    const [b, j] = at(root, 'li1', 'develops');
    const points = selectionPoints(root, range([a, i], [b, j + 'develops'.length]))!;
    expect(quotesOfSelection(article, points.start, points.end)).toEqual([
      { block: 'h1', quote: 'cooperation' },
      { block: 'p1', quote: 'China and Kazakhstan build pipelines.' },
      { block: 'li1', quote: 'CNPC develops' },
    ]);
  });

  it('moves ends that lie outside blocks into the nearest block inside the selection', () => {
    const root = renderReader();
    const label = root.querySelector('.label')!;
    const points = selectionPoints(
      root,
      range([label.firstChild!, 0], [root, root.childNodes.length]),
    )!;
    expect(points).toEqual({
      start: { block: 'h1', offset: 0 },
      end: { block: 'li1', offset: 'CNPC develops fields.'.length },
    });
  });

  it('counts a point given as an element and child index, and one inside a button', () => {
    const root = renderReader();
    const p = root.querySelector('[data-block="p1"]')!;
    expect(offsetInBlock(p, p, p.childNodes.length)).toBe(blocks[1]!.text.length);
    expect(offsetInBlock(p, p, 0)).toBe(0);
    const button = p.querySelector('button')!;
    expect(offsetInBlock(p, button.lastChild!, 1)).toBe(0);
  });

  it('gives null for a selection that touches no block', () => {
    const root = renderReader();
    const label = root.querySelector('.label')!;
    expect(selectionPoints(root, range([label.firstChild!, 0], [label.firstChild!, 3]))).toBeNull();
  });
});
