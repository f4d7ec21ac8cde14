// partialsByPartner (the part-year figures the yearly value leaves out, one per period, from the preferred
// source) and layerFigures: what the map works out once per table must answer every later question rightly.
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { readDataDir } from '../../../scripts/readDataDir.ts';
import { dashboardData } from '../../../src/lib/data/dashboardData.ts';
import { observationLayer } from '../../../src/lib/map/layers.ts';
import { partialsByPartner } from '../../../src/lib/map/partialFigures.ts';
import { layerFigures } from '../../../src/lib/map/emptyMessage.ts';

const data = dashboardData(readDataDir('data'));
const { rows, spec } = observationLayer(data, 'oil', 'register2026');

describe('partialsByPartner', () => {
  it('partialsByPartner(oil, 2014–2024) lists Israel’s five part-year periods in order, one figure each', () => {
    const israel = partialsByPartner(rows, spec, { start: 2014, end: 2024 }).get('ISR')!;
    expect(israel.map((p) => [p.period, p.value])).toEqual([
      ['2019-01/2019-06', 1_100_000],
      ['2020-01/2020-06', 809_101],
      ['2023-01/2023-11', 2_245_000],
      ['2024-01', 523_500],
      ['2024-01/2024-09', 2_372_248],
    ]);
  });

  it('partialsByPartner keeps only periods overlapping the range and leaves full years out', () => {
    const byPartner = partialsByPartner(rows, spec, { start: 2023, end: 2023 });
    expect(byPartner.get('ISR')!.map((p) => p.period)).toEqual(['2023-01/2023-11']);
    expect(byPartner.get('IND')!.map((p) => p.period)).toEqual(['2023-01/2023-11']);
    expect(byPartner.has('CHN')).toBe(false);
  });

  it('partialsByPartner names India and China, which have no full-year figure', () => {
    const byPartner = partialsByPartner(rows, spec, { start: 2014, end: 2024 });
    expect(byPartner.get('IND')!.length).toBe(3);
    expect(byPartner.get('CHN')!.length).toBe(2);
  });
});

describe('partialsByPartner over a run of ranges', () => {
  it('each range reads as from a fresh copy of the table: what it keeps between calls never leaks', () => {
    const years = fc.tuple(fc.integer({ min: 2008, max: 2026 }), fc.integer({ min: 0, max: 12 })).map(([start, n]) => ({ start, end: start + n }));
    fc.assert(
      fc.property(fc.array(years, { minLength: 1, maxLength: 6 }), (ranges) => {
        for (const range of ranges) expect(partialsByPartner(rows, spec, range)).toEqual(partialsByPartner([...rows], spec, range));
      }),
      { numRuns: 40 },
    );
  });
});

describe('layerFigures', () => {
  it('are the figures of the data asked about: another set of aggregates leaves its codes out', () => {
    const figures = layerFigures(data, 'oil', 'register2026');
    expect(figures.some((f) => f.partner === 'ISR')).toBe(true);
    const israelAnAggregate = { ...data, aggregates: [...data.aggregates, { code: 'ISR', name: 'Israel' }] };
    const without = layerFigures(israelAnAggregate, 'oil', 'register2026');
    expect(without.some((f) => f.partner === 'ISR')).toBe(false);
    expect(without.length).toBe(figures.filter((f) => f.partner !== 'ISR').length);
  });
});
