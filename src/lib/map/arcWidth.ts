// Arc widths: a monotone square-root scale per layer, and the reference values its legend shows.
import { max as d3max, ticks as roundValues } from 'd3-array';
import type { FlowLayer } from './layers.ts';

/** Stroke widths in pixels, thinnest to thickest; contacts are drawn as thin arcs. */
export const WIDTH_RANGE: Readonly<Record<FlowLayer, readonly [number, number]>> = {
  oil: [1.5, 14],
  arms: [1.5, 14],
  investment: [1.5, 14],
  visits: [1.5, 5],
};

/** The width range on a map `mapWidth` pixels wide: full from 640 px, down to half the widest
 *  stroke on a phone, where full-width arcs would cover the small countries they point to. */
export function widthRangeFor(layer: FlowLayer, mapWidth: number): [number, number] {
  const [thin, thick] = WIDTH_RANGE[layer];
  const factor = Math.min(1, Math.max(0.5, mapWidth / 640));
  return [thin, thin + (thick - thin) * factor];
}

/** A width for a value: null for zero, negative or missing values (no arc). */
export type ArcWidth = (value: number | null) => number | null;

/**
 * A width scale for one layer: the largest of `values` gets the widest stroke and any smaller
 * positive value a width that grows with its square root, so small flows stay visible next to
 * large ones. Values above the largest are drawn at the widest stroke.
 */
export function arcWidthScale(values: readonly (number | null)[], range: readonly [number, number]): ArcWidth {
  const top = Math.max(0, d3max(values, (v) => (v !== null && Number.isFinite(v) ? v : undefined)) ?? 0);
  const [thin, thick] = range;
  return (value) => {
    if (value === null || !Number.isFinite(value) || value <= 0 || top <= 0) return null;
    return thin + (thick - thin) * Math.sqrt(Math.min(value, top) / top);
  };
}

/**
 * Up to two round values to label the legend's reference widths: the smallest and the largest
 * "nice" step at or below `max` (counts stay whole). Empty when there is nothing to draw.
 */
export function referenceValues(max: number, wholeNumbers = false): number[] {
  if (!(max > 0)) return [];
  const ticks = roundValues(0, max, 4).filter((t) => t > 0 && t <= max && (!wholeNumbers || Number.isInteger(t)));
  if (!ticks.length) return [max];
  return [...new Set([ticks[0]!, ticks[ticks.length - 1]!])];
}
