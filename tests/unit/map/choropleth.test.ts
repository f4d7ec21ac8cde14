// The choropleth rule: shading only for one layer with at least five countries inside the window with a figure.
import { describe, it, expect } from 'vitest';
import { readDataDir } from '../../../scripts/readDataDir.ts';
import { dashboardData } from '../../../src/lib/data/dashboardData.ts';
import { choroplethShades, showsChoropleth, CHOROPLETH_MIN } from '../../../src/lib/map/choropleth.ts';
import type { Flow } from '../../../src/lib/map/flow.ts';
import { flowsFor, layerFlows } from '../../../src/lib/map/layerFlows.ts';

const data = dashboardData(readDataDir('data'));
const YEARS = { start: 2014, end: 2024 };

const flow = (partner: string, value: number | null, layer: Flow['layer'] = 'arms'): Flow => ({
  layer,
  partner,
  direction: 'in',
  indicator: 'x',
  value,
  unit: 'tiv_millions',
  qualifier: 'exact',
  coverage: { n: 1, m: 1, years: [2020] },
  sources: [],
  start: 2020,
  end: 2020,
});

describe('showsChoropleth', () => {
  it.each([
    [0, false],
    [4, false],
    [5, true],
    [12, true],
  ])('showsChoropleth(%d countries inside with figures) is %s', (n, expected) => {
    expect(showsChoropleth(n)).toBe(expected);
    expect(CHOROPLETH_MIN).toBe(5);
  });
});

describe('choroplethShades', () => {
  it('choroplethShades counts only countries inside the window with a positive figure', () => {
    const four = [flow('ISR', 1), flow('TUR', 2), flow('RUS', 3), flow('GEO', 4), flow('UKR', 0), flow('ITA', 9), flow('USA', 9), flow('BGR', null)];
    expect(choroplethShades(four)).toBeNull();
    const five = [...four, flow('PAK', 1)];
    const shades = choroplethShades(five)!;
    expect([...shades.keys()].sort()).toEqual(['GEO', 'ISR', 'PAK', 'RUS', 'TUR']);
    expect(shades.get('GEO')!).toBeGreaterThan(shades.get('ISR')!);
  });

  it('choroplethShades of several layers is null: units never share a scale', () => {
    const mixed = ['ISR', 'TUR', 'RUS', 'GEO', 'PAK'].map((c, i) => flow(c, 1, i % 2 ? 'arms' : 'oil'));
    expect(choroplethShades(mixed)).toBeNull();
  });

  it('on the shipped data, arms (register 2026, 2014–2024) shades its five suppliers inside the window', () => {
    const shades = choroplethShades(layerFlows(data, 'arms', 'register2026', YEARS));
    expect(shades && [...shades.keys()].sort()).toEqual(['ISR', 'PAK', 'RUS', 'SVK', 'TUR']);
  });

  it('on the shipped data, oil, investment, contacts and all layers stay a plain basemap', () => {
    for (const layer of ['oil', 'investment', 'visits'] as const) {
      expect(choroplethShades(layerFlows(data, layer, 'register2026', YEARS))).toBeNull();
    }
    expect(choroplethShades(flowsFor(data, ['oil', 'arms', 'investment', 'visits'], 'register2026', YEARS))).toBeNull();
  });
});

describe('choroplethShades on a large file', () => {
  it('choroplethShades(200,000 flows) shades the largest fully without overflowing the call stack', () => {
    const flows = Array.from({ length: 200_000 }, (_, i) => flow(['ISR', 'PAK', 'RUS', 'SVK', 'TUR'][i % 5]!, i + 1));
    expect(choroplethShades(flows)!.get('TUR')).toBeCloseTo(0.55, 6);
  });
});
