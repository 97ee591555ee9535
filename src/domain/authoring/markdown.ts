import type { Nodes } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { extracted, type DraftBlock, type ExtractedText } from './article';
import { decodeText } from './decodeText';

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
 * title is the first top-level heading (else the first heading).
 */
export function readMarkdown(markdown: string, file: string): ExtractedText {
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
