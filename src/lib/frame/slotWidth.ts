// Every chart slot's width, read for all slots at once. Svelte's bind:clientWidth reads the width as
// each slot mounts, and the chart drawn into one slot dirties the layout the next slot reads: on a
// first load that was five forced layouts of a growing page, ~45 ms. Here the slots that mount
// together are read together, once they are all in the page and before any chart is drawn (one
// layout), and their charts then draw together in the same task. Later size changes (a phone turned,
// a window resized) come from one shared ResizeObserver, which reports them all after the frame's
// layout.
import type { Attachment } from 'svelte/attachments';

const setters = new Map<Element, (width: number) => void>();
let observer: ResizeObserver | null = null;
let mounted: Element[] = [];

/** Reads every width before setting any, so no chart drawn here dirties the layout the next read needs. */
function report(targets: Element[]): void {
  const widths = targets.map((t) => [t, t.clientWidth] as const);
  for (const [target, width] of widths) setters.get(target)?.(width);
}

/** Calls `set` with the element's clientWidth once it is in the page, and whenever its size changes. */
export function slotWidth(set: (width: number) => void): Attachment<HTMLElement> {
  return (node) => {
    observer ??= new ResizeObserver((entries) => report(entries.map((e) => e.target)));
    setters.set(node, set);
    observer.observe(node);
    // The slots mounted in one go are attached in one task: read them after it, together.
    if (!mounted.length) {
      queueMicrotask(() => {
        const batch = mounted.filter((t) => setters.has(t));
        mounted = [];
        report(batch);
      });
    }
    mounted.push(node);
    return () => {
      observer?.unobserve(node);
      setters.delete(node);
    };
  };
}
