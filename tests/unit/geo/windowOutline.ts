// The window as d3-geo sees a polygon: the reference the map's own projection and paths are tested against.
import { REGION_WINDOW, type LonLatWindow } from '../../../src/lib/geo/regionWindow.ts';

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
