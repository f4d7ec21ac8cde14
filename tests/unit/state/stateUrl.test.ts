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
  })
  .map(({ years, countries, oil, unitIndex, ...rest }) => {
    const units = domain.oilUnits.get(oil)!;
    return {
      ...rest,
      start: Math.min(...years),
      end: Math.max(...years),
      countries: [...countries].sort(),
      oil,
      unit: units[unitIndex % units.length]!,
    };
  });

describe('state ⇄ URL properties', () => {
  it('decodeState(encodeState(s)) equals s for every valid state', () => {
    fc.assert(fc.property(stateArb, (s) => { expect(decodeState(encodeState(s, domain), domain)).toEqual(s); }));
  });

  it('decodeState never throws and always returns a valid state, whatever the query', () => {
    const key = fc.constantFrom('start', 'end', 'countries', 'oil', 'unit', 'arms', 'edition', 'investment', 'kinds', 'layer', 'x');
    fc.assert(
      fc.property(fc.array(fc.tuple(key, fc.string())), (pairs) => {
        const s = decodeState(new URLSearchParams(pairs), domain);
        expect(s.start).toBeLessThanOrEqual(s.end);
        expect(s.start).toBeGreaterThanOrEqual(domain.minYear);
        expect(domain.oilUnits.get(s.oil)).toContain(s.unit);
        for (const c of s.countries) expect(domain.partners.has(c)).toBe(true);
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
