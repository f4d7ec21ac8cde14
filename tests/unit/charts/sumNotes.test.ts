// sumNotes: which download rows must not be added to the others, on synthetic rows and on the shipped oil figures.
import { describe, it, expect } from 'vitest';
import { sumNotes } from '../../../src/lib/charts/sumNotes.ts';
import type { Aggregation, IndicatorMeta } from '../../../src/lib/data/types.ts';
import { data, obs } from './viewFixture.ts';

const AGGREGATES: Aggregation[] = [{ code: 'WLD', name: 'World', total: true }, { code: 'XXX', name: 'Unknown party' }];
const meta = (aggregate: 'sum' | 'latest', sourcePreference: string[] = []): IndicatorMeta => ({ title: '', description: '', aggregate, sourcePreference });
const INDICATORS = { crude_oil_exports: meta('sum', ['b', 'a']), share: meta('latest'), deal: meta('latest') };
const notes = (rows: Parameters<typeof sumNotes>[0]) => sumNotes(rows, AGGREGATES, INDICATORS);

describe('sumNotes', () => {
  it('sumNotes leaves rows of different partners, years and directions addable', () => {
    expect(notes([obs(), obs({ to: 'ITA' }), obs({ period: '2021' }), obs({ from: 'ISR', to: 'AZE' }), obs({ unit: 'usd' })])).toEqual([null, null, null, null, null]);
  });

  it('sumNotes marks a row with a declared total at either end, not an unknown party', () => {
    expect(notes([obs({ to: 'WLD' }), obs({ from: 'WLD', to: 'ISR' }), obs({ from: 'XXX', to: 'AZE' })])).toEqual([
      'total for World; do not add it to the rows of its parts',
      'total for World; do not add it to the rows of its parts',
      null,
    ]);
  });

  it('sumNotes keeps the preferred source of one period and marks the other as another report', () => {
    expect(notes([obs({ source_id: 'a' }), obs({ source_id: 'b', value: 101 })])).toEqual([
      'another report of the 2020 figure; add the row from b instead',
      null,
    ]);
  });

  it('sumNotes keeps the longest period and marks the months inside it and a period overlapping it', () => {
    expect(notes([obs({ period: '2020-01' }), obs({ period: '2020-01/2020-09' }), obs({ period: '2020' }), obs({ period: '2020-10/2021-03' }), obs({ period: '2021-04/2021-06' })])).toEqual([
      'inside 2020; add the 2020 row from a instead',
      'inside 2020; add the 2020 row from a instead',
      null,
      'overlaps 2020; add the 2020 row from a instead',
      null,
    ]);
  });

  it("sumNotes counts a named item's reports once, whatever their dates, and its first as a one-off value", () => {
    const [first, again, other] = notes([obs({ indicator: 'deal', item: 'IAI package', period: '2011', source_id: 'a' }), obs({ indicator: 'deal', item: 'IAI package', period: '2012', source_id: 'c' }), obs({ indicator: 'deal', item: 'Barak MX', period: '2023' })]);
    expect(again).toBe('another report of IAI package; add the row from a instead');
    expect(first).toMatch(/^a share, rank, running total or one-off value/);
    expect(other).toBe(first);
  });

  it('sumNotes marks shares and percentages as not to be added, never as inside one another', () => {
    expect(notes([obs({ indicator: 'share', unit: 'percent', period: '2020-01' }), obs({ indicator: 'share', unit: 'percent' }), obs({ unit: 'percent' })])).toEqual(
      Array(3).fill('a share, rank, running total or one-off value, not a flow; do not add it to other rows'),
    );
  });

  it('sumNotes on the shipped Azerbaijan → Israel crude tonnes: the full years 2023 and 2024 count, with the half-years of 2019 and 2020', () => {
    const rows = data.oil.filter((r) => r.indicator === 'crude_oil_exports' && r.unit === 'tonnes' && r.to === 'ISR' && r.period >= '2019');
    const marked = sumNotes(rows, data.aggregates, data.indicators['oil-exports']!);
    const counted = rows.filter((_, i) => marked[i] === null).map((r) => `${r.period} ${r.source_id}`);
    expect(counted).toEqual(['2019-01/2019-06 todayaz_2019_h1', '2020-01/2020-06 todayaz_2020_08_26', '2023 faktyoxla_2024', '2024 mitk_2025_05_22']);
    expect(marked[rows.findIndex((r) => r.period === '2024-01/2024-09')]).toBe('inside 2024; add the 2024 row from mitk_2025_05_22 instead');
  });
});
