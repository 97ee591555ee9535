// Speaker notes of a tour step: the presenter's own cues, shown in the presenter view only. A note
// points at the article's passages as readers of a printed text do, "¶12" for the paragraph whose
// block id is p12 ("¶li3" for another kind of block, by its id). No zod here: the page reads notes.

export { MAX_NOTES_LENGTH } from './vocabulary';

/** A piece of a note: plain text, or a pointer to a block of the article. */
export type NotePart = { text: string } | { text: string; block: string };

// A pointer: ¶ then a paragraph's number, or a block id of letters and digits. Linear: each
// character is matched by one branch.
const POINTER = /¶(\d+|[a-z]+\d+)/g;

/** The block a pointer names (`12` → `p12`, `li3` → `li3`). */
export const pointerBlock = (name: string): string => (/^\d+$/.test(name) ? `p${name}` : name);

/** How a block is pointed at in a note (`p12` → `¶12`). */
export const pointerOf = (block: string): string =>
  `¶${/^p\d+$/.test(block) ? block.slice(1) : block}`;

/**
 * A note cut into text and pointers, in order; a pointer is kept only when the article has its
 * block (`blocks`), otherwise it stays text.
 */
export function noteParts(notes: string, blocks: ReadonlySet<string>): NotePart[] {
  const parts: NotePart[] = [];
  let at = 0;
  for (const match of notes.matchAll(POINTER)) {
    const block = pointerBlock(match[1]!);
    if (!blocks.has(block)) continue;
    if (match.index > at) parts.push({ text: notes.slice(at, match.index) });
    parts.push({ text: match[0], block });
    at = match.index + match[0].length;
  }
  if (at < notes.length) parts.push({ text: notes.slice(at) });
  return parts;
}

/** The blocks a note points at, each once, in the note's order. */
export function notePointers(notes: string, blocks: ReadonlySet<string>): string[] {
  const found = noteParts(notes, blocks).flatMap((p) => ('block' in p ? [p.block] : []));
  return [...new Set(found)];
}

/**
 * Every block a note points at, each once, in the note's order, whether or not an article has it:
 * for comparing two versions of one note (a translation points where the English does).
 */
export function pointedBlocks(notes: string): string[] {
  return [...new Set(Array.from(notes.matchAll(POINTER), (m) => pointerBlock(m[1]!)))];
}
