import { extracted, type ExtractedText } from './article';
import type { HtmlParser } from './html';
import { blocksOfElement } from './htmlBlocks';

/**
 * mammoth's HTML of a Word document, read by `parser` as an inert document, as text blocks. Apart
 * from `docx.ts`, so that a page reducing the HTML a worker made does not load mammoth.
 */
export function docxText(html: string, parser: HtmlParser, file: string): ExtractedText {
  const doc = parser.parseFromString(html, 'text/html');
  return extracted(file, 'docx', blocksOfElement(doc.body ?? doc.documentElement), {});
}
