// The year under the pointer in a chart's SVG, whatever the SVG's rendered size.
import type { TimeScale } from './timeScale.ts';

/** Converts the event's client x into the SVG's viewBox units, then into a year; null outside the plot. */
export function pointerYear(event: PointerEvent, scale: TimeScale, viewBoxWidth: number): number | null {
  const svg = event.currentTarget as SVGSVGElement;
  const box = svg.getBoundingClientRect();
  if (!box.width) return null;
  const x = ((event.clientX - box.left) / box.width) * viewBoxWidth;
  return x < scale.range[0] || x > scale.range[1] ? null : scale.yearAt(x);
}
