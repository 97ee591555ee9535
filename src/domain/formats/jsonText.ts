import { t } from '../../i18n/core';
import { ImportError } from './errors';

const WS = new Set([' ', '\t', '\n', '\r']);
const LITERALS = ['true', 'false', 'null'];
const NUMBER = /-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/y;

/**
 * Finds where JSON text stops being valid, as an offset (text.length when it ends too early).
 * Engines word and place their JSON.parse errors differently (some give no position), so the
 * importer locates the error itself, without recursion (deep nesting is safe).
 */
function errorOffset(text: string): number {
  let i = 0;
  const stack: string[] = [];
  const ws = () => {
    while (i < text.length && WS.has(text[i] as string)) i++;
  };
  const string = (): boolean => {
    if (text[i] !== '"') return false;
    for (i++; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 34) {
        i++;
        return true;
      }
      if (c < 32) return false;
      if (c === 92) {
        const e = text[++i] ?? '';
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) return false;
          i += 4;
        } else if (!'"\\/bfnrt'.includes(e) || e === '') return false;
      }
    }
    return false;
  };
  let expectValue = true;
  for (;;) {
    ws();
    if (expectValue) {
      const c = text[i];
      if (c === '{' || c === '[') {
        i++;
        ws();
        if (text[i] === (c === '{' ? '}' : ']')) {
          i++;
          expectValue = false;
        } else if (c === '{') {
          if (!string()) return i;
          ws();
          if (text[i++] !== ':') return i - 1;
          stack.push('{');
        } else stack.push('[');
        continue;
      }
      if (c === '"') {
        if (!string()) return i;
      } else {
        const literal = LITERALS.find((l) => text.startsWith(l, i));
        NUMBER.lastIndex = i;
        if (literal) i += literal.length;
        else if (NUMBER.test(text)) i = NUMBER.lastIndex;
        else return i;
      }
      expectValue = false;
      continue;
    }
    const top = stack[stack.length - 1];
    if (top === undefined) return i < text.length ? i : -1;
    const c = text[i++];
    if (c === (top === '{' ? '}' : ']')) stack.pop();
    else if (c !== ',') return i - 1;
    else if (top === '[') expectValue = true;
    else {
      ws();
      if (!string()) return i;
      ws();
      if (text[i++] !== ':') return i - 1;
      expectValue = true;
    }
  }
}

/** Line and column (from 1) of an offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

/**
 * What Python's `json.dump` writes for numbers JSON has no word for (NetworkX users' files carry
 * them), as the strings `parseJsonText` reads them into: a reader reports them and keeps no value.
 */
export const NON_FINITE_JSON: ReadonlySet<string> = new Set([
  '\u0000NaN',
  '\u0000Infinity',
  '\u0000-Infinity',
]);
const BARE = ['-Infinity', 'Infinity', 'NaN'];

/**
 * The text with every bare NaN, Infinity and -Infinity outside strings replaced by a JSON string
 * of NON_FINITE_JSON; null when there is none. One pass, whatever the text.
 */
function quoteNonFinite(text: string): string | null {
  const parts: string[] = [];
  let from = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++;
      else if (c === 34) inString = false;
      continue;
    }
    if (c === 34) inString = true;
    else if (c === 45 || c === 73 || c === 78) {
      const word = BARE.find((w) => text.startsWith(w, i));
      if (!word) continue;
      parts.push(text.slice(from, i), `"\\u0000${word}"`);
      i += word.length - 1;
      from = i + 1;
    }
  }
  if (parts.length === 0) return null;
  parts.push(text.slice(from));
  return parts.join('');
}

/**
 * Parses JSON or throws an ImportError naming the line and column: `JSON: line 3 column 5: …`.
 * Bare NaN and Infinity, as Python writes them, are read as the strings of NON_FINITE_JSON.
 */
export function parseJsonText(text: string, format = 'JSON'): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const python = quoteNonFinite(text);
    if (python !== null)
      try {
        return JSON.parse(python);
      } catch {
        // Broken for another reason too: the error is located in the text as written.
      }
    const found = errorOffset(text);
    const offset = found === -1 ? 0 : Math.min(found, text.length);
    const { line, column } = lineColumn(text, offset);
    const truncated = offset >= text.trimEnd().length;
    const shown = JSON.stringify(text.slice(offset, offset + 12));
    throw new ImportError(
      format,
      truncated ? t('import.json.truncated') : t('import.json.invalid', { text: shown }),
      { where: t('import.where.lineColumn', { line, column }), cause: error },
    );
  }
}
