// Work the reader does not see, run once the frame showing a change has been painted.

/** If no frame comes (a hidden tab, a throttled iframe), run anyway after this long. */
const FALLBACK_MS = 100;

/**
 * Runs `work` after the next frame is painted: a task queued from a frame callback runs after that
 * frame's paint. Calls keep their order. Used for history writes, which change nothing on screen and
 * cost ~1 ms in Chromium (which also fetches the page's icon again after each: a PNG for that reason).
 */
export function afterPaint(work: () => void): void {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    work();
  };
  requestAnimationFrame(() => setTimeout(once));
  setTimeout(once, FALLBACK_MS);
}
