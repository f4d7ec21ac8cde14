import { describe, it, expect } from 'vitest';
import { readDataDir } from '../../../scripts/readDataDir.ts';
import { dashboardData } from '../../../src/lib/data/dashboardData.ts';
import { headlines } from '../../../src/lib/dashboard/headlines.ts';
import { DEFAULT_STATE } from '../../../src/lib/state/viewState.ts';

const data = dashboardData(readDataDir('data'));

describe('headlines', () => {
  it('default view: Israel’s oil and arms, the UAE’s investment and contacts, each with years and source', () => {
    const h = headlines(data, { ...DEFAULT_STATE });
    expect(h.map((x) => [x.key, x.value, x.detail])).toEqual([
      ['oil', '1.173M t', '2024 · Mitk.am'],
      ['arms', '828.2 TIV', '2014–2024 · SIPRI'],
      ['investment', '$490.1M', '2024 · Trend News Agency'],
      ['visits', '13', '2014–2024'],
    ]);
    expect(h[0]!.label).toBe('crude oil to Israel, latest full year');
    expect(h[3]!.label).toBe('high-level contacts with United Arab Emirates, 4 by phone');
  });

  it('follows the first selected partner and the years: the USA in 2023', () => {
    const h = headlines(data, { ...DEFAULT_STATE, start: 2023, end: 2023, countries: ['USA'] });
    expect(h.find((x) => x.key === 'investment')).toMatchObject({ value: '$171.9M', detail: '2023 · Trend News Agency' });
    expect(h.find((x) => x.key === 'visits')?.label).toMatch(/^high-level contacts with United States/);
    expect(h.find((x) => x.key === 'oil')).toBeUndefined();
  });

  it('a range with no figures gives no headline rather than a zero', () => {
    expect(headlines(data, { ...DEFAULT_STATE, start: 2000, end: 2001, countries: ['ARE'] })).toEqual([]);
  });
});
