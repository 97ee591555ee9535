import type { Article, Block } from '../schema';
import { checkTextSize } from './limits';
import { slugOf, uniqueId } from './slug';
import { TextSourceError } from './sourceError';
import { t } from '../../i18n/core';

/** The formats a text comes in. */
export type SourceFormat = 'text' | 'markdown' | 'html' | 'docx';

/** A block as a format reader finds it, before ids and sections. */
export interface DraftBlock {
  type: 'heading' | 'paragraph' | 'list-item';
  text: string;
}

/** What a file says about itself, where it says it; the rest is asked for. */
export interface SourceMeta {
  title?: string;
  author?: string;
  /** A publication date as the file gives it (ISO 8601 where it can). */
  date?: string;
  /** Where the text comes from: a web address, or the file's name. */
  source?: string;
  language?: string;
}

/** A text read from a file or a paste: its blocks, normalised, and what it says about itself. */
export interface ExtractedText {
  file: string;
  format: SourceFormat;
  blocks: DraftBlock[];
  meta: SourceMeta;
}

const isSpace = (c: number) =>
  c === 32 ||
  (c >= 9 && c <= 13) ||
  c === 0xa0 ||
  c === 0x1680 ||
  (c >= 0x2000 && c <= 0x200a) ||
  c === 0x2028 ||
  c === 0x2029 ||
  c === 0x202f ||
  c === 0x205f ||
  c === 0x3000 ||
  c === 0xfeff;

/**
 * The normalisation rule of every format: within a block, each run of whitespace (spaces, tabs,
 * line breaks of any kind, no-break and other Unicode spaces, a stray BOM) becomes one space, and the
 * block is trimmed. Nothing else changes: quotes, dashes and letters stay as the file has them. So a
 * block never holds a line break, and the blocks joined with `\n` are the article's text.
 */
export function normaliseBlockText(raw: string): string {
  let out = '';
  // Copies each run of non-space characters as one slice: linear, and fast on megabytes.
  let start = -1;
  for (let i = 0; i <= raw.length; i++) {
    const space = i === raw.length || isSpace(raw.charCodeAt(i));
    if (!space) {
      if (start === -1) start = i;
      continue;
    }
    if (start === -1) continue;
    out += out === '' ? raw.slice(start, i) : ` ${raw.slice(start, i)}`;
    start = -1;
  }
  return out;
}

/**
 * Finishes a format reader's work: normalises each block, drops the empty ones, and refuses a text
 * with nothing in it or more than the limit.
 */
export function extracted(
  file: string,
  format: SourceFormat,
  drafts: readonly DraftBlock[],
  meta: SourceMeta,
): ExtractedText {
  const blocks: DraftBlock[] = [];
  for (const d of drafts) {
    const text = normaliseBlockText(d.text);
    if (text !== '') blocks.push({ type: d.type, text });
  }
  if (blocks.length === 0) throw new TextSourceError(file, 'empty', t('authoring.source.empty'));
  checkTextSize(blocks.map((b) => b.text).join('\n'), file);
  const cleanMeta: SourceMeta = {};
  for (const [key, value] of Object.entries(meta) as [keyof SourceMeta, string | undefined][]) {
    const v = value === undefined ? '' : normaliseBlockText(value);
    if (v !== '') cleanMeta[key] = v;
  }
  return { file, format, blocks, meta: cleanMeta };
}

/** What an article needs beyond its blocks; `title`, `author` and `language` are asked when missing. */
export interface ArticleDetails {
  title: string;
  author: string;
  language: string;
  source: string;
}

export type ArticleResult =
  { ok: true; article: Article; text: string } | { ok: false; missing: (keyof ArticleDetails)[] };

/** The section that holds the blocks before a text's first heading (as in the built-in article). */
export const OPENING_SECTION = { id: 'introduction', title: 'Introduction' } as const;

/**
 * The article of an extracted text: blocks with stable ids (`h1`…, `p1`…, `li1`…, numbered per type
 * in text order), each heading opening a section named after it. Details given win over the file's
 * own; the source defaults to the file's name. Says which details are still missing instead.
 * `text` is the blocks joined with `\n`, the text evidence positions count in.
 */
export function buildArticle(text: ExtractedText, details: Partial<ArticleDetails>): ArticleResult {
  const merged = {
    title: details.title ?? text.meta.title,
    author: details.author ?? text.meta.author,
    language: details.language ?? text.meta.language,
    source: details.source ?? text.meta.source ?? text.file,
  };
  const missing = (Object.keys(merged) as (keyof ArticleDetails)[]).filter(
    (k) => (merged[k] ?? '').trim() === '',
  );
  if (missing.length > 0) return { ok: false, missing };

  const counters = { heading: 0, paragraph: 0, 'list-item': 0 };
  const prefix = { heading: 'h', paragraph: 'p', 'list-item': 'li' } as const;
  const sections: Article['sections'] = [];
  const sectionIds = new Set<string>();
  let section: string | null = null;
  const blocks: Block[] = text.blocks.map((draft) => {
    if (draft.type === 'heading') {
      section = uniqueId(slugOf(draft.text, 'section'), sectionIds);
      sectionIds.add(section);
      sections.push({ id: section, title: draft.text });
    } else if (section === null) {
      section = uniqueId(OPENING_SECTION.id, sectionIds);
      sectionIds.add(section);
      sections.push({ id: section, title: OPENING_SECTION.title });
    }
    return {
      id: `${prefix[draft.type]}${++counters[draft.type]}`,
      type: draft.type,
      section,
      text: draft.text,
    };
  });
  const article: Article = {
    id: slugOf(merged.title!, 'article', 60),
    title: merged.title!.trim(),
    author: merged.author!.trim(),
    language: merged.language!.trim(),
    source: merged.source.trim(),
    sections,
    blocks,
  };
  return { ok: true, article, text: blocks.map((b) => b.text).join('\n') };
}
