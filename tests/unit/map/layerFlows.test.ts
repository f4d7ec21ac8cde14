// layerFlows on the shipped data: each layer's value, direction, coverage and sources per partner.
import { describe, it, expect } from 'vitest';
import { readDataDir } from '../../../scripts/readDataDir.ts';
import { dashboardData } from '../../../src/lib/data/dashboardData.ts';
import { hasArc, isPartial } from '../../../src/lib/map/flow.ts';
import { layerFlows } from '../../../src/lib/map/layerFlows.ts';
import { flowCoverage, flowValue } from '../../../src/lib/map/flowText.ts';

const data = dashboardData(readDataDir('data'));
const find = (flows: ReturnType<typeof layerFlows>, partner: string) => flows.find((f) => f.partner === partner)!;

describe('layerFlows', () => {
  it('layerFlows(oil, 2023): Azerbaijan → Israel 2,200,000 t, the full-year figure (no partial period stands in)', () => {
    const isr = find(layerFlows(data, 'oil', 'register2026', { start: 2023, end: 2023 }), 'ISR');
    expect(isr).toMatchObject({ value: 2_200_000, unit: 'tonnes', direction: 'out', indicator: 'crude_oil_exports' });
    expect(isr.coverage).toMatchObject({ n: 1, m: 1 });
    expect(isr.sources).toEqual(['faktyoxla_2024']);
    expect(hasArc(isr)).toBe(true);
  });

  it('layerFlows(oil, 2014–2024): Israel has 2 of 11 years, so the arc is partial and says so', () => {
    const isr = find(layerFlows(data, 'oil', 'register2026', { start: 2014, end: 2024 }), 'ISR');
    expect(isPartial(isr)).toBe(true);
    expect(flowCoverage(isr)).toBe('2 of 11 years (2023–2024)');
    expect(flowValue(isr)).toMatch(/^≈3\.373M t/);
  });

  it('layerFlows(arms, tables2022, 2011–2020): Israel → Azerbaijan 872 TIV over all ten years', () => {
    const isr = find(layerFlows(data, 'arms', 'tables2022', { start: 2011, end: 2020 }), 'ISR');
    expect(isr).toMatchObject({ value: 872, unit: 'tiv_millions', direction: 'in', indicator: 'arms_transfers_tiv' });
    expect(isr.coverage).toMatchObject({ n: 10, m: 10 });
    expect(isr.sources).toEqual(['sipri_tiv_tables_2022']);
  });

  it('layerFlows(arms, register2026) reads the register sums; 2021–2024 from Israel are zeros: no arc', () => {
    const flows = layerFlows(data, 'arms', 'register2026', { start: 2021, end: 2024 });
    const isr = find(flows, 'ISR');
    expect(isr).toMatchObject({ value: 0, indicator: 'arms_transfers_tiv_regsum' });
    expect(hasArc(isr)).toBe(false);
    expect(find(flows, 'TUR').value).toBeCloseTo(30.85, 6);
  });

  it('layerFlows(investment, 2023–2024): direct investment into Azerbaijan in US dollars; Azerbaijan\'s own investment abroad is not in it', () => {
    const flows = layerFlows(data, 'investment', 'register2026', { start: 2023, end: 2024 });
    expect(flows.map((f) => f.partner).sort()).toEqual(['ARE', 'GBR', 'TUR', 'USA']);
    expect(flows.every((f) => f.direction === 'in' && f.unit === 'usd')).toBe(true);
    expect(find(flows, 'ISR')).toBeUndefined();
  });

  it('layerFlows(visits, 2023–2024): the United States count 16 contacts, all years covered', () => {
    const usa = find(layerFlows(data, 'visits', 'register2026', { start: 2023, end: 2024 }), 'USA');
    expect(usa).toMatchObject({ value: 16, unit: 'contacts', direction: 'both' });
    expect(usa.coverage).toMatchObject({ n: 2, m: 2 });
    expect(flowValue(usa)).toBe('16 contacts');
    expect(usa.sources.length).toBeGreaterThan(0);
  });

  it('layerFlows(visits, 2014–2022) has no figure: the contact list starts in 2023', () => {
    const flows = layerFlows(data, 'visits', 'register2026', { start: 2014, end: 2022 });
    expect(flows.every((f) => f.value === null && !hasArc(f))).toBe(true);
  });
});
