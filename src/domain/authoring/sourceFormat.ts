import type { SourceFormat } from './article';

/**
 * The format a file's name says it is (`.txt`, `.md`/`.markdown`, `.html`/`.htm`, `.docx`), or null.
 * Each format's reader is a module of its own (plainText, markdown, html, docx), imported on use so
 * that no parser loads before a file of its format is opened.
 */
export function formatOfFile(name: string): SourceFormat | null {
  const dot = name.lastIndexOf('.');
  const ext = dot === -1 ? '' : name.slice(dot + 1).toLowerCase();
  switch (ext) {
    case 'txt':
    case 'text':
      return 'text';
    case 'md':
    case 'markdown':
      return 'markdown';
    case 'html':
    case 'htm':
    case 'xhtml':
      return 'html';
    case 'docx':
      return 'docx';
    default:
      return null;
  }
}
