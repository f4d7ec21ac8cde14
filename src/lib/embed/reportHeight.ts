// Posts the embed's height to its parent on load and whenever it changes (a reader opens the
// table, the phone turns); nothing when the page is not in a frame.
import { heightMessages } from './heightMessages.ts';

/** Starts reporting; the height is the document's, so it must never depend on the viewport (no vh). */
export function reportHeight(chart: string, root: HTMLElement = document.documentElement): void {
  if (window.parent === window) return;
  let last = -1;
  const post = () => {
    const height = Math.ceil(root.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    // The height is no secret, and the host's origin is unknown: any parent may read it.
    for (const message of heightMessages(chart, height, window.location.href)) window.parent.postMessage(message, '*');
  };
  new ResizeObserver(post).observe(root);
  post();
}
