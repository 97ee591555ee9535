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

/** Parses JSON or throws an ImportError naming the line and column: `JSON: line 3 column 5: …`. */
export function parseJsonText(text: string, format = 'JSON'): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const found = errorOffset(text);
    const offset = found === -1 ? 0 : Math.min(found, text.length);
    const { line, column } = lineColumn(text, offset);
    const truncated = offset >= text.trimEnd().length;
    const shown = JSON.stringify(text.slice(offset, offset + 12));
    throw new ImportError(
      format,
      truncated ? 'unexpected end of file (truncated JSON?)' : `invalid JSON at ${shown}`,
      { where: `line ${line} column ${column}`, cause: error },
    );
  }
}
