import mammoth from 'mammoth';
import { extracted, type ExtractedText } from './article';
import type { HtmlParser } from './html';
import { blocksOfElement } from './htmlBlocks';
import { checkFileSize } from './limits';
import { TextSourceError } from './sourceError';

const isZip = (b: Uint8Array) => b[0] === 0x50 && b[1] === 0x4b && b[2] === 3 && b[3] === 4;

/**
 * A Word document's text: mammoth turns its paragraphs, headings (by their Heading styles) and lists
 * into HTML, which `parser` reads as an inert document and which is reduced to text blocks like a
 * web page's. mammoth reads no title or author from the document's properties: those are asked for.
 */
export async function readDocx(
  input: Uint8Array | ArrayBuffer,
  parser: HtmlParser,
  file: string,
): Promise<ExtractedText> {
  const bytes = ArrayBuffer.isView(input)
    ? new Uint8Array(input.buffer, input.byteOffset, input.byteLength)
    : new Uint8Array(input);
  checkFileSize(bytes.length, file);
  if (bytes.length === 0) throw new TextSourceError(file, 'empty', 'the file is empty');
  if (!isZip(bytes))
    throw new TextSourceError(file, 'unreadable', 'this is not a Word document (.docx)');
  const arrayBuffer = bytes.slice().buffer;
  let html: string;
  try {
    // mammoth's browser build reads `arrayBuffer`, its Node build `buffer`; JSZip takes either.
    const result = await mammoth.convertToHtml({
      arrayBuffer,
      buffer: arrayBuffer,
    } as unknown as Parameters<typeof mammoth.convertToHtml>[0]);
    html = result.value;
  } catch (cause) {
    throw new TextSourceError(
      file,
      'unreadable',
      `the Word document cannot be read (${cause instanceof Error ? cause.message : String(cause)})`,
      { cause },
    );
  }
  const doc = parser.parseFromString(html, 'text/html');
  return extracted(file, 'docx', blocksOfElement(doc.body ?? doc.documentElement), {});
}
