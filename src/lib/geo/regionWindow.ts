// The lon/lat rectangle the regional map shows: the one constant the map cut, the projection and the anchors share.

/** A rectangle in degrees of longitude (west–east) and latitude (south–north). */
export interface LonLatWindow {
  readonly west: number;
  readonly east: number;
  readonly south: number;
  readonly north: number;
}

/**
 * The map's window: 20–65°E, 10–50°N — the Caucasus, Türkiye, the Levant, the Gulf and Iran,
 * with room for the Black and Caspian Seas. `public/region.topo.json` is cut to exactly this.
 */
export const REGION_WINDOW: LonLatWindow = Object.freeze({ west: 20, east: 65, south: 10, north: 50 });

/** Whether `[lon, lat]` lies in the window, borders included (`epsilon` widens it for rounding). */
export function isInWindow(
  [lon, lat]: readonly [number, number],
  window: LonLatWindow = REGION_WINDOW,
  epsilon = 0,
): boolean {
  return (
    lon >= window.west - epsilon &&
    lon <= window.east + epsilon &&
    lat >= window.south - epsilon &&
    lat <= window.north + epsilon
  );
}
