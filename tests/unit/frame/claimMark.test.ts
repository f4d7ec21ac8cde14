import { describe, it, expect } from 'vitest';
import { readDataDir } from '../../../scripts/readDataDir.ts';
import { dashboardData } from '../../../src/lib/data/dashboardData.ts';
import { asClaim } from '../../../src/lib/claims/asClaim.ts';
import { claimView } from '../../../src/lib/claims/claimView.ts';
import { claimMark } from '../../../src/lib/frame/claimMark.ts';
import { decodeState } from '../../../src/lib/state/stateUrl.ts';
import { DEFAULT_STATE, type StateDomain } from '../../../src/lib/state/viewState.ts';

const data = dashboardData(readDataDir('data'));
const claims = data.claims.map(asClaim);
/** The state a claim's "Show this" opens. */
const opened = (id: string) => decodeState(new URLSearchParams(claimView(claims.find((c) => c.id === id)!)), data.domain);

describe('claimMark, for each kind of claim the data holds', () => {
  it.each([
    ['change', 'oil_55pct_2024', 'oil-exports', 2023, 2024, 'ISR', 'Claim: 2023–2024', 'Not supported: no collected source gives it'],
    ['range', 'oil_energy_security', 'oil-exports', 2012, 2025, 'ISR', 'Claim: 2012–2025', 'Partly supported'],
    ['rank (about Azerbaijan itself)', 'arms_largest_buyer', 'defense-imports', 2011, 2020, null, 'Claim: 2011–2020', 'Contradicted'],
    ['list', 'israel_share_of_aze_arms', 'defense-imports', 2014, 2021, 'ISR', 'Claim: 2014–2021', 'Supported by the collected data'],
    ['rank (one year)', 'uae_main_arab_investor', 'investment', 2024, 2024, 'ARE', 'Claim: 2024', 'Cannot be checked'],
    ['count (dates)', 'uae_visit_frequency', 'visits', 2023, 2024, 'ARE', 'Claim: 2023–2024', 'Partly supported'],
  ])('a %s claim (%s) marks its years and partner in the %s chart', (_, id, dataset, start, end, partner, label, verdict) => {
    const state = opened(id);
    expect(state.claim).toBe(id);
    const mark = claimMark(state, data.domain, dataset);
    expect(mark).toMatchObject({ id, start, end, partner, label });
    expect(mark!.note).toContain(`Marked: the claim “${claims.find((c) => c.id === id)!.text}” — ${verdict}`);
    // The partner is selected by the claim's own view, so the chart emphasises it.
    if (partner) expect(state.countries).toContain(partner);
  });

  it('marks only the chart of its dataset', () => {
    const state = opened('oil_55pct_2024');
    for (const other of ['defense-imports', 'investment', 'visits']) expect(claimMark(state, data.domain, other)).toBeNull();
  });

  it('marks nothing without a claim', () => {
    expect(claimMark(DEFAULT_STATE, data.domain, 'oil-exports')).toBeNull();
  });

  it('a claim with no verdict, or one the page has no words for, is marked without one', () => {
    const domain: StateDomain = {
      ...data.domain,
      claims: new Map([
        ['x', { text: 'X.', dataset: 'visits', start: 2020, end: 2020, subject: 'AZE', verdict: null }],
        ['y', { text: 'Y.', dataset: 'visits', start: 2020, end: 2020, subject: 'AZE', verdict: 'toString' }],
      ]),
    };
    expect(claimMark({ claim: 'x' }, domain, 'visits')?.note).toBe('Marked: the claim “X.”');
    expect(claimMark({ claim: 'y' }, domain, 'visits')?.note).toBe('Marked: the claim “Y.”');
  });
});

describe('claimView', () => {
  it("adds claim=<id> to the claim's view query, replacing any claim it names", () => {
    expect(claimView({ id: 'a', view: 'start=2023&countries=ISR,USA' })).toBe('start=2023&countries=ISR,USA&claim=a');
    expect(claimView({ id: 'a', view: 'claim=b&start=2023' })).toBe('claim=a&start=2023');
    expect(claimView({ id: 'a', view: '' })).toBe('claim=a');
  });
});
