// Marks `azerbaijan-ties:drawn` (User Timing) at the end of the frame in which every view of the
// page has first drawn, so the bench and readers' tools can time a load the same way.
export const DRAWN_MARK = 'azerbaijan-ties:drawn';

/** The callback each view calls once drawn, and a promise settled when the page's mark is set: what
 *  loads after the first draw (the panels, the marks' tips) waits for it. */
export function pageDrawn(ids: readonly string[]): { onDrawn: (id: string) => void; drawn: Promise<void> } {
  let settle!: () => void;
  const drawn = new Promise<void>((resolve) => (settle = resolve));
  const onDrawn = drawnMark(ids, (name) => {
    performance.mark(name);
    settle();
  });
  return { onDrawn, drawn };
}

/** Returns the callback each view calls once drawn; the mark is set after the last of `ids`. */
export function drawnMark(ids: readonly string[], mark: (name: string) => void = (n) => performance.mark(n)): (id: string) => void {
  const waiting = new Set(ids);
  return (id) => {
    if (!waiting.delete(id) || waiting.size > 0) return;
    requestAnimationFrame(() => mark(DRAWN_MARK));
  };
}
