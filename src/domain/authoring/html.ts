import { Readability } from '@mozilla/readability';
import { extracted, type ExtractedText, type SourceMeta } from './article';
import { decodeText } from './decodeText';
import { blocksOfElement, deeperThan, SKIPPED } from './htmlBlocks';
import { MAX_FILE_BYTES } from './limits';

/**
 * Readability's time grows steeply with the depth of the markup and with its size (figures in
 * docs/performance.md). Pages deeper or larger than these are read without it: the body, without
 * navigation, header, footer and asides.
 */
export const MAX_READABLE_DEPTH = 100;
export const MAX_READABLE_ELEMENTS = 50_000;

const PAGE_CHROME: ReadonlySet<string> = new Set([
  ...SKIPPED,
  'nav',
  'header',
  'footer',
  'aside',
  'form',
]);

/** Readability's article, or null when it finds none or the page is too deep or large for it. */
function readable(doc: Document): ReturnType<Readability<Node>['parse']> {
  if (deeperThan(doc.documentElement, MAX_READABLE_DEPTH)) return null;
  const copy = doc.cloneNode(true) as Document;
  try {
    return new Readability<Node>(copy, {
      serializer: (node) => node,
      maxElemsToParse: MAX_READABLE_ELEMENTS,
    }).parse();
  } catch {
    // Readability refuses pages above maxElemsToParse by throwing.
    return null;
  }
}

/** What `readHtml` needs of a DOMParser: the page's own, or jsdom's in tests and workers. */
export type HtmlParser = Pick<DOMParser, 'parseFromString'>;

const meta = (doc: Document, selector: string): string | undefined =>
  doc.querySelector(selector)?.getAttribute('content') ?? undefined;

const webAddress = (value: string | null | undefined): string | undefined =>
  value && /^https?:\/\/\S/i.test(value.trim()) ? value.trim() : undefined;

/** Title, author, date, address and language as the page's markup states them. */
function pageMeta(doc: Document): SourceMeta {
  return {
    title: meta(doc, 'meta[property="og:title"]') ?? (doc.title || undefined),
    author: meta(doc, 'meta[name="author"]') ?? meta(doc, 'meta[property="article:author"]'),
    date:
      meta(doc, 'meta[property="article:published_time"]') ??
      meta(doc, 'meta[name="date"]') ??
      doc.querySelector('time[datetime]')?.getAttribute('datetime') ??
      undefined,
    source:
      webAddress(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')) ??
      webAddress(meta(doc, 'meta[property="og:url"]')),
    language: doc.documentElement.getAttribute('lang') ?? undefined,
  };
}

/**
 * The article in a web page's document: its content found by Mozilla's Readability (the body without
 * navigation, header, footer and asides when it finds none, or the page is too deep or large for
 * it), reduced to text blocks. The document is read, never rendered: a document from
 * DOMParser runs no script and loads no image. Readability works on a copy; `doc` stays as it was.
 */
export function readHtmlDocument(doc: Document, file: string): ExtractedText {
  const own = pageMeta(doc);
  const found = readable(doc);
  const blocks = found?.content
    ? blocksOfElement(found.content)
    : blocksOfElement(doc.body ?? doc.documentElement, PAGE_CHROME);
  return extracted(file, 'html', blocks, {
    title: found?.title ?? own.title,
    author: found?.byline ?? own.author,
    date: found?.publishedTime ?? own.date,
    source: own.source,
    language: own.language ?? found?.lang ?? undefined,
  });
}

/** A web page's HTML, parsed with `parser` as an inert document, reduced to its article's blocks. */
export function readHtml(html: string, parser: HtmlParser, file: string): ExtractedText {
  return readHtmlDocument(parser.parseFromString(html, 'text/html'), file);
}

/** A saved web page's bytes (UTF-8, up to 50 MB of markup) reduced to its article's blocks. */
export function readHtmlFile(
  bytes: Uint8Array | ArrayBuffer,
  parser: HtmlParser,
  file: string,
): ExtractedText {
  return readHtml(decodeText(bytes, file, MAX_FILE_BYTES), parser, file);
}
