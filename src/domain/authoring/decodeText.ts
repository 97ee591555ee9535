import { checkFileSize, MAX_TEXT_BYTES } from './limits';
import { TextSourceError } from './sourceError';
import { t } from '../../i18n/core';

/** Above this share of undecodable bytes a file is taken for binary data, not mis-encoded text. */
const BINARY_SHARE = 0.05;

function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

function asBytes(input: Uint8Array | ArrayBuffer): Uint8Array {
  // ArrayBuffer.isView rather than instanceof: buffers may come from another realm (a worker).
  return ArrayBuffer.isView(input)
    ? new Uint8Array(input.buffer, input.byteOffset, input.byteLength)
    : new Uint8Array(input);
}

/**
 * A text file's bytes as text: UTF-8 (its BOM dropped) or UTF-16 with a BOM. Refuses, naming the
 * file, more than `maxBytes`, an archive, binary data (NUL bytes, or mostly undecodable bytes) and
 * text that is not UTF-8 (with the line of the first bad byte).
 */
export function decodeText(
  input: Uint8Array | ArrayBuffer,
  file: string,
  maxBytes = MAX_TEXT_BYTES,
): string {
  const bytes = asBytes(input);
  checkFileSize(bytes.length, file, maxBytes);
  const [b0, b1, b2, b3] = bytes;
  if (b0 === 0xff && b1 === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (b0 === 0xfe && b1 === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  if (b0 === 0x50 && b1 === 0x4b && b2 === 3 && b3 === 4)
    throw new TextSourceError(file, 'binary', t('authoring.source.zip'));
  if (bytes.indexOf(0) !== -1)
    throw new TextSourceError(file, 'binary', t('authoring.source.nulBytes'));
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    const lenient = new TextDecoder('utf-8').decode(bytes);
    let bad = 0;
    for (let i = 0; i < lenient.length; i++) if (lenient.charCodeAt(i) === 0xfffd) bad++;
    if (bad > lenient.length * BINARY_SHARE)
      throw new TextSourceError(file, 'binary', t('authoring.source.binary'));
    throw new TextSourceError(
      file,
      'not-utf8',
      t('authoring.source.notUtf8', { line: lineAt(lenient, lenient.indexOf('\uFFFD')) }),
    );
  }
}
