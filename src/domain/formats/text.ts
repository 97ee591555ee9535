import { ImportError } from './errors';

/** The largest file the importer reads (50 MB); larger files are refused before reading. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** Throws a clear ImportError when a file of `bytes` bytes is too large to import. */
export function checkSize(bytes: number, name: string): void {
  if (bytes > MAX_IMPORT_BYTES)
    throw new ImportError(
      'File',
      `${name} is ${megabytes(bytes)}; files up to ${megabytes(MAX_IMPORT_BYTES)} can be imported`,
    );
}

const UTF16 = 'the file looks like UTF-16; save it as UTF-8 and import it again';

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

const BINARY =
  'this is not a text file (it contains NUL bytes): export the graph as GEXF, GraphML, JSON or CSV';

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
    throw new ImportError('File', UTF16);
  throw new ImportError('File', BINARY, { where: `line ${lineAt(text, nul)}` });
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
  if (!input.bytes) throw new ImportError('File', 'nothing to read (no text and no bytes given)');
  // ArrayBuffer.isView rather than instanceof: buffers may come from another realm (a worker).
  const bytes = ArrayBuffer.isView(input.bytes)
    ? new Uint8Array(input.bytes.buffer, input.bytes.byteOffset, input.bytes.byteLength)
    : new Uint8Array(input.bytes);
  const [b0, b1, b2, b3] = bytes;
  if ((b0 === 0xff && b1 === 0xfe) || (b0 === 0xfe && b1 === 0xff))
    throw new ImportError('File', UTF16);
  if (
    looksInterleaved(
      nulPattern((i) => bytes[i] ?? 1, bytes.length),
      bytes.length,
    )
  )
    throw new ImportError('File', UTF16);
  if (b0 === 0x50 && b1 === 0x4b && b2 === 3 && b3 === 4)
    throw new ImportError(
      'File',
      'this is a ZIP archive (e.g. .xlsx, .docx or a Gephi project), not a graph file: export it as GEXF, GraphML or CSV',
    );
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    let line = 1;
    for (let i = 0; i < nul; i++) if (bytes[i] === 10) line++;
    throw new ImportError('File', BINARY, { where: `line ${line}` });
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const lenient = new TextDecoder('utf-8').decode(bytes);
    throw new ImportError(
      'File',
      'the file is not valid UTF-8 (perhaps Latin-1 or Windows-1252): save it as UTF-8',
      { where: `line ${lineAt(lenient, lenient.indexOf('\uFFFD'))}` },
    );
  }
  return checkText(text);
}
