// The words of one project entry: name, when and who reported it, status from the note, and value.
import type { Aggregation, Source } from '../../data/types.ts';
import { countryName } from '../../geo/countryNames.ts';
import { formatPeriod, formatQualified } from '../../format.ts';
import { directionOf } from './investors.ts';
import type { ProjectEntry } from './selectProjects.ts';
import { investmentStrings as s } from '../../viewStrings/investment.ts';

export interface ProjectText {
  item: string;
  /** "Oct 2023 · Ministry of Energy of Azerbaijan"; outward entries also name the direction. */
  meta: string;
  /** Status flags from the note, joined ("MoU"), or empty. */
  status: string;
  value: string;
}

/** The texts of an entry, every number and date through format.ts. */
export function projectText(e: ProjectEntry, sources: Map<string, Source>, aggregates: Aggregation[]): ProjectText {
  const item = e.row.item ?? e.row.indicator;
  const publisher = sources.get(e.row.source_id)?.publisher ?? e.row.source_id;
  const dir = directionOf(e.row) === 'out' ? [s.direction.out(countryName(e.investor, aggregates))] : [];
  const meta = [formatPeriod(e.row.period), ...dir, publisher].join(' · ');
  const status = e.status.join(', ');
  const value = formatQualified(e.row.value, e.row.unit, e.row.qualifier);
  return { item, meta, status, value };
}
