import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { decodeState, encodeState, mergeQuery, stateQuery } from '../../../src/lib/state/stateUrl.ts';
import {
  DEFAULT_STATE, ARMS_VIEWS, EDITIONS, INVESTMENT_VIEWS, VISIT_KINDS, MAP_LAYERS, type StateDomain, type ViewState,
} from '../../../src/lib/state/viewState.ts';

const domain: StateDomain = {
  minYear: 2000,
  maxYear: 2026,
  partners: new Set(['ISR', 'USA', 'ARE', 'TUR', 'RUS', 'ITA']),
  oilUnits: new Map([
    ['crude_oil_exports', ['tonnes', 'usd']],
    ['israel_crude_import_share', ['percent']],
    ['crude_oil_flows_tracked', ['barrels_per_day', 'tonnes']],
  ]),
  claims: new Map([
    ['oil_up', { text: 'Oil up.', dataset: 'oil-exports', start: 2023, end: 2024, subject: 'ISR', verdict: 'not_supported' }],
    ['hub_rank', { text: 'Second.', dataset: 'defense-imports', start: 2011, end: 2020, subject: 'AZE', verdict: 'contradicted' }],
  ]),
};
const decode = (q: string) => decodeState(new URLSearchParams(q), domain);

describe('decodeState', () => {
  it.each([
    ['', {}],
    ['start=2020&end=2023', { start: 2020, end: 2023 }],
    ['countries=ISR', { countries: ['ISR'] }],
    ['countries=USA,ISR,ISR', { countries: ['ISR', 'USA'] }],
    ['countries=ISR,XYZ,AZE', { countries: ['ISR'] }],
    ['oil=israel_crude_import_share', { oil: 'israel_crude_import_share', unit: 'percent' }],
    ['oil=crude_oil_exports&unit=usd', { unit: 'usd' }],
    ['oil=israel_crude_import_share&unit=tonnes', { oil: 'israel_crude_import_share', unit: 'percent' }],
    ['arms=customers&edition=tables2022', { arms: 'customers', edition: 'tables2022' }],
    ['investment=projects&kinds=calls&layer=oil', { investment: 'projects', kinds: 'calls', layer: 'oil' }],
  ])('decodeState(%j) reads the keys it knows', (query, expected) => {
    expect(decode(query)).toEqual({ ...DEFAULT_STATE, ...expected });
  });

  it.each([
    'start=1990', 'start=2030', 'start=20X0', 'start=2020.5', 'end=', 'start=2024&end=2014', 'oil=gold',
    'unit=parsecs', 'arms=tanks', 'edition=2099', 'investment=%00', 'kinds=ALL', 'layer=<script>',
    'countries=', 'countries=,,', 'start[]=2020', 'unknown=1',
  ])('decodeState(%j) falls back to the defaults', (query) => {
    expect(decode(query)).toEqual({ ...DEFAULT_STATE });
  });
});

describe('encodeState', () => {
  it('leaves every default out', () => {
    expect(encodeState({ ...DEFAULT_STATE }, domain).toString()).toBe('');
  });

  it("leaves an indicator's default unit out", () => {
    const state = { ...DEFAULT_STATE, oil: 'israel_crude_import_share', unit: 'percent' };
    expect(stateQuery(state, domain)).toBe('?oil=israel_crude_import_share');
  });

  it('writes a readable query with commas', () => {
    const state = { ...DEFAULT_STATE, start: 2020, countries: ['ISR', 'USA'], arms: 'deals' as const };
    expect(stateQuery(state, domain)).toBe('?start=2020&countries=ISR,USA&arms=deals');
  });
});

const stateArb: fc.Arbitrary<ViewState> = fc
  .record({
    years: fc.tuple(fc.integer({ min: 2000, max: 2026 }), fc.integer({ min: 2000, max: 2026 })),
    countries: fc.uniqueArray(fc.constantFrom(...domain.partners)),
    oil: fc.constantFrom(...domain.oilUnits.keys()),
    unitIndex: fc.nat(),
    arms: fc.constantFrom(...ARMS_VIEWS),
    edition: fc.constantFrom(...EDITIONS),
    investment: fc.constantFrom(...INVESTMENT_VIEWS),
    kinds: fc.constantFrom(...VISIT_KINDS),
    layer: fc.constantFrom(...MAP_LAYERS),
    claim: fc.constantFrom(null, ...domain.claims.keys()),
  })
  .map(({ years, countries, oil, unitIndex, claim, ...rest }) => {
    const units = domain.oilUnits.get(oil)!;
    const start = Math.min(...years);
    const end = Math.max(...years);
    // A mark is valid only where it makes sense: its years in view, its partner shown.
    const c = claim === null ? undefined : domain.claims.get(claim);
    const fits = c && c.end >= start && c.start <= end && (c.subject === 'AZE' || countries.includes(c.subject));
    return {
      ...rest,
      start,
      end,
      countries: [...countries].sort(),
      oil,
      unit: units[unitIndex % units.length]!,
      claim: fits ? claim : null,
    };
  });

describe('state ⇄ URL properties', () => {
  it('decodeState(encodeState(s)) equals s for every valid state', () => {
    fc.assert(fc.property(stateArb, (s) => { expect(decodeState(encodeState(s, domain), domain)).toEqual(s); }));
  });

  it('decodeState never throws and always returns a valid state, whatever the query', () => {
    const key = fc.constantFrom('start', 'end', 'countries', 'oil', 'unit', 'arms', 'edition', 'investment', 'kinds', 'layer', 'claim', 'x');
    fc.assert(
      fc.property(fc.array(fc.tuple(key, fc.string())), (pairs) => {
        const s = decodeState(new URLSearchParams(pairs), domain);
        expect(s.start).toBeLessThanOrEqual(s.end);
        expect(s.start).toBeGreaterThanOrEqual(domain.minYear);
        expect(domain.oilUnits.get(s.oil)).toContain(s.unit);
        for (const c of s.countries) expect(domain.partners.has(c)).toBe(true);
        if (s.claim !== null) expect(domain.claims.has(s.claim)).toBe(true);
      }),
    );
  });

  it('decodeState never throws on arbitrary query text', () => {
    fc.assert(fc.property(fc.string(), (q) => { decodeState(new URLSearchParams(q), domain); }));
  });
});

describe('decodeState: a one-sided year range behaves as the year menus do', () => {
  const decode = (q: string) => decodeState(new URLSearchParams(q), domain);
  it.each([
    ['start=2025', 2025, 2025],
    ['end=2010', 2010, 2010],
    ['start=2020', 2020, 2024],
    ['end=2016', 2014, 2016],
    ['start=2024&end=2020', 2014, 2024],
  ])('?%s → %i–%i', (q, start, end) => {
    expect(decode(q)).toMatchObject({ start, end });
  });
});

describe('mergeQuery', () => {
  it('keeps other keys in place and writes ours after them, defaults left out', () => {
    const state = decodeState(new URLSearchParams('countries=ISR,USA'), domain);
    expect(mergeQuery('?utm_source=x&countries=ARE&start=2014', state, domain)).toBe('?utm_source=x&countries=ISR,USA');
    expect(mergeQuery('?start=2020', decodeState(new URLSearchParams(''), domain), domain)).toBe('');
  });
});

describe('decodeState: claim (a claim marked in its chart)', () => {
  const decode = (q: string) => decodeState(new URLSearchParams(q), domain);
  it.each([
    ['claim=oil_up&start=2023&end=2024&countries=ISR', 'oil_up'],
    ['claim=oil_up&countries=ISR,USA', 'oil_up'],
    ['claim=hub_rank&start=2011&end=2020&countries=USA', 'hub_rank'],
    ['claim=oil_up&start=2024&end=2026&countries=ISR', 'oil_up'],
    ['claim=hub_rank&start=2011&end=2020', 'hub_rank'],
  ])('decodeState(%j) marks the claim', (query, claim) => {
    expect(decode(query).claim).toBe(claim);
  });

  it.each([
    ['an unknown id', 'claim=oil_down'],
    ['an empty id', 'claim='],
    ['another case', 'claim=OIL_UP'],
    ['markup', 'claim=<script>'],
    ['years that leave the claim out', 'claim=oil_up&start=2014&end=2020&countries=ISR'],
    ['a selection without its partner', 'claim=oil_up&countries=USA'],
    ['no selection (its partner would not stand out)', 'claim=oil_up'],
  ])('decodeState ignores %s', (_, query) => {
    const s = decode(query);
    expect(s.claim).toBeNull();
    expect(s).toEqual(decode(query.replace(/claim=[^&]*&?/, '')));
  });

  it('encodeState writes the claim after the other keys; mergeQuery keeps foreign keys and replaces ours', () => {
    const state = decode('start=2023&end=2024&countries=ISR&claim=oil_up');
    expect(stateQuery(state, domain)).toBe('?start=2023&countries=ISR&claim=oil_up');
    expect(mergeQuery('?utm_source=x&claim=hub_rank', state, domain)).toBe('?utm_source=x&start=2023&countries=ISR&claim=oil_up');
    expect(mergeQuery('?utm_source=x&claim=oil_up', { ...state, claim: null }, domain)).toBe('?utm_source=x&start=2023&countries=ISR');
  });
});
