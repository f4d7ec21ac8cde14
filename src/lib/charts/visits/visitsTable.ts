// The table of the visits chart: one row per contact, with its source.
import type { Aggregation, VisitEvent } from '../../data/types.ts';
import { eventPartner } from '../../data/partner.ts';
import { countryName } from '../../geo/countryNames.ts';
import type { ChartTable } from '../../frame/tableTypes.ts';
import { contactDate, contactPlace, dateFlag, kindLabel } from './contactText.ts';
import { visitsStrings as s } from '../../viewStrings/visits.ts';
import { contactKey } from './contactKey.ts';

/** Rows for the table: date (with its caveat), partner, kind, place, level, people, title, source. */
export function visitsTable(events: VisitEvent[], aggregates: Aggregation[]): ChartTable {
  const t = s.table;
  return {
    columns: [
      { key: 'date', label: t.date, date: true },
      { key: 'partner', label: t.partner },
      { key: 'kind', label: t.kind },
      { key: 'place', label: t.place },
      { key: 'flags', label: t.flags },
      { key: 'level', label: t.level },
      { key: 'people', label: t.people, prose: true },
      { key: 'description', label: t.description, prose: true },
      { key: 'source', label: t.source, source: true },
    ],
    rows: events.map((e) => ({
      key: contactKey(e),
      date: contactDate(e),
      partner: countryName(eventPartner(e), aggregates),
      kind: kindLabel(e.kind),
      place: contactPlace(e, aggregates),
      flags: [dateFlag(e), e.end_date ? null : s.endNotFound].filter(Boolean).join('; '),
      level: s.levels[e.level] ?? e.level,
      people: e.people,
      description: e.title,
      source: e.source_id,
    })),
  };
}
