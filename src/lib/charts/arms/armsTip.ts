// What an arms mark's tooltip (and its accessible name) says: who, the qualified value and unit,
// the period, then each source with its date — figureTip's lines, with TIV named for what it is.
import type { Observation, Qualifier, Source } from '../../data/types.ts';
import { figureTip, sourceCitation } from '../../frame/figureTip.ts';
import { formatQualified, unitLabel } from '../../format.ts';
import { strings } from '../../strings.ts';
import { armsStrings as s } from '../../viewStrings/arms.ts';

/** "872 TIV (SIPRI trend-indicator value, millions)": the axis title's "SIPRI TIV (millions)" would not say TIV is not money. */
export function armsValue(value: number, unit: string, qualifier: Qualifier | null): string {
  return strings.tipValue(formatQualified(value, unit, qualifier), unit === 'tiv_millions' ? s.tivTipUnit : unitLabel(unit));
}

/** The lines of one arms figure (one Observation row). */
export function armsTip(name: string, row: Observation, sources: Map<string, Source>, extra: string[] = []): string[] {
  const lines = figureTip(name, row, sources, extra);
  lines[1] = armsValue(row.value, row.unit, row.qualifier);
  return lines;
}

/** A figure drawn from several rows (a sum, or one figure several sources give): each source cited once. */
export function rowsTip(
  name: string,
  figure: { value: number; unit: string; qualifier: Qualifier | null; period: string },
  rows: Observation[],
  sources: Map<string, Source>,
  extra: string[] = [],
): string[] {
  const cited = [...new Set(rows.map((r) => sourceCitation(r.source_id, sources)))];
  return [name, armsValue(figure.value, figure.unit, figure.qualifier), figure.period, ...extra, ...cited];
}
