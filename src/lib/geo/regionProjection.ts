// The map's projection: Mercator fitted to the window rectangle, plus the window's on-screen frame and aspect ratio.
//
// Why Mercator: the map is cut along meridians and parallels, and a cylindrical projection keeps
// that cut a plain rectangle, so the drawing fills the figure with no curved edges or empty
// corners (a conic projection would fan the meridians out and leave wedges of nothing). Of the
// cylindrical projections Mercator is conformal, so small countries — Israel, Lebanon, Bahrain,
// Armenia — keep their familiar shapes. Its size exaggeration between 10°N and 50°N (about 1.5×
// in length) is modest at this span and matches the web maps readers know.

import { REGION_WINDOW } from './regionWindow.ts';

// Written out rather than taken from d3-geo, whose projection and path machinery (clipping,
// resampling, rotation, path measures; ~8 KB gzip) was the largest part of the map's code: the map
// only ever needs this one Mercator, fitted to a lon/lat rectangle. It gives exactly the numbers of
// geoMercator().fitExtent(extent, window outline) — same operations in the same order (tested).

/** A lon/lat point in pixels. */
export type RegionProjection = (lonLat: readonly [number, number]) => [number, number];

const RADIANS = Math.PI / 180;
/** Mercator's y of a latitude in radians. */
const mercatorY = (phi: number) => Math.log(Math.tan((Math.PI / 2 + phi) / 2));
/** Not quite 0 in floating point; d3 centres its projections on it, so this one does too. */
const EQUATOR_Y = mercatorY(0);

/** Mercator at `scale`, translated as d3's projection.translate([x, y]) does. */
function mercator(scale: number, x: number, y: number): RegionProjection {
  const dy = y - (0 - scale * EQUATOR_Y);
  return ([lon, lat]) => [x + scale * (lon * RADIANS), dy - scale * mercatorY(lat * RADIANS)];
}

/** A screen rectangle in pixels. */
export interface ScreenFrame {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/**
 * A Mercator projection that fits the window into `width` × `height` (less `padding` on each
 * side), fitted to the window's outline — not to the features, whose Russia and Kazakhstan would
 * otherwise zoom it out. The window keeps its shape: when the box has another aspect ratio the
 * window is centred in it. Use {@link regionHeightForWidth} to size the figure so it fills the box.
 */
export function regionProjection(width: number, height: number, padding = 0): RegionProjection {
  // As d3's fitExtent: the window's bounds at scale 150, then the scale and translation that fit them.
  // A parallel is straight in Mercator, so the bounds are the window's corners.
  const b = windowFrame(mercator(150, 0, 0));
  const w = width - padding - padding;
  const h = height - padding - padding;
  const k = Math.min(w / (b.x1 - b.x0), h / (b.y1 - b.y0));
  return mercator(150 * k, padding + (w - k * (b.x1 + b.x0)) / 2, padding + (h - k * (b.y1 + b.y0)) / 2);
}

/** The window's height-to-width ratio under this projection (Mercator stretches it north–south). */
export const REGION_ASPECT_RATIO: number = (() => {
  const frame = windowFrame(mercator(1, 0, 0));
  return (frame.y1 - frame.y0) / (frame.x1 - frame.x0);
})();

/**
 * The height that lets a `width`-wide figure show the whole window with no empty margins.
 * Not rounded: a rounded height would leave a sub-pixel strip and shift the edge markers.
 */
export function regionHeightForWidth(width: number): number {
  return width * REGION_ASPECT_RATIO;
}

/** The window's rectangle on screen under `projection`: where the map is drawn. */
export function windowFrame(projection: RegionProjection): ScreenFrame {
  const { west, east, south, north } = REGION_WINDOW;
  const [x0, y0] = projection([west, north]);
  const [x1, y1] = projection([east, south]);
  return { x0, y0, x1, y1 };
}
