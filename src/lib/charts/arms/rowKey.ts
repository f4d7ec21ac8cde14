// The key of an arms row in the chart's marks, apart from the tables, which load only when a reader asks.
import type { Observation } from '../../data/types.ts';

/** A row's key: the data contract's primary key (every column but the note). */
export function rowKey(r: Observation): string {
  return [r.indicator, r.period, r.from, r.to, r.value, r.unit, r.qualifier, r.item ?? '', r.source_id].join('|');
}
