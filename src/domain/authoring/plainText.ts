import { extracted, type DraftBlock, type ExtractedText } from './article';
import { decodeText } from './decodeText';

/** The text's lines, whatever its line endings (`\r\n`, `\r`, `\n`), in one pass. */
export function linesOf(text: string): string[] {
  const lines: string[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 10 && c !== 13) continue;
    lines.push(text.slice(start, i));
    if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
    start = i + 1;
  }
  lines.push(text.slice(start));
  return lines;
}

const isBlank = (line: string) => line.trim() === '';

/**
 * Paragraphs of plain text. When the text has blank lines they separate paragraphs, and the lines
 * between are one paragraph (hard-wrapped text); when it has none, each line is a paragraph (one
 * paragraph per line, as the built-in article's text file is). Pasted markup stays text.
 */
export function readPlainText(text: string, file: string): ExtractedText {
  const lines = linesOf(text);
  const blankSeparated = lines.some(
    (line, i) => isBlank(line) && i > 0 && i < lines.length - 1 && !isBlank(lines[i - 1]!),
  );
  const drafts: DraftBlock[] = [];
  if (!blankSeparated) {
    for (const line of lines) drafts.push({ type: 'paragraph', text: line });
  } else {
    let current: string[] = [];
    for (const line of lines) {
      if (!isBlank(line)) current.push(line);
      else if (current.length > 0) {
        drafts.push({ type: 'paragraph', text: current.join(' ') });
        current = [];
      }
    }
    if (current.length > 0) drafts.push({ type: 'paragraph', text: current.join(' ') });
  }
  return extracted(file, 'text', drafts, {});
}

/** A plain text file (UTF-8 or UTF-16 with a BOM) read into paragraphs. */
export function readTextFile(bytes: Uint8Array | ArrayBuffer, file: string): ExtractedText {
  return readPlainText(decodeText(bytes, file), file);
}
