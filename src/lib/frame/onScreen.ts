// Whether a chart slot is in the viewport, from one IntersectionObserver shared by every slot.
import type { Attachment } from 'svelte/attachments';

const setters = new Map<Element, (seen: boolean) => void>();
let observer: IntersectionObserver | null = null;

/** Calls `set` whenever the element comes into the viewport (true) or leaves it (false): after the
 *  frame's layout, never read as the page updates. */
export function onScreen(set: (seen: boolean) => void): Attachment<HTMLElement> {
  return (node) => {
    observer ??= new IntersectionObserver((entries) => {
      for (const e of entries) setters.get(e.target)?.(e.isIntersecting);
    });
    setters.set(node, set);
    observer.observe(node);
    return () => {
      observer?.unobserve(node);
      setters.delete(node);
    };
  };
}
