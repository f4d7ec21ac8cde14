// @vitest-environment jsdom
// ArmsChart with rows that differ only in a column outside the old {#each} keys: it renders every figure, no duplicate-key error.
import { describe, it, expect } from 'vitest';
import { render, screen, within } from '@testing-library/svelte';
import { partsLoaded } from '../../partsLoaded.ts';
import { readDataDir } from '../../../../scripts/readDataDir.ts';
import { dashboardData } from '../../../../src/lib/data/dashboardData.ts';
import type { Observation } from '../../../../src/lib/data/types.ts';
import { DEFAULT_STATE, type ViewState } from '../../../../src/lib/state/viewState.ts';
import ArmsChart from '../../../../src/lib/charts/arms/ArmsChart.svelte';

const shipped = dashboardData(readDataDir('data'));
const row = (patch: Partial<Observation>): Observation => ({
  indicator: 'arms_import_share', period: '2014/2018', from: 'ISR', to: 'AZE', value: 43, unit: 'percent',
  qualifier: 'exact', item: null, source_id: 'apa_2019', note: null, ...patch,
});
const withRows = (...rows: Observation[]) => ({ ...shipped, arms: [...shipped.arms, ...rows] });
const props = (data: typeof shipped, patch: Partial<ViewState>) => ({
  data, state: { ...DEFAULT_STATE, ...patch }, width: 640, height: 320, onChange: () => {},
});

describe('ArmsChart: rows differing only outside the old keys', () => {
  it('two share rows for one period and value that differ only in source render as one corroborated span', async () => {
    const a = row({ indicator: 'arms_import_share', period: '2012/2016', from: 'ISR', value: 50, source_id: 'apa_2019' });
    const b = { ...a, source_id: 'panarmenian_2020' };
    render(ArmsChart, props(withRows(a, b), { arms: 'shares', start: 2010, end: 2024 }));
    await partsLoaded();
    const israel = screen.getByRole('group', { name: 'Israel' });
    expect(within(israel).getAllByText('50%')).toHaveLength(1);
  });

  it('two share rows for one period and value that differ only in qualifier both render', async () => {
    const a = row({ period: '2012/2016', value: 50, qualifier: 'exact', source_id: 'apa_2019' });
    const b = { ...a, qualifier: 'approx' as const, source_id: 'panarmenian_2020' };
    render(ArmsChart, props(withRows(a, b), { arms: 'shares', start: 2010, end: 2024 }));
    await partsLoaded();
    const israel = screen.getByRole('group', { name: 'Israel' });
    expect(within(israel).getByText('50%')).toBeInTheDocument();
    expect(within(israel).getByText('≈50%')).toBeInTheDocument();
  });

  it('two all-supplier (WLD) rows for one year from different sources: one tick, from the preferred source, as each supplier has one bar', async () => {
    const extra = row({ indicator: 'arms_transfers_tiv_regsum', period: '2016', from: 'WLD', value: 280, unit: 'tiv_millions', source_id: 'gapminder_arms_imports' });
    const { container } = render(ArmsChart, props(withRows(extra), { arms: 'suppliers', edition: 'register2026' }));
    await partsLoaded();
    const world = screen.getByRole('group', { name: 'All suppliers (total)' });
    const in2016 = within(world).getAllByRole('img', { name: /^All suppliers \(total\), [\d,.]+ TIV \(SIPRI trend-indicator value, millions\), 2016, Source: / });
    expect(in2016).toHaveLength(1);
    expect(in2016[0]!.getAttribute('aria-label')).not.toMatch(/280 TIV|Gapminder/i);
    expect(container.querySelector('figure')).not.toBeNull();
  });

  it('two deal rows that differ only in unit: the non-dollar one is not drawn on the dollar scale', async () => {
    const usd = row({ indicator: 'arms_deal_value', period: '2015', value: 100_000_000, unit: 'usd', item: 'Test package', source_id: 'apa_2019' });
    const eur = { ...usd, unit: 'eur' };
    render(ArmsChart, props(withRows(usd, eur), { arms: 'deals', start: 2014, end: 2024 }));
    await partsLoaded();
    const israel = screen.getByRole('group', { name: 'Israel' });
    expect(within(israel).getAllByText('Test package')).toHaveLength(1);
  });
});
