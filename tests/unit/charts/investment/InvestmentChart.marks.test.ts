// @vitest-environment jsdom
// InvestmentChart's statement and project marks as markNavigation finds them: each says who, the value
// with its unit, the period and its dated source; none carries a <title> or a tab stop of its own.
import { describe, it, expect, vi } from 'vitest';
import { render } from '@testing-library/svelte';
import { partsLoaded } from '../../partsLoaded.ts';
import { readDataDir } from '../../../../scripts/readDataDir.ts';
import { dashboardData } from '../../../../src/lib/data/dashboardData.ts';
import { DEFAULT_STATE, type ViewState } from '../../../../src/lib/state/viewState.ts';
import InvestmentChart from '../../../../src/lib/charts/investment/InvestmentChart.svelte';

import { expectMarksReady, lines, marks } from '../markTips.ts';

vi.mock('../../../../src/lib/frame/markNavigation.ts', () => ({ markNavigation: () => ({ destroy() {} }) }));

const data = dashboardData(readDataDir('data'));
const draw = async (patch: Partial<ViewState>) => {
  const drawn = render(InvestmentChart, { data, state: { ...DEFAULT_STATE, ...patch }, width: 640, height: 320, onChange: () => {} });
  await partsLoaded();
  return drawn.container;
};

describe('InvestmentChart marks', () => {
  it.each<[string, Partial<ViewState>]>([
    ['cumulative', { investment: 'cumulative', start: 2014, end: 2026 }],
    ['projects', { investment: 'projects' }],
  ])('%s: every mark is an image named by its tip, ending with its source, no <title>, no tabindex', async (_, patch) => {
    expectMarksReady(await draw(patch));
  });

  it("cumulative: the UAE's 2019 statement says its value, that its year is approximate, and its source", async () => {
    const c = await draw({ investment: 'cumulative', start: 2014, end: 2026 });
    const st = marks(c).find((m) => lines(m)[0] === 'United Arab Emirates → Azerbaijan' && lines(m)[2] === '2019')!;
    expect(lines(st).slice(0, 4)).toEqual(['United Arab Emirates → Azerbaijan', '$2.1B (US dollars)', '2019', 'year approximate']);
    expect(lines(st).at(-1)).toBe('Source: AzerNews');
    expect(st.getAttribute('data-year')).toBe('2019');
  });

  it('projects: Garadagh solar plant is two marks, one per unit, each with the dated source', async () => {
    const c = await draw({ investment: 'projects' });
    const garadagh = marks(c).filter((m) => lines(m)[0] === 'Garadagh solar plant (United Arab Emirates)');
    expect(garadagh.map((m) => lines(m).slice(1, 3))).toEqual(
      expect.arrayContaining([['230 MW (megawatts)', 'Oct 2023'], ['$262M (US dollars)', 'Oct 2023']]),
    );
    for (const m of garadagh) expect(lines(m).at(-1)).toMatch(/^Source: Ministry of Energy of Azerbaijan, 2023/);
  });
});
