// The qualifier keys a view's legend needs: only for the qualifiers its figures have.
import type { Observation, Qualifier } from '../../data/types.ts';
import type { Swatch } from '../../frame/SeriesLegend.svelte';
import { investmentStrings as s } from '../../viewStrings/investment.ts';

export interface LegendKey {
  text: string;
  /** Line style for segments, or filled/hollow for dots. */
  swatch: Swatch;
}

const LINE: Record<Qualifier, LegendKey> = {
  exact: { text: s.legendExact, swatch: 'line' },
  approx: { text: s.legendApprox, swatch: 'dashed' },
  estimate: { text: s.legendEstimate, swatch: 'dotted' },
  lower_bound: { text: s.legendBound, swatch: 'caret' },
  upper_bound: { text: s.legendBound, swatch: 'caret' },
};

/** Keys for the qualifiers present, once each; none when every figure is exact. */
export function legendKeys(rows: Observation[], shape: 'line' | 'dot'): LegendKey[] {
  const present = new Set(rows.map((r) => r.qualifier));
  if (present.size === 1 && present.has('exact')) return [];
  const keys = new Map<string, LegendKey>();
  for (const q of ['exact', 'approx', 'estimate', 'lower_bound', 'upper_bound'] as const) {
    if (!present.has(q)) continue;
    const key = LINE[q];
    keys.set(key.text, shape === 'dot' ? { text: key.text, swatch: q === 'exact' ? 'dot' : 'hollow' } : key);
  }
  return [...keys.values()];
}
