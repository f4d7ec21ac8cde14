// A linear map from figures to pixels, with d3's round ticks and nice domain (d3-array), giving what
// d3-scale's scaleLinear gives (tested against it). scaleLinear also carries d3-interpolate and
// d3-color (for colour ranges) and d3-format (for its tick formats): ~6 KB gzip of every view's
// first load, where these charts only ever map numbers to pixels.
import { nice as niceDomain, ticks } from 'd3-array';

export interface LinearScale {
  (value: number): number;
  domain(): [number, number];
  range(): [number, number];
  /** About `count` round values across the domain (d3-array's ticks). */
  ticks(count?: number): number[];
}

/** `domain` mapped onto `range`; with `nice`, the domain first widened to round ends, as
 *  scaleLinear().nice() widens it (for about ten ticks). */
export function linearScale(domain: [number, number], range: [number, number], options: { nice?: boolean } = {}): LinearScale {
  const [d0, d1] = options.nice ? niced(domain) : domain;
  const [r0, r1] = range;
  // scaleLinear normalises over the domain in increasing order, and interpolates as d3-interpolate
  // does (a·(1−t) + b·t), so each figure lands on exactly the same pixel.
  const [lo, hi, from, to] = d1 < d0 ? [d1, d0, r1, r0] : [d0, d1, r0, r1];
  const width = hi - lo;
  const at = (t: number) => from * (1 - t) + to * t;
  const scale = ((value: number) => at(width ? (value - lo) / width : Number.isNaN(width) ? NaN : 0.5)) as LinearScale;
  scale.domain = () => [d0, d1];
  scale.range = () => [r0, r1];
  scale.ticks = (count = 10) => ticks(d0, d1, count);
  return scale;
}

/** d3-array's nice on the increasing order of the ends, handed back in the domain's own order. */
function niced([a, b]: [number, number]): [number, number] {
  if (b < a) {
    const [lo, hi] = niceDomain(b, a, 10);
    return [hi, lo];
  }
  return niceDomain(a, b, 10);
}
