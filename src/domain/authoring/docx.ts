import mammoth from 'mammoth';
import type { ExtractedText } from './article';
import { docxText } from './docxText';
import type { HtmlParser } from './html';
import { checkFileSize } from './limits';
import { TextSourceError } from './sourceError';
import { t } from '../../i18n/core';

const isZip = (b: Uint8Array) => b[0] === 0x50 && b[1] === 0x4b && b[2] === 3 && b[3] === 4;

/**
 * The HTML mammoth makes of a Word document's paragraphs, headings (by their Heading styles) and
 * lists. Needs no DOM, so it runs in a worker; `docxText` reduces it on a page.
 */
export async function docxHtml(input: Uint8Array | ArrayBuffer, file: string): Promise<string> {
  const bytes = ArrayBuffer.isView(input)
    ? new Uint8Array(input.buffer, input.byteOffset, input.byteLength)
    : new Uint8Array(input);
  checkFileSize(bytes.length, file);
  if (bytes.length === 0) throw new TextSourceError(file, 'empty', t('authoring.source.emptyFile'));
  if (!isZip(bytes)) throw new TextSourceError(file, 'unreadable', t('authoring.source.notDocx'));
  const arrayBuffer = bytes.slice().buffer;
  try {
    // mammoth's browser build reads `arrayBuffer`, its Node build `buffer`; JSZip takes either.
    const result = await mammoth.convertToHtml({
      arrayBuffer,
      buffer: arrayBuffer,
    } as unknown as Parameters<typeof mammoth.convertToHtml>[0]);
    return result.value;
  } catch (cause) {
    throw new TextSourceError(
      file,
      'unreadable',
      t('authoring.source.docxUnreadable', {
        cause: cause instanceof Error ? cause.message : String(cause),
      }),
      { cause },
    );
  }
}

/**
 * A Word document's text: mammoth's HTML of it reduced to text blocks like a web page's. mammoth
 * reads no title or author from the document's properties: those are asked for.
 */
export async function readDocx(
  input: Uint8Array | ArrayBuffer,
  parser: HtmlParser,
  file: string,
): Promise<ExtractedText> {
  return docxText(await docxHtml(input, file), parser, file);
}
