// What the shared tooltip (and a screen reader) says of one partner on the map: its name, each layer's figure, sources.
import type { Source } from '../data/types.ts';
import { unitLabel } from '../format.ts';
import { mapStrings as s } from '../viewStrings/map.ts';
import { isAverage, type Flow } from './flow.ts';
import { flowCoverage, flowPartials, flowPublishers, flowYearly } from './flowText.ts';

// Coverage after a yearly average leaves out the years, which the average already names.
const coverageOf = (f: Flow): string => (isAverage(f) ? s.coverage(f.coverage.n, f.coverage.m) : flowCoverage(f));

/**
 * The lines of a partner's tip: ["Israel", "Crude oil: ≈1.69M t a year (average of 2 years: 2023–2024; approximate)
 * · tonnes · 2 of 11 years", "also: Jan–Sep 2024, 2.372M t, another source", …, "Sources: Globes; SIPRI"]: each
 * layer's yearly figure (the one its arc's width encodes), then its part-year figures if it has any. A layer without
 * a figure says so ("Arms: no figure for 2014–2024"); contacts carry their unit in the count; the sources line is left
 * out when no flow has one.
 */
export function flowTip(partner: { name: string; flows: Flow[] }, sources: Map<string, Source>): string[] {
  const figures = partner.flows.flatMap((f) => {
    const line =
      f.value === null
        ? s.tipFlow(s.layerShort[f.layer], flowYearly(f))
        : s.tipFlow(s.layerShort[f.layer], flowYearly(f), f.layer === 'visits' ? null : unitLabel(f.unit), coverageOf(f));
    const partials = flowPartials(f);
    return partials ? [line, partials] : [line];
  });
  const publishers = [...new Set(partner.flows.flatMap((f) => flowPublishers(f, sources)))];
  return [partner.name, ...figures, ...(publishers.length ? [s.tipSources(publishers)] : [])];
}
