import { TextSourceError } from './sourceError';
import { formatNumber, t } from '../../i18n/core';

/** The most text an article may hold: 5 MB, counted as UTF-8. */
export const MAX_TEXT_BYTES = 5 * 1024 * 1024;

/** The largest HTML or Word file read (its markup and images weigh more than its text). */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

/** Megabytes with one decimal, in the interface's language: "5.0 MB", «5,0 МБ». */
const inMegabytes = (mb: number) =>
  t('authoring.size.megabytes', {
    size: formatNumber(mb, {
      minimumFractionDigits: 1,
      maximumFractionDigits: 1,
      useGrouping: false,
    }),
  });
const megabytes = (bytes: number) => inMegabytes(bytes / 1024 / 1024);
/** A size as a person reads it, rounded up so that a file just over a limit is said to be over. */
export const over = (bytes: number) => inMegabytes(Math.ceil((bytes / 1024 / 1024) * 10) / 10);

/** The size of a string in UTF-8, in one pass (a surrogate pair is one 4-byte character). */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** Refuses a file larger than `max` bytes before anything is read from it. */
export function checkFileSize(bytes: number, file: string, max = MAX_FILE_BYTES): void {
  if (bytes > max)
    throw new TextSourceError(
      file,
      'too-large',
      t('authoring.source.fileTooLarge', { size: over(bytes), max: megabytes(max) }),
    );
}

/** Refuses more text than an article may hold, and a text with nothing in it. */
export function checkTextSize(text: string, file: string): void {
  const bytes = utf8Length(text);
  if (bytes > MAX_TEXT_BYTES)
    throw new TextSourceError(
      file,
      'too-large',
      t('authoring.source.textTooLarge', { size: over(bytes), max: megabytes(MAX_TEXT_BYTES) }),
    );
}
