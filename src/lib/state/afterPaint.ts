// Work the reader does not see, run once the frame showing a change has been painted and the views out
// of sight have taken the change too.
import { nextTask } from './nextTask.ts';

/** If no frame comes (a hidden tab, a throttled iframe), run anyway after this long. */
const FALLBACK_MS = 100;

/**
 * Runs `work` after the next frame is painted, in a background task queued from that frame's callback:
 * behind the views out of sight, which a change queued at background priority before (shownState), so
 * it holds none of them back. Calls keep their order. Used for history writes, which change nothing on
 * screen and cost 1–4 ms in Chromium (which also fetches the page's icon again after each: a PNG for
 * that reason).
 */
export function afterPaint(work: () => void): void {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    work();
  };
  // The fallback is for a frame that does not come: once it has, the views out of sight may well take
  // longer than FALLBACK_MS on a slow phone, and the work still waits for them.
  const fallback = setTimeout(once, FALLBACK_MS);
  requestAnimationFrame(() => {
    clearTimeout(fallback);
    nextTask(once);
  });
}
