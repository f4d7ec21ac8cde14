// What the shared tooltip (and a screen reader) says of one partner on the map: its name, each layer's figure, sources.
import type { Source } from '../data/types.ts';
import { unitLabel } from '../format.ts';
import { mapStrings as s } from '../strings.ts';
import type { Flow } from './flow.ts';
import { flowCoverage, flowPublishers, flowValue } from './flowText.ts';

/**
 * The lines of a partner's tip: ["Israel", "Crude oil: ≈3.373M t (approximate) · tonnes · 2 of 11 years (2023–2024)", …,
 * "Sources: Globes; SIPRI"]. A layer without a figure says so ("Arms: no figure for 2014–2024"); contacts carry their
 * unit in the count; the sources line is left out when no flow has one.
 */
export function flowTip(partner: { name: string; flows: Flow[] }, sources: Map<string, Source>): string[] {
  const figures = partner.flows.map((f) =>
    f.value === null
      ? s.tipFlow(s.layerShort[f.layer], flowValue(f))
      : s.tipFlow(s.layerShort[f.layer], flowValue(f), f.layer === 'visits' ? null : unitLabel(f.unit), flowCoverage(f)),
  );
  const publishers = [...new Set(partner.flows.flatMap((f) => flowPublishers(f, sources)))];
  return [partner.name, ...figures, ...(publishers.length ? [s.tipSources(publishers)] : [])];
}
