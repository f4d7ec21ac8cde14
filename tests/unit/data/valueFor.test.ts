// valueFor and partner on the shipped data: the cases DESIGN.md names.
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { readDataDir } from '../../../scripts/readDataDir.ts';
import { asObservations, asEvents } from '../../../src/lib/data/rows.ts';
import { valueFor, valuesByPartner, summarise, combineQualifiers, type IndicatorSpec } from '../../../src/lib/data/valueFor.ts';
import { partner, eventPartner } from '../../../src/lib/data/partner.ts';

const data = readDataDir('data');
const oil = asObservations(data.tables['oil-exports']!.rows);
const arms = asObservations(data.tables['defense-imports']!.rows);
const visits = asEvents(data.tables.visits!.rows);

function spec(resource: string, name: string, unit: string, direction?: 'in' | 'out'): IndicatorSpec {
  const meta = data.descriptor.resources.find((r) => r.name === resource)!['x-indicators']![name]!;
  return { name, unit, aggregate: meta.aggregate, sourcePreference: meta.sourcePreference, direction };
}

describe('partner', () => {
  it.each([
    [{ from: 'AZE', to: 'ISR' }, 'ISR'],
    [{ from: 'ISR', to: 'AZE' }, 'ISR'],
    [{ from: 'ISR', to: 'IND' }, null],
    [{ from: 'REG_EUROPE', to: 'ISR' }, null],
    [{ from: 'AZE', to: 'WLD' }, 'WLD'],
  ])('partner(%j) is %s', (row, expected) => {
    expect(partner(row)).toBe(expected);
  });

  it('eventPartner is the side that is not Azerbaijan, the guest at a third-country meeting', () => {
    expect(eventPartner({ host: 'ARE', guest: 'AZE' })).toBe('ARE');
    expect(eventPartner({ host: 'AZE', guest: 'ISR' })).toBe('ISR');
    expect(eventPartner({ host: 'DEU', guest: 'USA' })).toBe('USA');
  });

  it('every shipped visit has a partner that is not Azerbaijan', () => {
    expect(visits.length).toBeGreaterThan(40);
    for (const v of visits) expect(eventPartner(v)).not.toBe('AZE');
  });
});

describe('valueFor: Azerbaijan → Israel crude oil (several sources, partial periods)', () => {
  const crude = spec('oil-exports', 'crude_oil_exports', 'tonnes', 'out');

  it('2023 is the full-year figure, not the Jan–Nov totals', () => {
    const v = valueFor(oil, 'ISR', crude, { start: 2023, end: 2023 });
    expect(v.value).toBe(2200000);
    expect(v.qualifier).toBe('approx');
    expect(v.coverage).toMatchObject({ n: 1, m: 1 });
    expect(v.sources).toEqual(['faktyoxla_2024']);
    expect(v.used.every((r) => r.period === '2023')).toBe(true);
  });

  it('2024 takes the preferred source and keeps the conflicting lower bound as an alternative; Jan–Sep never stands in', () => {
    const v = valueFor(oil, 'ISR', crude, { start: 2024, end: 2024 });
    expect(v.value).toBe(1173000);
    expect(v.sources).toEqual(['mitk_2025_05_22']);
    expect(v.alternatives.map((r) => [r.value, r.qualifier, r.source_id])).toEqual([[1000000, 'lower_bound', 'mee_haaretz_2025_06']]);
    expect([...v.used, ...v.alternatives].some((r) => r.value === 2372248)).toBe(false);
  });

  it('2023–2024 adds the two full years (a flow) and reads as approximate', () => {
    const v = valueFor(oil, 'ISR', crude, { start: 2023, end: 2024 });
    expect(v.value).toBe(3373000);
    expect(v.qualifier).toBe('approx');
    expect(v.coverage).toMatchObject({ n: 2, m: 2, years: [2023, 2024] });
  });

  it('2014–2024 says how thin the coverage is: 2 of 11 years', () => {
    const v = valueFor(oil, 'ISR', crude, { start: 2014, end: 2024 });
    expect(v.coverage).toMatchObject({ n: 2, m: 11 });
  });

  it('US dollars are a separate figure from tonnes', () => {
    const v = valueFor(oil, 'ISR', spec('oil-exports', 'crude_oil_exports', 'usd', 'out'), { start: 2024, end: 2024 });
    expect(v.value).toBe(713000000);
    expect(v.qualifier).toBe('lower_bound');
  });

  it('years without a full-year figure give no value, not zero', () => {
    const v = valueFor(oil, 'ISR', crude, { start: 2021, end: 2022 });
    expect(v.value).toBeNull();
    expect(v.coverage).toMatchObject({ n: 0, m: 2 });
  });
});

describe('valueFor: SIPRI TIV', () => {
  const tiv = spec('defense-imports', 'arms_transfers_tiv', 'tiv_millions', 'in');

  it("Israel's deliveries to Azerbaijan 2011–2020 sum to 872 TIV from the 2022 tables", () => {
    const v = valueFor(arms, 'ISR', tiv, { start: 2011, end: 2020 });
    expect(v.value).toBe(872);
    expect(v.coverage).toMatchObject({ n: 10, m: 10 });
    expect(v.sources).toEqual(['sipri_tiv_tables_2022']);
  });

  it('the 2018-vintage figure for 2017 (137) is kept as an alternative, not added', () => {
    const v = valueFor(arms, 'ISR', tiv, { start: 2017, end: 2017 });
    expect(v.value).toBe(151);
    expect(v.alternatives.map((r) => r.value)).toContain(137);
  });

  it("Israel's deliveries to India 2011–2020 (context rows, no Azerbaijan end) sum to 2732", () => {
    const rows = arms.filter((r) => r.from === 'ISR' && r.to === 'IND');
    expect(rows.every((r) => partner(r) === null)).toBe(true);
    expect(summarise(rows, tiv, { start: 2011, end: 2020 }).value).toBe(2732);
  });
});

describe('valueFor: shares take the latest year, five-year spans never stand in for a year', () => {
  it("Azerbaijan's share of Israel's crude imports 2023–2024 is a 2024 figure", () => {
    const v = valueFor(oil, 'ISR', spec('oil-exports', 'israel_crude_import_share', 'percent', 'out'), { start: 2023, end: 2024 });
    expect(v.used.at(-1)!.period).toBe('2024');
    expect([20, 40]).toContain(v.value);
    expect(v.coverage).toMatchObject({ n: 2, m: 2 });
    expect(v.alternatives.some((r) => r.period === '2024' && r.value !== v.value)).toBe(true);
  });

  it("SIPRI's five-year shares (2014/2018 …) give no single-year value", () => {
    const v = valueFor(arms, 'ISR', spec('defense-imports', 'arms_import_share', 'percent', 'in'), { start: 2014, end: 2021 });
    expect(v.value).toBeNull();
  });
});

describe('combineQualifiers', () => {
  it.each([
    [['exact', 'exact'], 'exact'],
    [['exact', 'approx'], 'approx'],
    [['approx', 'estimate'], 'estimate'],
    [['exact', 'lower_bound'], 'lower_bound'],
    [['exact', 'upper_bound', 'upper_bound'], 'upper_bound'],
    [['lower_bound', 'upper_bound'], 'approx'],
    // The loosest part wins: a ≥ beside an ≈ is no longer a bound.
    [['lower_bound', 'approx'], 'approx'],
    [['upper_bound', 'estimate'], 'estimate'],
    [[], null],
  ] as const)('%j → %s', (qs, expected) => {
    expect(combineQualifiers([...qs])).toBe(expected);
  });
});

describe('valuesByPartner', () => {
  it.each([
    ['defense-imports', 'arms_transfers_tiv', 'tiv_millions', 'in', 2011, 2020],
    ['defense-imports', 'arms_transfers_tiv_regsum', 'tiv_millions', 'in', 2014, 2024],
    ['oil-exports', 'crude_oil_exports', 'tonnes', 'out', 2019, 2024],
  ] as const)('gives valueFor of every partner for %s %s', (resource, name, unit, direction, start, end) => {
    const rows = resource === 'oil-exports' ? oil : arms;
    const s = spec(resource, name, unit, direction);
    const all = valuesByPartner(rows, s, { start, end });
    expect(all.size).toBeGreaterThan(2);
    for (const [p, v] of all) expect(v).toEqual(valueFor(rows, p, s, { start, end }));
  });
});

// valueFor and valuesByPartner keep each table's rows ranked by partner and year between calls: a
// reader's next range must read exactly as it would from a table seen for the first time, and as
// summarise gives it for the partner's own rows (the definition, worked out afresh).
describe('valueFor and valuesByPartner over a run of ranges', () => {
  const cases = [
    { rows: oil, s: spec('oil-exports', 'crude_oil_exports', 'tonnes', 'out') },
    { rows: oil, s: { ...spec('oil-exports', 'crude_oil_exports', 'tonnes', 'out'), aggregate: 'latest' as const } },
    { rows: arms, s: spec('defense-imports', 'arms_transfers_tiv_regsum', 'tiv_millions', 'in') },
    { rows: arms, s: spec('defense-imports', 'arms_transfers_tiv', 'tiv_millions', 'in') },
  ];
  const range = fc.tuple(fc.integer({ min: 2008, max: 2026 }), fc.integer({ min: 0, max: 12 })).map(([start, n]) => ({ start, end: start + n }));

  it('each range reads as from a fresh copy of the table, and as summarise of the partner’s rows', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: cases.length - 1 }), range), { minLength: 1, maxLength: 6 }), (asks) => {
        for (const [i, years] of asks) {
          const { rows, s } = cases[i]!;
          const all = valuesByPartner(rows, s, years);
          expect(all).toEqual(valuesByPartner([...rows], s, years));
          for (const [p, v] of all) {
            const own = rows.filter((r) => partner(r) === p && (s.direction === 'in' ? r.to : r.from) === 'AZE');
            expect(v).toEqual(summarise(own, s, years));
            expect(valueFor(rows, p, s, years)).toEqual(v);
          }
        }
      }),
      { numRuns: 40 },
    );
  });

  it('a partner with no rows of the indicator has no value, whatever was asked before', () => {
    const s = cases[0]!.s;
    valueFor(oil, 'ISR', s, { start: 2014, end: 2024 });
    const none = valueFor(oil, 'BRA', s, { start: 2014, end: 2024 });
    expect(none).toMatchObject({ value: null, coverage: { n: 0, m: 11, years: [] }, used: [], sources: [] });
  });
});
