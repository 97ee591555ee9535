import type { DraftBlock } from './article';

/** Elements whose content is not part of the text a reader reads. */
export const SKIPPED: ReadonlySet<string> = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'iframe',
  'object',
  'embed',
  'canvas',
  'video',
  'audio',
  'button',
  'select',
  'input',
  'textarea',
  'head',
]);

const OWN_TYPE: Record<string, DraftBlock['type']> = {
  h1: 'heading',
  h2: 'heading',
  h3: 'heading',
  h4: 'heading',
  h5: 'heading',
  h6: 'heading',
  li: 'list-item',
  p: 'paragraph',
};

/** Elements that end the run of text before them and start a new one. */
const BREAKS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'caption',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'header',
  'hr',
  'main',
  'nav',
  'ol',
  'pre',
  'section',
  'summary',
  'table',
  'td',
  'th',
  'tr',
  'ul',
]);

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_SECTION_NODE = 4;

/**
 * The text blocks of an element's content, read from the DOM tree and never rendered: headings,
 * list items and paragraphs, with any other text between block elements as a paragraph. Scripts,
 * styles, forms and media are left out; an image stands for nothing (its alt is not the author's
 * text). Walks with an explicit stack, so deeply nested markup cannot run the call stack out.
 */
export function blocksOfElement(root: Node, skip: ReadonlySet<string> = SKIPPED): DraftBlock[] {
  const drafts: DraftBlock[] = [];
  let buffer = '';
  const flush = (type: DraftBlock['type']) => {
    if (buffer.trim() !== '') drafts.push({ type, text: buffer });
    buffer = '';
  };
  // A frame is a node still being read, the block type its text belongs to, and its next child.
  type Frame = { node: Node; type: DraftBlock['type']; next: Node | null; block: boolean };
  const stack: Frame[] = [{ node: root, type: 'paragraph', next: root.firstChild, block: true }];
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    const child = frame.next;
    if (child === null) {
      stack.pop();
      if (frame.block) flush(frame.type);
      continue;
    }
    frame.next = child.nextSibling;
    if (child.nodeType === TEXT_NODE || child.nodeType === CDATA_SECTION_NODE) {
      buffer += (child as CharacterData).data;
      continue;
    }
    if (child.nodeType !== ELEMENT_NODE) continue;
    const tag = (child as Element).localName.toLowerCase();
    if (skip.has(tag)) continue;
    if (tag === 'br') {
      buffer += ' ';
      continue;
    }
    const own = OWN_TYPE[tag];
    const block = own !== undefined || BREAKS.has(tag);
    if (block) flush(frame.type);
    // A paragraph inside a list item is that item's text.
    const type =
      own === 'paragraph' && frame.type === 'list-item' ? frame.type : (own ?? frame.type);
    stack.push({ node: child, type, next: child.firstChild, block });
  }
  flush('paragraph');
  return drafts;
}

/** Whether any element under `root` lies more than `limit` levels deep (stops as soon as one does). */
export function deeperThan(root: Node, limit: number): boolean {
  const stack: { node: Node; depth: number }[] = [{ node: root, depth: 0 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    if (depth > limit) return true;
    for (let c = node.firstChild; c; c = c.nextSibling)
      if (c.nodeType === ELEMENT_NODE) stack.push({ node: c, depth: depth + 1 });
  }
  return false;
}
