// The view state ⇄ URL query, as pure functions: defaults stay out, anything invalid decodes to its default.
import {
  ARMS_VIEWS, DEFAULT_STATE, EDITIONS, INVESTMENT_VIEWS, MAP_LAYERS, VISIT_KINDS, defaultUnit,
  type StateDomain, type ViewState,
} from './viewState.ts';

function oneOf<T extends string>(allowed: readonly T[], value: string | null, fallback: T): T {
  return value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : fallback;
}

function year(value: string | null, domain: StateDomain, fallback: number): number {
  if (value === null || !/^\d{4}$/.test(value)) return fallback;
  const y = Number(value);
  return y >= domain.minYear && y <= domain.maxYear ? y : fallback;
}

/**
 * The claim a query marks, if it still makes sense with the years and partners chosen: a claim of
 * the domain whose years overlap the range, about a partner that is selected (so the charts
 * emphasise it; a claim about Azerbaijan itself fits any selection). A change of years or countries
 * that leaves the claim out of view therefore drops its mark, in the state and in the URL alike.
 */
function markedClaim(id: string | null, domain: StateDomain, state: Pick<ViewState, 'start' | 'end' | 'countries'>): string | null {
  const claim = id === null ? undefined : domain.claims.get(id);
  if (!claim || claim.end < state.start || claim.start > state.end) return null;
  return !domain.partners.has(claim.subject) || state.countries.includes(claim.subject) ? id : null;
}

/** Reads a query into a complete, valid state. Never throws: unknown keys are ignored, invalid
 *  values fall back to defaults, unknown partner codes are dropped. */
export function decodeState(params: URLSearchParams, domain: StateDomain): ViewState {
  let start = year(params.get('start'), domain, DEFAULT_STATE.start);
  let end = year(params.get('end'), domain, DEFAULT_STATE.end);
  // A one-sided range past the other end's default moves that end along, as the year menus do.
  const named = { start: start !== DEFAULT_STATE.start, end: end !== DEFAULT_STATE.end };
  if (start > end && named.start && !named.end) end = start;
  else if (start > end && named.end && !named.start) start = end;
  else if (start > end) [start, end] = [DEFAULT_STATE.start, DEFAULT_STATE.end];
  const countries = [...new Set((params.get('countries') ?? '').split(',').filter((c) => domain.partners.has(c)))].sort();
  const oilParam = params.get('oil');
  const oil = oilParam !== null && domain.oilUnits.has(oilParam) ? oilParam : DEFAULT_STATE.oil;
  const units = domain.oilUnits.get(oil) ?? [];
  return {
    start,
    end,
    countries,
    oil,
    unit: oneOf(units, params.get('unit'), defaultUnit(domain, oil)),
    arms: oneOf(ARMS_VIEWS, params.get('arms'), DEFAULT_STATE.arms),
    edition: oneOf(EDITIONS, params.get('edition'), DEFAULT_STATE.edition),
    investment: oneOf(INVESTMENT_VIEWS, params.get('investment'), DEFAULT_STATE.investment),
    kinds: oneOf(VISIT_KINDS, params.get('kinds'), DEFAULT_STATE.kinds),
    layer: oneOf(MAP_LAYERS, params.get('layer'), DEFAULT_STATE.layer),
    claim: markedClaim(params.get('claim'), domain, { start, end, countries }),
  };
}

/** Every query key the state owns; any other key (utm_source, an embed's chart, plain, theme) is not ours. */
export const STATE_KEYS: readonly string[] = ['start', 'end', 'countries', 'oil', 'unit', 'arms', 'edition', 'investment', 'kinds', 'layer', 'claim'];

/**
 * The page's query with the state written in: keys that are not ours keep their place and
 * values, ours follow (defaults left out). "?utm_source=x" with countries ISR gives
 * "?utm_source=x&countries=ISR"; an empty result is "".
 */
export function mergeQuery(search: string, state: ViewState, domain: StateDomain): string {
  const params = new URLSearchParams(search);
  for (const key of STATE_KEYS) params.delete(key);
  for (const [key, value] of encodeState(state, domain)) params.append(key, value);
  const query = params.toString().replace(/%2C/g, ',');
  return query ? `?${query}` : '';
}

/** Writes the state as a query, leaving out every value equal to its default. */
export function encodeState(state: ViewState, domain: StateDomain): URLSearchParams {
  const params = new URLSearchParams();
  if (state.start !== DEFAULT_STATE.start) params.set('start', String(state.start));
  if (state.end !== DEFAULT_STATE.end) params.set('end', String(state.end));
  if (state.countries.length) params.set('countries', [...state.countries].sort().join(','));
  if (state.oil !== DEFAULT_STATE.oil) params.set('oil', state.oil);
  if (state.unit !== defaultUnit(domain, state.oil)) params.set('unit', state.unit);
  for (const key of ['arms', 'edition', 'investment', 'kinds', 'layer'] as const) {
    if (state[key] !== DEFAULT_STATE[key]) params.set(key, state[key]);
  }
  if (state.claim !== null) params.set('claim', state.claim);
  return params;
}

/** The query as it appears in a link: `?countries=ISR,USA&start=2020`, commas left readable. */
export function stateQuery(state: ViewState, domain: StateDomain): string {
  const query = encodeState(state, domain).toString().replace(/%2C/g, ',');
  return query ? `?${query}` : '';
}
