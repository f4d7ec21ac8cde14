// What the data allows a reader to choose: its years, its partners, the oil indicators' units, the claims a view can mark.
// Computed from the rows at build time and written into datapackage.json (`x-state-domain`), so a
// page that loads only some datasets (an embed) decodes a URL exactly as the dashboard does.
import type { Observation, Row, VisitEvent } from './types.ts';
import { parsePeriod } from './parsePeriod.ts';
import { partner, eventPartner } from './partner.ts';
import { eventYear } from './eventYear.ts';
import { markableClaims, type MarkableClaim } from './markableClaims.ts';

/** What the data allows: years that can be chosen, partners that can be selected, the units each
 *  oil indicator has, and the claims a URL can mark. decodeState accepts nothing outside these. */
export interface StateDomain {
  minYear: number;
  maxYear: number;
  partners: ReadonlySet<string>;
  oilUnits: ReadonlyMap<string, readonly string[]>;
  claims: ReadonlyMap<string, MarkableClaim>;
}

/** The domain as JSON in the descriptor: partners sorted, oil units in first-seen order. */
export interface StateDomainJson {
  minYear: number;
  maxYear: number;
  partners: string[];
  oilUnits: Record<string, string[]>;
  /** By claim id, in claims.csv order. */
  claims: Record<string, MarkableClaim>;
}

/** Derives the domain from the loaded rows; `isAggregate` keeps WLD, REG_* … out of the partners. */
export function stateDomain(
  observations: Observation[],
  oil: Observation[],
  events: VisitEvent[],
  claims: readonly Row[],
  isAggregate: (code: string) => boolean,
): StateDomain {
  // A loop, not Math.min(...years): spreading a big edited file's years overflows the call stack.
  let minYear = Infinity;
  let maxYear = -Infinity;
  const see = (y: number) => {
    if (y < minYear) minYear = y;
    if (y > maxYear) maxYear = y;
  };
  const partners = new Set<string>();
  for (const r of observations) {
    const p = parsePeriod(r.period);
    if (p.ok) {
      see(p.period.start.year);
      see(p.period.end.year);
    }
    const code = partner(r);
    if (code && !isAggregate(code)) partners.add(code);
  }
  for (const e of events) {
    see(eventYear(e));
    partners.add(eventPartner(e));
  }
  const oilUnits = new Map<string, string[]>();
  for (const r of oil) {
    const units = oilUnits.get(r.indicator) ?? [];
    if (!units.includes(r.unit)) oilUnits.set(r.indicator, [...units, r.unit]);
  }
  return { minYear, maxYear, partners, oilUnits, claims: markableClaims(claims) };
}

export function domainToJson(domain: StateDomain): StateDomainJson {
  return {
    minYear: domain.minYear,
    maxYear: domain.maxYear,
    partners: [...domain.partners].sort(),
    oilUnits: Object.fromEntries([...domain.oilUnits].map(([k, v]) => [k, [...v]])),
    claims: Object.fromEntries(domain.claims),
  };
}

export function domainFromJson(json: StateDomainJson): StateDomain {
  return {
    minYear: json.minYear,
    maxYear: json.maxYear,
    partners: new Set(json.partners),
    oilUnits: new Map(Object.entries(json.oilUnits)),
    claims: new Map(Object.entries(json.claims)),
  };
}
