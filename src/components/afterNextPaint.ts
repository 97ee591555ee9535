/**
 * Runs `fn` in a task after the page's next painted frame (an animation frame, then a task), so it
 * does not delay that frame. Where no frames come (a hidden tab), a timer runs it all the same.
 * Returns a function that cancels it.
 */
export function afterNextPaint(fn: () => void, fallbackMs = 250): () => void {
  let timer = 0;
  const frame = requestAnimationFrame(() => {
    clearTimeout(timer);
    timer = window.setTimeout(fn, 0);
  });
  // Animation frames stop in a hidden tab.
  timer = window.setTimeout(() => {
    cancelAnimationFrame(frame);
    fn();
  }, fallbackMs);
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}
