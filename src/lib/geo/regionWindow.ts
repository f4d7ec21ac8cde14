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

/**
 * The window's outline as a closed ring sampled every `stepDegrees` along each edge.
 * Dense sampling matters: d3-geo joins points by great circles, so a ring of only the four
 * corners would bow away from the parallels at 10°N and 50°N.
 * Winding is clockwise (d3-geo's exterior convention), so the ring means the window, not the rest of the globe.
 */
export function windowOutline(window: LonLatWindow = REGION_WINDOW, stepDegrees = 1): [number, number][] {
  const { west, east, south, north } = window;
  const ring: [number, number][] = [];
  const along = (from: number, to: number, point: (value: number) => [number, number]): void => {
    const steps = Math.max(1, Math.ceil(Math.abs(to - from) / stepDegrees));
    for (let i = 0; i < steps; i++) ring.push(point(from + ((to - from) * i) / steps));
  };
  // Clockwise with north up: up the west edge, east along the north edge, down the east edge, back west.
  along(south, north, (lat) => [west, lat]);
  along(west, east, (lon) => [lon, north]);
  along(north, south, (lat) => [east, lat]);
  along(east, west, (lon) => [lon, south]);
  ring.push([west, south]);
  return ring;
}
