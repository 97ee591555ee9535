/**
 * A timeout that can be paused and resumed, keeping the time it had left: a notice that goes by
 * itself waits while the user is reading it (pointer over it, focus in it).
 */
export class PausableTimer {
  private remaining: number;
  private startedAt = 0;
  private handle: ReturnType<typeof setTimeout> | null = null;
  private finished = false;

  /**
   * Starts at once. `minAfterPause`: the least time left after a resume, so that a notice the
   * pointer leaves just before its end does not vanish as the eye comes back to it.
   */
  constructor(
    ms: number,
    private readonly onDone: () => void,
    private readonly minAfterPause = 0,
  ) {
    this.remaining = ms;
    this.run();
  }

  /** Stops the clock; the time left is kept. */
  pause(): void {
    if (this.handle === null) return;
    clearTimeout(this.handle);
    this.handle = null;
    this.remaining -= Date.now() - this.startedAt;
  }

  /** Starts the clock again with the time left (at least `minAfterPause`). */
  resume(): void {
    if (this.handle !== null || this.finished) return;
    this.remaining = Math.max(this.remaining, this.minAfterPause);
    this.run();
  }

  /** Stops for good: `onDone` will not be called. */
  cancel(): void {
    this.finished = true;
    if (this.handle !== null) clearTimeout(this.handle);
    this.handle = null;
  }

  private run(): void {
    this.startedAt = Date.now();
    this.handle = setTimeout(
      () => {
        this.handle = null;
        this.finished = true;
        this.onDone();
      },
      Math.max(0, this.remaining),
    );
  }
}
