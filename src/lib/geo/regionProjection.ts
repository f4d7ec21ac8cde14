// The map's projection: Mercator fitted to the window rectangle, plus the window's on-screen frame and aspect ratio.
//
// Why Mercator: the map is cut along meridians and parallels, and a cylindrical projection keeps
// that cut a plain rectangle, so the drawing fills the figure with no curved edges or empty
// corners (a conic projection would fan the meridians out and leave wedges of nothing). Of the
// cylindrical projections Mercator is conformal, so small countries — Israel, Lebanon, Bahrain,
// Armenia — keep their familiar shapes. Its size exaggeration between 10°N and 50°N (about 1.5×
// in length) is modest at this span and matches the web maps readers know.

import { geoMercator, type GeoProjection } from 'd3-geo';
import type { Polygon } from 'geojson';
import { REGION_WINDOW, windowOutline } from './regionWindow.ts';

/** The window as a GeoJSON polygon, its edges sampled densely enough to follow the parallels. */
const WINDOW_POLYGON: Polygon = { type: 'Polygon', coordinates: [windowOutline(REGION_WINDOW, 1)] };

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
export function regionProjection(width: number, height: number, padding = 0): GeoProjection {
  return geoMercator().fitExtent(
    [
      [padding, padding],
      [width - padding, height - padding],
    ],
    WINDOW_POLYGON,
  );
}

/** The window's height-to-width ratio under this projection (Mercator stretches it north–south). */
export const REGION_ASPECT_RATIO: number = (() => {
  const frame = windowFrame(geoMercator().scale(1).translate([0, 0]));
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
export function windowFrame(projection: GeoProjection): ScreenFrame {
  const { west, east, south, north } = REGION_WINDOW;
  const [x0, y0] = projection([west, north])!;
  const [x1, y1] = projection([east, south])!;
  return { x0, y0, x1, y1 };
}
