// The source line under a chart: the publishers of the figures it shows, most cited first.
import type { Source } from '../data/types.ts';
import { compareText } from '../text/compareText.ts';

/** "Globes, Faktyoxla, Isranomics and 3 more" — publishers, not ids; the table has every source. */
export function sourceLine(sourceIds: string[], sources: Map<string, Source>, max = 4): string {
  const counts = new Map<string, number>();
  for (const id of sourceIds) {
    const publisher = sources.get(id)?.publisher ?? id;
    counts.set(publisher, (counts.get(publisher) ?? 0) + 1);
  }
  const names = [...counts.keys()].sort((a, b) => counts.get(b)! - counts.get(a)! || compareText(a, b));
  if (!names.length) return '—';
  const shown = names.slice(0, max).join(', ');
  return names.length > max ? `${shown} and ${names.length - max} more (see the data table)` : shown;
}
