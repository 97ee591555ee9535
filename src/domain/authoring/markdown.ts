import type { Nodes } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { extracted, type DraftBlock, type ExtractedText } from './article';
import { decodeText } from './decodeText';
import { linesOf } from './plainText';
import { TextSourceError } from './sourceError';
import { t } from '../../i18n/core';

/**
 * The most quotes and lists one line may open, the longest run of `*` or `_` in a line, and the
 * most such runs in one paragraph.
 */
export const MAX_MARKDOWN_NESTING = 32;
export const MAX_EMPHASIS_RUN = 64;
export const MAX_EMPHASIS_RUNS = 1000;

const isBlank = (c: string | undefined) => c === ' ' || c === '\t';
const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';

/**
 * How many block quotes and list items a line opens at its start (`> - 1. > x` opens four), and
 * whether one of them is a list item (which starts a new paragraph).
 */
function containersOpened(line: string): { depth: number; item: boolean } {
  let depth = 0;
  let item = false;
  let i = 0;
  for (;;) {
    while (isBlank(line[i])) i++;
    const c = line[i];
    if (c === '>') {
      depth++;
      i++;
    } else if ((c === '-' || c === '*' || c === '+') && isBlank(line[i + 1])) {
      depth++;
      item = true;
      i += 2;
    } else if (isDigit(c)) {
      let j = i;
      while (isDigit(line[j]) && j - i < 9) j++;
      if ((line[j] === '.' || line[j] === ')') && isBlank(line[j + 1])) {
        depth++;
        item = true;
        i = j + 2;
      } else return { depth, item };
    } else return { depth, item };
  }
}

/** The runs of one emphasis character (`*` or `_`) in a line: how many, and the longest outside a rule. */
function emphasisRuns(line: string): { count: number; longest: number } {
  let longest = 0;
  let count = 0;
  let run = 0;
  let other = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if ((c === '*' || c === '_') && line[i - 1] === c) run++;
    else if (c === '*' || c === '_') {
      run = 1;
      count++;
    } else run = 0;
    if (run === 0 && !isBlank(c)) other = true;
    longest = Math.max(longest, run);
  }
  return { count, longest: other ? longest : 0 };
}

/**
 * Refuses Markdown that would take the parser super-linear time: micromark's grows with the cube
 * of lists nested on one line and of emphasis marks in a paragraph (figures in
 * docs/performance.md). No real text nests 32 lists or quotes on one line, runs 64 asterisks
 * inside a paragraph or puts a thousand in one; such a file can be opened as plain text.
 */
export function checkMarkdownShape(markdown: string, file: string): void {
  const lines = linesOf(markdown);
  const refuse = (
    n: number,
    id: 'authoring.source.mdNesting' | 'authoring.source.mdRun' | 'authoring.source.mdRuns',
    max: number,
  ) => {
    throw new TextSourceError(file, 'unreadable', t(id, { line: n + 1, max }));
  };
  let paragraphRuns = 0;
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n]!;
    const opened = containersOpened(line);
    if (opened.depth > MAX_MARKDOWN_NESTING)
      refuse(n, 'authoring.source.mdNesting', MAX_MARKDOWN_NESTING);
    const runs = emphasisRuns(line);
    if (runs.longest > MAX_EMPHASIS_RUN) refuse(n, 'authoring.source.mdRun', MAX_EMPHASIS_RUN);
    // Emphasis pairs up within a paragraph: a blank line or a new list item starts another.
    if (line.trim() === '' || opened.item) paragraphRuns = 0;
    paragraphRuns += runs.count;
    if (paragraphRuns > MAX_EMPHASIS_RUNS) refuse(n, 'authoring.source.mdRuns', MAX_EMPHASIS_RUNS);
  }
}

/** The words of a piece of Markdown as a reader sees them: text, code, an image's alt, raw HTML as text. */
function inlineText(node: Nodes): string {
  let text = '';
  // An explicit stack, so no nesting of emphasis or links runs the call stack out.
  const stack: Nodes[] = [node];
  while (stack.length > 0) {
    const n = stack.pop()!;
    switch (n.type) {
      case 'text':
      case 'inlineCode':
      case 'html':
        text += n.value;
        break;
      case 'break':
        text += ' ';
        break;
      case 'image':
      case 'imageReference':
        text += n.alt ?? '';
        break;
      default:
        if ('children' in n)
          for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
    }
  }
  return text;
}

/**
 * Blocks of a Markdown text, parsed by mdast-util-from-markdown (CommonMark): headings become heading
 * blocks that open sections, the paragraphs of list items (nested lists included) list items, other
 * paragraphs, code and quotes paragraphs. Raw HTML is kept as literal text, never interpreted. The
 * title is the first top-level heading (else the first heading). Shapes that would make the parser
 * super-linear are refused first (`checkMarkdownShape`).
 */
export function readMarkdown(markdown: string, file: string): ExtractedText {
  checkMarkdownShape(markdown, file);
  const root = fromMarkdown(markdown);
  const drafts: DraftBlock[] = [];
  let title: string | undefined;
  let firstHeading: string | undefined;
  const stack: { node: Nodes; inItem: boolean }[] = [];
  const pushChildren = (children: readonly Nodes[], inItem: boolean) => {
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i]!, inItem });
  };
  pushChildren(root.children, false);
  while (stack.length > 0) {
    const { node, inItem } = stack.pop()!;
    const type = inItem ? 'list-item' : 'paragraph';
    switch (node.type) {
      case 'heading': {
        const text = inlineText(node);
        drafts.push({ type: 'heading', text });
        firstHeading ??= text;
        if (node.depth === 1) title ??= text;
        break;
      }
      case 'paragraph':
        drafts.push({ type, text: inlineText(node) });
        break;
      case 'code':
      case 'html':
        drafts.push({ type, text: node.value });
        break;
      case 'listItem':
        pushChildren(node.children, true);
        break;
      case 'list':
      case 'blockquote':
        pushChildren(node.children, inItem);
        break;
      default:
        // Thematic breaks, link definitions and the like carry no text of the article.
        break;
    }
  }
  const heading = title ?? firstHeading;
  return extracted(file, 'markdown', drafts, heading === undefined ? {} : { title: heading });
}

/** A Markdown file (UTF-8, or UTF-16 with a BOM) read into blocks. */
export function readMarkdownFile(bytes: Uint8Array | ArrayBuffer, file: string): ExtractedText {
  return readMarkdown(decodeText(bytes, file), file);
}
