// Keeps an element in view while the page scrolls (position: sticky), but only while it fits the
// window below the filter bar: a sticky element taller than that hides its own lower part, and with
// it whatever control the keyboard focuses there.
import { filterBarHeight } from '../filters/filterBar.ts';

export function stickyIfFits(node: HTMLElement) {
  const fit = () => node.classList.toggle('sticky', node.offsetHeight <= window.innerHeight - filterBarHeight());
  // The observer's first call comes once the page is laid out: measuring here, while the views are
  // still being built, would make the browser lay the page out an extra time.
  const observer = new ResizeObserver(fit);
  observer.observe(node);
  window.addEventListener('resize', fit);
  return {
    destroy() {
      observer.disconnect();
      window.removeEventListener('resize', fit);
    },
  };
}
