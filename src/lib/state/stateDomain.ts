// What the shipped data allows a reader to choose: its years, its partners, the oil indicators' units.
import type { Observation, VisitEvent } from '../data/types.ts';
import { parsePeriod } from '../data/parsePeriod.ts';
import { partner, eventPartner } from '../data/partner.ts';
import { eventYear } from '../data/eventYear.ts';
import type { StateDomain } from './viewState.ts';

/** Derives the domain from the loaded rows; `isAggregate` keeps WLD, REG_* … out of the partners. */
export function stateDomain(
  observations: Observation[],
  oil: Observation[],
  events: VisitEvent[],
  isAggregate: (code: string) => boolean,
): StateDomain {
  const years: number[] = [];
  for (const r of observations) {
    const p = parsePeriod(r.period);
    if (p.ok) years.push(p.period.start.year, p.period.end.year);
  }
  for (const e of events) years.push(eventYear(e));
  const partners = new Set<string>();
  for (const r of observations) {
    const p = partner(r);
    if (p && !isAggregate(p)) partners.add(p);
  }
  for (const e of events) partners.add(eventPartner(e));
  const oilUnits = new Map<string, string[]>();
  for (const r of oil) {
    const units = oilUnits.get(r.indicator) ?? [];
    if (!units.includes(r.unit)) oilUnits.set(r.indicator, [...units, r.unit]);
  }
  return {
    minYear: Math.min(...years),
    maxYear: Math.max(...years),
    partners,
    oilUnits,
  };
}
