// Marks the cell of each view whose rendering the browser skips (content-visibility: auto, App.svelte)
// with `data-skipped`, so the page's CSS keeps it from being the scroll anchor. After a jump (a claim's
// link, Tab into a far view, a #fragment) the view straddling the window's top edge is often still
// skipped, at its placeholder height; it is rendered a frame or two later at its real height and, as
// the anchor, kept its top in place and moved everything under it (measured at 375 px: the visits
// view 36 px up under the reader's finger). Not the anchor, it grows or shrinks out of sight.
import type { Attachment } from 'svelte/attachments';

/** The event Chromium fires at an element with content-visibility: auto when its rendering starts or
 *  stops being skipped. It does not bubble, so the container listens in the capture phase. */
interface SkipStateEvent extends Event {
  skipped: boolean;
}

export const markSkippedViews: Attachment<HTMLElement> = (container) => {
  const onChange = (e: Event) => {
    // The container's child holding the view: the view's own box may not be the anchor, nor may the
    // cell around it, which the browser picks instead when it cannot look inside the view.
    let cell = e.target as Element;
    while (cell.parentElement && cell.parentElement !== container) cell = cell.parentElement;
    cell.toggleAttribute('data-skipped', (e as SkipStateEvent).skipped);
  };
  container.addEventListener('contentvisibilityautostatechange', onChange, { capture: true });
  return () => container.removeEventListener('contentvisibilityautostatechange', onChange, { capture: true });
};
