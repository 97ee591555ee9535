import { t } from '../../i18n/core';

/**
 * Why a file could not be imported, phrased for the user: `GraphML: line 12: unexpected end of file
 * (truncated XML?)`. `format` is the format's display name (or "File" before it is known), `where` a
 * line or element, `details` one line per problem or repair when there are several.
 */
export class ImportError extends Error {
  readonly format: string;
  readonly where: string | undefined;
  readonly details: readonly string[];
  /** True when the cause was a defect in the importer rather than in the file. */
  readonly unexpected: boolean;

  constructor(
    format: string,
    message: string,
    options: {
      where?: string;
      details?: readonly string[];
      cause?: unknown;
      unexpected?: boolean;
    } = {},
  ) {
    super(
      options.where
        ? t('import.error.where', { format, where: options.where, message })
        : t('import.error', { format, message }),
      { cause: options.cause },
    );
    this.name = 'ImportError';
    this.format = format;
    this.where = options.where;
    this.details = options.details ?? [];
    this.unexpected = options.unexpected ?? false;
  }
}

/** "File": the format an ImportError names before the file's format is known. */
export const anyFile = () => t('import.file');

/** "line 12", in the interface's language. */
export const atLine = (line: number) => t('import.where.line', { line });

/** Lists names for a message: `a, b, c` (at most `max`, then "…"). */
export function listNames(names: readonly string[], max = 8): string {
  const shown = names.slice(0, max).map((n) => (n === '' ? t('import.names.empty') : n));
  return names.length > max ? `${shown.join(', ')}, …` : shown.join(', ');
}

/** Shortens a value quoted in a message. */
export function quote(value: string, max = 40): string {
  return `"${value.length > max ? `${value.slice(0, max)}…` : value}"`;
}
