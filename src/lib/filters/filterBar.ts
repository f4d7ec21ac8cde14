// The sticky filter bar's height, published as a CSS variable: the page's scroll padding and the
// sticky map keep clear of the bar with it, so nothing the keyboard focuses or a link scrolls to
// lands under the bar.
const HEIGHT_VAR = '--filter-bar-height';

/** Action for the bar: keeps the variable equal to its height while it is on the page. */
export function filterBar(node: HTMLElement) {
  const root = document.documentElement;
  // Only a new height is written: a variable set on the root restyles the whole page.
  const observer = new ResizeObserver(() => {
    const height = `${node.offsetHeight}px`;
    if (root.style.getPropertyValue(HEIGHT_VAR) !== height) root.style.setProperty(HEIGHT_VAR, height);
  });
  observer.observe(node);
  return {
    destroy() {
      observer.disconnect();
      root.style.removeProperty(HEIGHT_VAR);
    },
  };
}

/** The bar's height in px (0 on a page without one). */
export function filterBarHeight(): number {
  return parseFloat(document.documentElement.style.getPropertyValue(HEIGHT_VAR)) || 0;
}
