// The map's note on partners a layer does not draw although it has their figures: only part-year ones.
import { formatYears } from '../format.ts';
import { mapStrings as s } from '../viewStrings/map.ts';
import { hasArc, type Flow } from './flow.ts';
import type { FlowLayer } from './layers.ts';
import { compareText } from '../text/compareText.ts';

/**
 * One sentence per layer naming the partners (by `name`, alphabetically) whose flows over
 * `start`–`end` draw no arc but carry part-year figures: "Crude oil not drawn for China, India:
 * only part-year figures in 2014–2024, …". Empty when every partner with figures is drawn.
 */
export function leftOutNotes(flows: readonly Flow[], layers: readonly FlowLayer[], start: number, end: number, name: (code: string) => string): string[] {
  return layers.flatMap((layer) => {
    const names = flows
      .filter((f) => f.layer === layer && !hasArc(f) && f.partials?.length)
      .map((f) => name(f.partner))
      .sort(compareText);
    return names.length ? [s.leftOut(s.layerShort[layer], names, formatYears([start, end]))] : [];
  });
}
