// How a contact reads in its mark's tip and in the table: dates, kind, place, flags.
import type { Aggregation, Source, VisitEvent } from '../../data/types.ts';
import { eventPartner } from '../../data/partner.ts';
import { countryName } from '../../geo/countryNames.ts';
import { formatDays } from '../../format.ts';
import { isCall, isThirdCountry } from '../../series/contactKinds.ts';
import { sourceCitation } from '../../frame/figureTip.ts';
import { visitsStrings as s } from '../../viewStrings/visits.ts';
import { lastComputedFrom } from '../../data/lastComputed.ts';

/** "19 Sept 2023", or the span "30–31 May 2023" when the contact lasts several days. */
export function contactDate(event: Pick<VisitEvent, 'start_date' | 'end_date'>): string {
  return formatDays(event.start_date, event.end_date);
}

/** The caveat on a contact's date: "date uncertain", "day not stated" (a range), or null. */
export function dateFlag(event: Pick<VisitEvent, 'date_precision'>): string | null {
  if (event.date_precision === 'uncertain') return s.dateUncertain;
  if (event.date_precision === 'range') return s.dayNotStated;
  return null;
}

/** The date with its caveat: "19 Sept 2023 (date uncertain)". */
export function contactDateText(event: Pick<VisitEvent, 'start_date' | 'end_date' | 'date_precision'>): string {
  const flag = dateFlag(event);
  return flag ? `${contactDate(event)} (${flag})` : contactDate(event);
}

/** The kind as a reader says it ("State visit", "Phone call"); an unknown kind as written. */
export function kindLabel(kind: string): string {
  return s.kinds[kind] ?? kind;
}

/** The table's "Host or caller": "Israel", "Germany (third country)", "called by United States". */
export function contactPlace(event: VisitEvent, aggregates: Aggregation[] = []): string {
  const name = (code: string) => countryName(code, aggregates);
  if (isCall(event)) {
    return event.initiator && event.initiator !== 'not_stated' ? s.calledBy(name(event.initiator)) : s.callerNotStated;
  }
  return isThirdCountry(event) ? s.thirdCountryPlace(name(event.host)) : name(event.host);
}

/** The kind with its place: "State visit, hosted by Azerbaijan", "Meeting in a third country: Germany",
 *  "Phone call, called by United States". */
export function contactKindText(event: VisitEvent, aggregates: Aggregation[] = []): string {
  const kind = kindLabel(event.kind);
  const host = countryName(event.host, aggregates);
  if (isCall(event)) return s.callText(kind, contactPlace(event, aggregates));
  return isThirdCountry(event) ? s.thirdCountry(kind, host) : s.hostedBy(kind, host);
}

/** The tip of a mark, line by line: partner, kind and place, dates and caveat, level, people, title,
 *  source with its date. Plain text: it is only ever inserted as text. */
export function contactTip(event: VisitEvent, sources: Map<string, Source>, aggregates: Aggregation[] = []): string[] {
  // Rows never change once loaded, and every filter change redraws every mark: write each tip once.
  return tipOf(event, [sources], () => writeTip(event, sources, aggregates));
}

const tipOf = lastComputedFrom<string[]>();

function writeTip(event: VisitEvent, sources: Map<string, Source>, aggregates: Aggregation[]): string[] {
  return [
    countryName(eventPartner(event), aggregates),
    contactKindText(event, aggregates),
    contactDateText(event),
    s.levels[event.level] ?? event.level,
    event.people,
    event.title,
    sourceCitation(event.source_id, sources),
  ].filter((line): line is string => !!line);
}
