import type { ExtractedText, SourceFormat } from './article';
import type { HtmlParser } from './html';
import { checkFileSize, checkTextSize, MAX_FILE_BYTES, MAX_TEXT_BYTES } from './limits';
import { PASTED, TextSourceError } from './sourceError';
import { t } from '../../i18n/core';
import { formatOfFile } from './sourceFormat';

/** A text to make a map of: typed or pasted (plain text or Markdown), or a file's bytes. */
export type SourceInput =
  | { kind: 'paste'; text: string; format: 'text' | 'markdown' }
  | { kind: 'file'; name: string; bytes: ArrayBuffer };

export { PASTED } from './sourceError';

/** The extensions a new map's file may have, for the file picker's `accept`. */
export const SOURCE_EXTENSIONS = ['.txt', '.md', '.markdown', '.html', '.htm', '.docx'] as const;

/**
 * The first step of reading, which needs no DOM and so can run in a worker: the text itself for
 * plain text and Markdown, or, for a web page or a Word document, the markup a page reduces next
 * (`readMarkup`), since Readability and the reduction walk a DOM.
 */
export type FirstStep =
  | { kind: 'text'; text: ExtractedText }
  | { kind: 'markup'; format: 'html' | 'docx'; file: string; html: string };

/** The source's format: the one chosen for a paste, or the one the file's name says. */
export function formatOfSource(input: SourceInput): SourceFormat {
  if (input.kind === 'paste') return input.format;
  const format = formatOfFile(input.name);
  if (!format)
    throw new TextSourceError(
      input.name,
      'unreadable',
      t('authoring.source.unknownKind', { extensions: SOURCE_EXTENSIONS.join(', ') }),
    );
  return format;
}

/** mammoth's HTML of a Word document (`docxHtml`), or null where Word documents are not read. */
export type DocxReader = ((bytes: ArrayBuffer, file: string) => Promise<string>) | null;

/** The Word reader, mammoth, loaded on first use. */
export const loadDocxReader: NonNullable<DocxReader> = async (bytes, file) =>
  (await import('./docx')).docxHtml(bytes, file);

/**
 * Reads a source as far as it can without a DOM; each format's reader is loaded when used. The
 * Word reader is passed in, so that a build can leave mammoth out (the single file, whose size
 * is budgeted: it refuses Word documents, naming the file).
 */
export async function readWithoutDom(input: SourceInput, docx: DocxReader): Promise<FirstStep> {
  const format = formatOfSource(input);
  if (input.kind === 'paste') {
    // Refused before parsing: a paste has no file size to check first.
    checkTextSize(input.text, PASTED);
    if (format === 'markdown') {
      const { readMarkdown } = await import('./markdown');
      return { kind: 'text', text: readMarkdown(input.text, PASTED) };
    }
    const { readPlainText } = await import('./plainText');
    return { kind: 'text', text: readPlainText(input.text, PASTED) };
  }
  const { name, bytes } = input;
  switch (format) {
    case 'text': {
      const { readTextFile } = await import('./plainText');
      return { kind: 'text', text: readTextFile(bytes, name) };
    }
    case 'markdown': {
      const { readMarkdownFile } = await import('./markdown');
      return { kind: 'text', text: readMarkdownFile(bytes, name) };
    }
    case 'html': {
      const { decodeText } = await import('./decodeText');
      return { kind: 'markup', format, file: name, html: decodeText(bytes, name, MAX_FILE_BYTES) };
    }
    case 'docx': {
      if (!docx) throw new TextSourceError(name, 'unreadable', t('authoring.source.offlineDocx'));
      return { kind: 'markup', format, file: name, html: await docx(bytes, name) };
    }
  }
}

/** The second step, on a page with a DOM: a web page's or a Word document's markup as blocks. */
export async function readMarkup(step: FirstStep, parser: HtmlParser): Promise<ExtractedText> {
  if (step.kind === 'text') return step.text;
  if (step.format === 'html') {
    const { readHtml } = await import('./html');
    return readHtml(step.html, parser, step.file);
  }
  const { docxText } = await import('./docxText');
  return docxText(step.html, parser, step.file);
}

/** Both steps in one place (where no worker starts, and in tests). */
export async function readSource(input: SourceInput, parser: HtmlParser): Promise<ExtractedText> {
  return readMarkup(await readWithoutDom(input, loadDocxReader), parser);
}

/** How many headings, paragraphs and list items a text became, for a preview. */
export function blockCounts(
  text: ExtractedText,
): Record<'heading' | 'paragraph' | 'list-item', number> {
  const counts = { heading: 0, paragraph: 0, 'list-item': 0 };
  for (const b of text.blocks) counts[b.type]++;
  return counts;
}

/**
 * Refuses, before its bytes are read, a file larger than its format may be: 5 MB for a text or
 * Markdown file (all of it is text), 50 MB for a web page or a Word document (markup and images).
 */
export function checkSourceFileSize(name: string, size: number): void {
  const format = formatOfSource({ kind: 'file', name, bytes: new ArrayBuffer(0) });
  checkFileSize(
    size,
    name,
    format === 'text' || format === 'markdown' ? MAX_TEXT_BYTES : MAX_FILE_BYTES,
  );
}
