// The window a bench run loads its pages in. By default a laptop's, where all five of the dashboard's
// views lie near enough to the window for the browser to render them; `--viewport 375x800` loads every
// page in a phone's, where the views stand one under another and most are out of sight.

export interface Viewport {
  width: number;
  height: number;
}

export const DEFAULT_VIEWPORT: Viewport = { width: 1280, height: 900 };

/** A window's size from "375x800" (CSS px, each side 200-4000), or null when the text is not one. */
export function parseViewport(text: string): Viewport | null {
  const m = /^(\d+)x(\d+)$/.exec(text);
  if (!m) return null;
  const [width, height] = [Number(m[1]), Number(m[2])];
  return width >= 200 && width <= 4000 && height >= 200 && height <= 4000 ? { width, height } : null;
}
