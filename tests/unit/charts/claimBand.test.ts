// @vitest-environment jsdom
// One band component and one note serve every time chart: each is drawn by the chart of the claim's dataset only.
import { describe, it, expect } from 'vitest';
import { render, screen } from '@testing-library/svelte';
import { partsLoaded } from '../partsLoaded.ts';
import type { Component } from 'svelte';
import { readDataDir } from '../../../scripts/readDataDir.ts';
import { dashboardData } from '../../../src/lib/data/dashboardData.ts';
import { DEFAULT_STATE, type ViewState } from '../../../src/lib/state/viewState.ts';
import type { ChartProps } from '../../../src/lib/frame/chartProps.ts';
import OilChart from '../../../src/lib/charts/oil/OilChart.svelte';
import ArmsChart from '../../../src/lib/charts/arms/ArmsChart.svelte';
import InvestmentChart from '../../../src/lib/charts/investment/InvestmentChart.svelte';
import VisitsChart from '../../../src/lib/charts/visits/VisitsChart.svelte';

const data = dashboardData(readDataDir('data'));

const cases: [string, Component<ChartProps>, Partial<ViewState>, number][] = [
  ['oil', OilChart, { start: 2014, countries: ['ISR'], claim: 'oil_55pct_2024' }, 1],
  ['arms (shares: both panels)', ArmsChart, { start: 2014, end: 2021, arms: 'shares', countries: ['ISR'], claim: 'israel_share_of_aze_arms' }, 2],
  ['arms (customers: a ranking, no time axis)', ArmsChart, { start: 2011, end: 2020, arms: 'customers', claim: 'arms_largest_buyer' }, 0],
  ['investment', InvestmentChart, { start: 2023, countries: ['ARE'], claim: 'uae_main_arab_investor' }, 1],
  ['visits', VisitsChart, { start: 2023, countries: ['ARE'], kinds: 'visits', claim: 'uae_visit_frequency' }, 1],
];

describe('a marked claim in its chart', () => {
  it.each(cases)('%s: the note names the claim and its verdict; the band is hidden decoration over its years', async (_, Chart, state, bands) => {
    const { container } = render(Chart, { data, state: { ...DEFAULT_STATE, ...state }, width: 640, height: 320 });
    await partsLoaded();
    const mark = data.domain.claims.get(state.claim!)!;
    expect(container.querySelector('[data-claim-note]')?.textContent).toContain(`Marked: the claim “${mark.text}”`);
    const drawn = [...container.querySelectorAll('[data-claim-band]')];
    expect(drawn).toHaveLength(bands);
    for (const band of drawn) {
      expect(band.getAttribute('aria-hidden')).toBe('true');
      expect(band.textContent).toBe(`Claim: ${mark.start === mark.end ? mark.start : `${mark.start}–${mark.end}`}`);
    }
  });

  it('the note offers Clear only where the page can clear the mark (its browser test clears it)', async () => {
    render(OilChart, { data, state: { ...DEFAULT_STATE, start: 2023, countries: ['ISR'], claim: 'oil_55pct_2024' }, width: 640, height: 320 });
    await partsLoaded();
    expect(screen.queryByRole('button', { name: 'Clear the marked claim' })).toBeNull();
  });

  it("another dataset's claim marks nothing here", async () => {
    const { container } = render(VisitsChart, { data, state: { ...DEFAULT_STATE, start: 2023, countries: ['ISR'], claim: 'oil_55pct_2024' }, width: 640, height: 320 });
    await partsLoaded();
    expect(container.querySelector('[data-claim-note], [data-claim-band]')).toBeNull();
  });
});
