import { t } from '../../i18n/core';

/** What a pasted text is called in messages (its `file`): said in the interface's language. */
export const PASTED = 'The pasted text';

/** What is wrong with a text source: the reason a user reads, and a code a program can test. */
export type SourceProblem = 'too-large' | 'empty' | 'binary' | 'not-utf8' | 'unreadable';

/**
 * A text that cannot become an article, phrased for the user and naming the file:
 * `notes.docx: this is not a Word document the reader can open (…)`. Nothing is built from it.
 */
export class TextSourceError extends Error {
  readonly file: string;
  readonly problem: SourceProblem;

  constructor(
    file: string,
    problem: SourceProblem,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(
      t('authoring.source.problem', {
        file: file === PASTED ? t('authoring.source.pasted') : file,
        reason: message,
      }),
      options,
    );
    this.name = 'TextSourceError';
    this.file = file;
    this.problem = problem;
  }
}
