// Keeps an element in view while the page scrolls (position: sticky, just below the filter bar), but
// only while it fits the window below the bar: a sticky element taller than that hides its own lower
// part, and with it whatever control the keyboard focuses there.
import { filterBarHeight, followFilterBar } from '../filters/filterBar.ts';

export function stickyIfFits(node: HTMLElement) {
  const fit = () => node.classList.toggle('sticky', node.offsetHeight <= window.innerHeight - filterBarHeight());
  const below = (height: number) => (node.style.top = `${height}px`);
  below(filterBarHeight());
  // The observer's first call comes once the page is laid out: measuring here, while the views are
  // still being built, would make the browser lay the page out an extra time.
  const observer = new ResizeObserver(fit);
  observer.observe(node);
  const stop = followFilterBar((height) => {
    below(height);
    fit();
  });
  window.addEventListener('resize', fit);
  return {
    destroy() {
      observer.disconnect();
      stop();
      window.removeEventListener('resize', fit);
    },
  };
}
