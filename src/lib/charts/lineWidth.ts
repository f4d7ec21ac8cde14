// How wide a line of 11px label text will be, estimated from its length (no DOM to measure in tests or SSR).

/** Approximate width in pixels of `text` set at 11px in the page's sans-serif. */
export const lineWidth = (text: string): number => text.length * 6.2;
