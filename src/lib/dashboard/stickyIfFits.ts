// Keeps an element in view while the page scrolls (position: sticky), but only while it fits the
// window: a sticky element taller than the window hides its own lower part, and with it whatever
// control the keyboard focuses there.
export function stickyIfFits(node: HTMLElement) {
  const fit = () => node.classList.toggle('sticky', node.offsetHeight <= window.innerHeight);
  const observer = new ResizeObserver(fit);
  observer.observe(node);
  window.addEventListener('resize', fit);
  fit();
  return {
    destroy() {
      observer.disconnect();
      window.removeEventListener('resize', fit);
    },
  };
}
