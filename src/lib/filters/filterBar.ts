// The sticky filter bar's height, given to what must keep clear of it: the page's scroll padding
// (so nothing the keyboard focuses or a link scrolls to lands under the bar) and the sticky map.
// Written on those elements alone, not as a custom property of the root: the bar grows when a
// selection adds its Clear button, and a variable set on the root restyles every element of the
// page (~1,450 of them: 9–13 ms at full CPU speed for one checkbox).

const followers = new Set<(height: number) => void>();
let current = 0;

function publish(height: number) {
  current = height;
  // styles.css's 0.5rem clearance below the top edge, below the bar instead; '' restores it.
  document.documentElement.style.scrollPaddingTop = height ? `calc(${height}px + 0.5rem)` : '';
  for (const follow of followers) follow(height);
}

/** Action for the bar: publishes its height while it is on the page, and each time it changes. */
export function filterBar(node: HTMLElement) {
  const observer = new ResizeObserver(() => {
    if (node.offsetHeight !== current) publish(node.offsetHeight);
  });
  observer.observe(node);
  return {
    destroy() {
      observer.disconnect();
      publish(0);
    },
  };
}

/** The bar's height in px (0 on a page without one). */
export const filterBarHeight = (): number => current;

/** Calls `follow` with the bar's height each time it changes; returns a function that stops it. */
export function followFilterBar(follow: (height: number) => void): () => void {
  followers.add(follow);
  return () => followers.delete(follow);
}
