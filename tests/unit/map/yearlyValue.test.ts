// yearlyValue and isAverage: what an arc's width encodes, so one year's figure and two years' compare like with like.
import { describe, it, expect } from 'vitest';
import { readDataDir } from '../../../scripts/readDataDir.ts';
import { dashboardData } from '../../../src/lib/data/dashboardData.ts';
import { isAverage, yearlyValue, type Flow } from '../../../src/lib/map/flow.ts';
import { layerFlows } from '../../../src/lib/map/layerFlows.ts';

type F = Pick<Flow, 'layer' | 'aggregate' | 'coverage' | 'value'>;
const f = (over: Partial<F>): F => ({ layer: 'oil', value: 3_000, coverage: { n: 2, m: 11, years: [2023, 2024] }, ...over });

describe('yearlyValue', () => {
  it.each([
    ['a sum over 2 years is halved', f({}), 1_500, true],
    ['a sum over 1 year is that year', f({ coverage: { n: 1, m: 11, years: [2023] } }), 3_000, true],
    ['a latest indicator keeps its latest figure', f({ aggregate: 'latest' }), 3_000, false],
    ['contacts keep their count', f({ layer: 'visits', value: 16, coverage: { n: 11, m: 11, years: [] } }), 16, false],
    ['no figure stays no figure', f({ value: null, coverage: { n: 0, m: 11, years: [] } }), null, false],
  ] as const)('yearlyValue: %s', (_, flow, value, average) => {
    expect(yearlyValue(flow)).toBe(value);
    expect(isAverage(flow)).toBe(average);
  });

  it('yearlyValue on the shipped data: Israel’s oil (2 years) averages ≈1.69M t a year, Italy’s one year ≥11M t stays 11M t', () => {
    const data = dashboardData(readDataDir('data'));
    const flows = layerFlows(data, 'oil', 'register2026', { start: 2014, end: 2024 });
    const israel = flows.find((x) => x.partner === 'ISR')!;
    const italy = flows.find((x) => x.partner === 'ITA')!;
    expect(israel).toMatchObject({ value: 3_373_000, qualifier: 'approx', aggregate: 'sum' });
    expect(yearlyValue(israel)).toBe(1_686_500);
    expect(italy).toMatchObject({ value: 11_000_000, qualifier: 'lower_bound' });
    expect(yearlyValue(italy)).toBe(11_000_000);
  });
});
