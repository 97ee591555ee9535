import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PausableTimer } from '../../../src/lib/pausableTimer';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('PausableTimer', () => {
  it('calls back once its time is up, and only once', () => {
    const done = vi.fn();
    new PausableTimer(1000, done);
    vi.advanceTimersByTime(999);
    expect(done).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(done).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(5000);
    expect(done).toHaveBeenCalledTimes(1);
  });

  it('stands still while paused and goes on with the time it had left', () => {
    const done = vi.fn();
    const timer = new PausableTimer(1000, done);
    vi.advanceTimersByTime(600);
    timer.pause();
    vi.advanceTimersByTime(10_000);
    expect(done).not.toHaveBeenCalled();
    timer.resume();
    vi.advanceTimersByTime(399);
    expect(done).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(done).toHaveBeenCalledTimes(1);
  });

  it('leaves at least minAfterPause after a resume', () => {
    const done = vi.fn();
    const timer = new PausableTimer(1000, done, 500);
    vi.advanceTimersByTime(900);
    timer.pause();
    timer.resume();
    vi.advanceTimersByTime(499);
    expect(done).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(done).toHaveBeenCalledTimes(1);
  });

  it('takes a second pause or resume in a row as one', () => {
    const done = vi.fn();
    const timer = new PausableTimer(1000, done);
    vi.advanceTimersByTime(300);
    timer.pause();
    vi.advanceTimersByTime(300);
    timer.pause();
    timer.resume();
    timer.resume();
    vi.advanceTimersByTime(699);
    expect(done).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(done).toHaveBeenCalledTimes(1);
  });

  it('never calls back once cancelled, resumed or not', () => {
    const done = vi.fn();
    const timer = new PausableTimer(1000, done);
    timer.cancel();
    timer.resume();
    vi.advanceTimersByTime(5000);
    expect(done).not.toHaveBeenCalled();
  });
});
