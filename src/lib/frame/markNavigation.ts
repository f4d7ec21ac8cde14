// One way to reach every mark of a view, for pointer, keyboard and touch alike (a Svelte action on
// the plot area). Marks are elements with `data-mark` and `data-tip` (its text, one line per "\n");
// the area is one Tab stop (a roving tabindex among its marks), arrow keys move between marks,
// hovering or tapping shows every mark under the finger, Escape hides the tip.
export interface MarkTip {
  /** Each mark's lines, in order: overlapping figures are listed together, never hidden. */
  marks: string[][];
  /** Where to point the tip, in viewport coordinates. */
  anchor: { x: number; y: number; top: number; bottom: number };
  /** A tap pins the tip until the next tap or Escape; hover and focus do not. */
  pinned: boolean;
}

export interface MarkNavigationOptions {
  onTip: (tip: MarkTip | null) => void;
  /** The year of the mark focused by keyboard (its `data-year`), for the shared crosshair. */
  onYear?: (year: number | null) => void;
}

/** How far from a mark (px) the pointer still reads it: thin lines are hard to hit exactly. */
const REACH = 10;

const linesOf = (mark: Element) => (mark.getAttribute('data-tip') ?? mark.getAttribute('aria-label') ?? '').split('\n').filter(Boolean);

function centre(r: DOMRect) {
  return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
}

/** Distance from a point to a box (0 inside). */
function distance(r: DOMRect, x: number, y: number): number {
  const dx = Math.max(r.left - x, 0, x - r.right);
  const dy = Math.max(r.top - y, 0, y - r.bottom);
  return Math.hypot(dx, dy);
}

export function markNavigation(node: HTMLElement, options: MarkNavigationOptions) {
  let opts = options;
  let marks: Element[] = [];
  /** Whether `marks` is in reading order; a redraw leaves it in document order until needed. */
  let ordered = false;
  let current = 0;
  let pinned = false;
  /** When the last touch landed: the focus a tap gives its mark must not replace the tapped list. */
  let tappedAt = -Infinity;
  /** What the tip shows and where its first mark was then: a scroll moves the tip with it. */
  let shown: { hits: Element[]; at: { x: number; y: number } | null; pin: boolean; left: number; top: number } | null = null;

  /** After a redraw: the marks in document order, and one Tab stop kept (the same mark if it is
   *  still there). No layout is read here, so a filter change costs nothing more. */
  function refresh() {
    const stop = marks[current];
    marks = [...node.querySelectorAll('[data-mark]')];
    ordered = false;
    const kept = stop ? marks.indexOf(stop) : -1;
    setCurrent(kept >= 0 ? kept : 0);
  }

  /** Marks in reading order (left to right, then top to bottom), read when the reader needs it. */
  function order() {
    if (ordered) return;
    const stop = marks[current];
    const boxes = new Map(marks.map((m) => [m, m.getBoundingClientRect()] as const));
    marks.sort((a, b) => {
      const ca = centre(boxes.get(a)!);
      const cb = centre(boxes.get(b)!);
      return ca.x - cb.x || ca.y - cb.y;
    });
    ordered = true;
    current = stop ? marks.indexOf(stop) : 0;
  }

  function show(hits: Element[], at: { x: number; y: number } | null, pin: boolean) {
    if (!hits.length) return hide();
    const r = hits[0]!.getBoundingClientRect();
    const c = at ?? centre(r);
    pinned = pin;
    shown = { hits, at, pin, left: r.left, top: r.top };
    opts.onTip({ marks: hits.map(linesOf), anchor: { x: c.x, y: c.y, top: at ? at.y - REACH : r.top, bottom: at ? at.y + REACH : r.bottom }, pinned: pin });
  }

  function hide() {
    pinned = false;
    shown = null;
    opts.onTip(null);
  }

  /** Every mark within reach of the point, nearest first. */
  function marksAt(x: number, y: number): Element[] {
    return marks
      .map((m) => [m, distance(m.getBoundingClientRect(), x, y)] as const)
      .filter(([, d]) => d <= REACH)
      .sort((a, b) => a[1] - b[1])
      .map(([m]) => m);
  }

  /** Makes mark i the area's Tab stop (roving tabindex). */
  function setCurrent(i: number) {
    current = Math.max(0, Math.min(marks.length - 1, i));
    // Only the marks whose stop changed: every redraw comes here, and rewriting ~60 unchanged
    // attributes on each filter change made work for the style engine.
    marks.forEach((m, j) => {
      const tabindex = j === current ? '0' : '-1';
      if (m.getAttribute('tabindex') !== tabindex) m.setAttribute('tabindex', tabindex);
    });
  }

  function focusMark(i: number) {
    if (!marks.length) return;
    setCurrent(i);
    const mark = marks[current] as HTMLElement | SVGElement;
    // At the first or last mark the focus stays put and no focus event shows the tip: a reader who
    // hid it with Escape gets it back from the key that found no further mark.
    if (document.activeElement === mark) show([mark], null, false);
    else mark.focus();
  }

  const KEYS: Record<string, (i: number) => number> = {
    ArrowRight: (i) => i + 1, ArrowDown: (i) => i + 1, ArrowLeft: (i) => i - 1, ArrowUp: (i) => i - 1,
    Home: () => 0, End: () => marks.length - 1,
  };

  function onkeydown(e: KeyboardEvent) {
    if (e.key === 'Escape') return hide();
    order();
    const move = KEYS[e.key];
    const at = marks.indexOf((e.target as Element).closest('[data-mark]')!);
    if (!move || at < 0) return;
    e.preventDefault();
    focusMark(move(at));
  }

  function onfocusin(e: FocusEvent) {
    const mark = (e.target as Element).closest('[data-mark]');
    const i = mark ? marks.indexOf(mark) : -1;
    if (i < 0) return;
    setCurrent(i);
    if (performance.now() - tappedAt < 500) return;
    show([mark!], null, false);
    const year = Number(mark!.getAttribute('data-year'));
    opts.onYear?.(Number.isInteger(year) && year > 0 ? year : null);
  }

  function onfocusout(e: FocusEvent) {
    if (node.contains(e.relatedTarget as Node | null)) return;
    // A redraw that removes the focused mark fires this in the middle of the page's update:
    // state may change only after it.
    queueMicrotask(() => {
      if (!pinned) hide();
      opts.onYear?.(null);
    });
  }

  function onpointermove(e: PointerEvent) {
    if (e.pointerType === 'touch' || pinned) return;
    show(marksAt(e.clientX, e.clientY), { x: e.clientX, y: e.clientY }, false);
  }

  function onpointerleave(e: PointerEvent) {
    if (e.pointerType !== 'touch' && !pinned) hide();
  }

  function onpointerdown(e: PointerEvent) {
    if (e.pointerType !== 'touch') return;
    tappedAt = performance.now();
    show(marksAt(e.clientX, e.clientY), { x: e.clientX, y: e.clientY }, true);
  }

  function onDocumentKey(e: KeyboardEvent) {
    if (e.key === 'Escape') hide();
  }

  /** A tapped tip stays until the reader moves on: a tap elsewhere, or focus elsewhere (a keyboard,
   *  or a phone's screen reader, which moves focus by swipes), so no two views show a tip at once. */
  function onPointerElsewhere(e: PointerEvent) {
    if (pinned && !node.contains(e.target as Node)) hide();
  }

  /** The focus a tap itself gives the view's figure (where the spot tapped takes none) is not elsewhere. */
  function onFocusElsewhere(e: FocusEvent) {
    const target = e.target as Node;
    if (pinned && !node.contains(target) && !target.contains(node)) hide();
  }

  /** The tip is placed in the window (it must not be clipped by the view), so a scroll of the page or
   *  of any box around the view would leave it over other marks: it moves as its mark moved, and goes
   *  once the mark is out of the window or out of the page. */
  function onScroll() {
    if (!shown) return;
    const { hits, at, pin, left, top } = shown;
    const r = hits[0]!.getBoundingClientRect();
    if (!hits[0]!.isConnected || r.bottom < 0 || r.top > window.innerHeight || r.right < 0 || r.left > window.innerWidth) return hide();
    if (r.left === left && r.top === top) return;
    show(hits, at && { x: at.x + r.left - left, y: at.y + r.top - top }, pin);
  }

  // Views redraw on every filter change: the marks are looked up again after each update.
  let queued = false;
  const observer = new MutationObserver(() => {
    if (queued) return;
    queued = true;
    queueMicrotask(() => {
      queued = false;
      refresh();
    });
  });
  observer.observe(node, { childList: true, subtree: true });
  refresh();
  const listeners = { keydown: onkeydown, focusin: onfocusin, focusout: onfocusout, pointermove: onpointermove, pointerleave: onpointerleave, pointerdown: onpointerdown } as const;
  for (const [type, fn] of Object.entries(listeners)) node.addEventListener(type, fn as EventListener);
  document.addEventListener('keydown', onDocumentKey);
  document.addEventListener('pointerdown', onPointerElsewhere);
  document.addEventListener('focusin', onFocusElsewhere);
  // Capture: scroll events do not bubble, and a scrolling box around the view moves it as the page does.
  document.addEventListener('scroll', onScroll, { capture: true, passive: true });

  return {
    update(next: MarkNavigationOptions) {
      opts = next;
    },
    destroy() {
      observer.disconnect();
      for (const [type, fn] of Object.entries(listeners)) node.removeEventListener(type, fn as EventListener);
      document.removeEventListener('keydown', onDocumentKey);
      document.removeEventListener('pointerdown', onPointerElsewhere);
      document.removeEventListener('focusin', onFocusElsewhere);
      document.removeEventListener('scroll', onScroll, { capture: true });
    },
  };
}
