// What the tooltip (and a screen reader) says of one figure: who, how much with its qualifier and
// unit, the period it covers, and its source with the date — the same for every view.
import type { Observation, Source } from '../data/types.ts';
import { formatPeriod, formatQualified, unitLabel } from '../format.ts';
import { strings } from '../strings.ts';

/** "Source: Globes, 2024-02-20" (the date as the source gives it; some give only a year). */
export function sourceCitation(sourceId: string, sources: Map<string, Source>): string {
  const s = sources.get(sourceId);
  return strings.tipSource(s?.publisher ?? sourceId, s?.published ?? null);
}

/** The lines of one figure: ["Israel", "≈2.2M t (tonnes)", "2023", "Source: Faktyoxla, 2024"], then any `extra`. */
export function figureTip(name: string, row: Pick<Observation, 'value' | 'unit' | 'qualifier' | 'period' | 'source_id'>, sources: Map<string, Source>, extra: string[] = []): string[] {
  return [
    name,
    strings.tipValue(formatQualified(row.value, row.unit, row.qualifier), unitLabel(row.unit)),
    formatPeriod(row.period),
    ...extra,
    sourceCitation(row.source_id, sources),
  ];
}
