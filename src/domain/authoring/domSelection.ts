import type { TextPoint } from './quotes';

/** The attribute the reader puts on each block's element (`src/features/reader/ReaderBlock.tsx`). */
export const BLOCK_ATTRIBUTE = 'data-block';

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** The reader's controls inside a block (its passage button) are not the block's text. */
const isChrome = (node: Node) =>
  node.nodeType === ELEMENT_NODE && (node as Element).localName === 'button';

/** A DOM selection's ends, as a `Range` or a `StaticRange` gives them. */
export type DomRangeLike = Pick<
  AbstractRange,
  'startContainer' | 'startOffset' | 'endContainer' | 'endOffset'
>;

function blockOf(node: Node, root: Element): Element | null {
  const element = node.nodeType === ELEMENT_NODE ? (node as Element) : node.parentElement;
  const block = element?.closest(`[${BLOCK_ATTRIBUTE}]`) ?? null;
  return block && root.contains(block) ? block : null;
}

/**
 * The text offset of a DOM boundary point (container, offset) inside a block's element: the length
 * of the block's text before it, counting text nodes in document order and skipping the reader's
 * controls. A point inside a control counts as the place before it. Walks with an explicit stack.
 */
export function offsetInBlock(blockElement: Element, container: Node, offset: number): number {
  // The node the point lies just before; null when it lies after everything in `container`.
  const isText = container.nodeType === TEXT_NODE;
  const before = isText ? null : (container.childNodes[offset] ?? null);
  let count = 0;
  const stack: { node: Node; next: Node | null }[] = [
    { node: blockElement, next: blockElement.firstChild },
  ];
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    const child = frame.next;
    if (child === null) {
      stack.pop();
      if (!isText && frame.node === container) return count;
      continue;
    }
    frame.next = child.nextSibling;
    if (child === before) return count;
    if (isChrome(child)) {
      if (child.contains(container)) return count;
      continue;
    }
    if (child.nodeType === TEXT_NODE) {
      if (child === container) return count + Math.min(offset, (child as Text).length);
      count += (child as Text).length;
      continue;
    }
    stack.push({ node: child, next: child.firstChild });
  }
  return count;
}

/** The length of a block element's text, the reader's controls left out. */
function textLength(blockElement: Element): number {
  return offsetInBlock(blockElement, blockElement, blockElement.childNodes.length);
}

/**
 * Where a DOM boundary point lies in the article's text. A point between blocks (on a section label,
 * between list items) moves into the block after it when it starts a selection, and into the block
 * before it when it ends one; null when there is no such block under `root`.
 */
export function textPointOf(
  root: Element,
  container: Node,
  offset: number,
  edge: 'start' | 'end',
): TextPoint | null {
  const block = blockOf(container, root);
  if (block)
    return {
      block: block.getAttribute(BLOCK_ATTRIBUTE)!,
      offset: offsetInBlock(block, container, offset),
    };
  const blocks = Array.from(root.querySelectorAll(`[${BLOCK_ATTRIBUTE}]`));
  const range = root.ownerDocument.createRange();
  const side = (el: Element) => {
    range.selectNodeContents(el);
    return range.comparePoint(container, offset);
  };
  if (edge === 'start') {
    const next = blocks.find((el) => side(el) < 0);
    return next ? { block: next.getAttribute(BLOCK_ATTRIBUTE)!, offset: 0 } : null;
  }
  const previous = blocks.findLast((el) => side(el) > 0);
  return previous
    ? { block: previous.getAttribute(BLOCK_ATTRIBUTE)!, offset: textLength(previous) }
    : null;
}

/**
 * A DOM selection in the reader as two points of the article's text (feed them to
 * `quotesOfSelection`), or null when it touches no block under `root`.
 */
export function selectionPoints(
  root: Element,
  range: DomRangeLike,
): { start: TextPoint; end: TextPoint } | null {
  const start = textPointOf(root, range.startContainer, range.startOffset, 'start');
  const end = textPointOf(root, range.endContainer, range.endOffset, 'end');
  return start && end ? { start, end } : null;
}
