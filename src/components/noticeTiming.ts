/** The least time an info notice stays on screen, however short its text. */
export const NOTICE_MIN_MS = 5000;
/** The most: a long notice is still a notice, not a page to read. */
export const NOTICE_MAX_MS = 12000;
/** Time left at least once the pointer or focus leaves a paused notice. */
export const NOTICE_AFTER_PAUSE_MS = 2000;

/**
 * How long an info notice stays: time to read it (about 60 ms a character, a slow reader's pace
 * for a sentence met unexpectedly), within NOTICE_MIN_MS and NOTICE_MAX_MS.
 */
export function noticeLifetimeMs(text: string): number {
  return Math.min(NOTICE_MAX_MS, Math.max(NOTICE_MIN_MS, 2000 + 60 * text.length));
}
