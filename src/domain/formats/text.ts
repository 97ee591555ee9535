import { formatNumber, t } from '../../i18n/core';
import { anyFile, atLine, ImportError } from './errors';

/** The largest file the importer reads (50 MB); larger files are refused before reading. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

const megabytes = (bytes: number) =>
  formatNumber(bytes / 1024 / 1024, { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** Throws a clear ImportError when a file of `bytes` bytes is too large to import. */
export function checkSize(bytes: number, name: string): void {
  if (bytes > MAX_IMPORT_BYTES)
    throw new ImportError(
      anyFile(),
      t('import.tooLarge', { name, size: megabytes(bytes), max: megabytes(MAX_IMPORT_BYTES) }),
    );
}

/** Counts NUL code units at even and odd positions of the first 1,000 units. */
function nulPattern(at: (i: number) => number, length: number): { even: number; odd: number } {
  let even = 0;
  let odd = 0;
  for (let i = 0; i < Math.min(length, 1000); i++)
    if (at(i) === 0) {
      if (i % 2 === 0) even++;
      else odd++;
    }
  return { even, odd };
}

/** UTF-16 text read as bytes (or as Latin-1) has a NUL in every other position. */
function looksInterleaved({ even, odd }: { even: number; odd: number }, length: number): boolean {
  const half = Math.min(length, 1000) / 2;
  return half >= 2 && (even >= half * 0.9 || odd >= half * 0.9) && Math.min(even, odd) < half * 0.1;
}

function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** Refuses binary content in text: NUL characters, as in images, archives or UTF-16 read as text. */
function checkText(text: string): string {
  const nul = text.indexOf('\u0000');
  if (nul === -1) return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (
    looksInterleaved(
      nulPattern((i) => text.charCodeAt(i), text.length),
      text.length,
    )
  )
    throw new ImportError(anyFile(), t('import.text.utf16'));
  throw new ImportError(anyFile(), t('import.text.binary'), { where: atLine(lineAt(text, nul)) });
}

/**
 * Turns a file's bytes (or text) into text: a UTF-8 BOM is dropped; UTF-16, archives, binary data and
 * invalid UTF-8 are refused with an ImportError naming the problem.
 */
export function decodeGraphText(input: {
  text?: string;
  bytes?: Uint8Array | ArrayBuffer;
}): string {
  if (input.text !== undefined) return checkText(input.text);
  if (!input.bytes) throw new ImportError(anyFile(), t('import.text.nothing'));
  // ArrayBuffer.isView rather than instanceof: buffers may come from another realm (a worker).
  const bytes = ArrayBuffer.isView(input.bytes)
    ? new Uint8Array(input.bytes.buffer, input.bytes.byteOffset, input.bytes.byteLength)
    : new Uint8Array(input.bytes);
  const [b0, b1, b2, b3] = bytes;
  if ((b0 === 0xff && b1 === 0xfe) || (b0 === 0xfe && b1 === 0xff))
    throw new ImportError(anyFile(), t('import.text.utf16'));
  if (
    looksInterleaved(
      nulPattern((i) => bytes[i] ?? 1, bytes.length),
      bytes.length,
    )
  )
    throw new ImportError(anyFile(), t('import.text.utf16'));
  if (b0 === 0x50 && b1 === 0x4b && b2 === 3 && b3 === 4)
    throw new ImportError(anyFile(), t('import.text.zip'));
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    let line = 1;
    for (let i = 0; i < nul; i++) if (bytes[i] === 10) line++;
    throw new ImportError(anyFile(), t('import.text.binary'), { where: atLine(line) });
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const lenient = new TextDecoder('utf-8').decode(bytes);
    throw new ImportError(anyFile(), t('import.text.notUtf8'), {
      where: atLine(lineAt(lenient, lenient.indexOf('\uFFFD'))),
    });
  }
  return checkText(text);
}
