// When the map shades countries by their figure, and how strongly: only with enough countries inside the window.
import { max } from 'd3-array';
import { partnerAnchor } from '../geo/partnerAnchors.ts';
import { hasArc, yearlyValue, type Flow } from './flow.ts';

/** The fewest countries inside the window with a figure that make shading worth drawing. */
export const CHOROPLETH_MIN = 5;

/** Whether a country is drawn on the map (wholly or partly inside the window), not an edge marker. */
export function isInside(code: string): boolean {
  return partnerAnchor(code)?.kind === 'inside';
}

/**
 * The threshold rule: shade only when `insideCount` countries inside the window have a figure
 * for the selection and there are at least `min` of them; fewer make a patchwork that reads
 * as "no data" for everyone else.
 */
export function showsChoropleth(insideCount: number, min = CHOROPLETH_MIN): boolean {
  return insideCount >= min;
}

/**
 * Fill opacities (0.12–0.55, growing with the square root of the yearly figure, as arc widths do) for the countries
 * inside the window with a positive figure, or null when the map stays a plain basemap: when
 * the flows are of more than one layer (units never share a scale) or too few countries qualify.
 */
export function choroplethShades(flows: readonly Flow[], min = CHOROPLETH_MIN): Map<string, number> | null {
  if (new Set(flows.map((f) => f.layer)).size !== 1) return null;
  const inside = flows.filter((f) => hasArc(f) && isInside(f.partner));
  if (!showsChoropleth(inside.length, min)) return null;
  const top = max(inside, (f) => yearlyValue(f)!)!;
  return new Map(inside.map((f) => [f.partner, 0.12 + 0.43 * Math.sqrt(yearlyValue(f)! / top)]));
}
