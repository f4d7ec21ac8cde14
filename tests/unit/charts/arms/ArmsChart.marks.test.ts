// @vitest-environment jsdom
// ArmsChart's marks as markNavigation finds them: each says who, the value with its unit, the period
// and its sources; none carries a <title> or a tab stop of its own (the action, stubbed here, gives those).
import { describe, it, expect, vi } from 'vitest';
import { render } from '@testing-library/svelte';
import { partsLoaded } from '../../partsLoaded.ts';
import { readDataDir } from '../../../../scripts/readDataDir.ts';
import { dashboardData } from '../../../../src/lib/data/dashboardData.ts';
import { DEFAULT_STATE, type ViewState } from '../../../../src/lib/state/viewState.ts';
import ArmsChart from '../../../../src/lib/charts/arms/ArmsChart.svelte';

import { expectMarksReady, lines, marks } from '../markTips.ts';

vi.mock('../../../../src/lib/frame/markNavigation.ts', () => ({ markNavigation: () => ({ destroy() {} }) }));

const data = dashboardData(readDataDir('data'));
const draw = async (patch: Partial<ViewState>) => {
  const drawn = render(ArmsChart, { data, state: { ...DEFAULT_STATE, ...patch }, width: 640, height: 320, onChange: () => {} });
  await partsLoaded();
  return drawn.container;
};
const TIV = 'TIV (SIPRI trend-indicator value, millions)';

describe('ArmsChart marks', () => {
  it.each<[string, Partial<ViewState>]>([
    ['suppliers', { arms: 'suppliers' }],
    ['customers', { arms: 'customers' }],
    ['shares', { arms: 'shares' }],
    ['deals', { arms: 'deals', start: 2010 }],
  ])('%s: every mark is an image named by its tip, ending with a dated source, no <title>, no tabindex', async (_, patch) => {
    expectMarksReady(await draw(patch));
  });

  it("suppliers: Israel's 2016 bar says its SIPRI TIV (register 2026), the year and the dated source", async () => {
    const c = await draw({ arms: 'suppliers', edition: 'register2026' });
    const bar = c.querySelector('[data-partner="ISR"] [data-year="2016"]')!;
    expect(lines(bar)).toEqual(['Israel', `250.45 ${TIV}`, '2016', expect.stringMatching(/^Source: SIPRI \(copy in .+\), 2026-02-15$/)]);
  });

  it('suppliers: the 2016 world-total tick is a mark of its own, over the bars', async () => {
    const c = await draw({ arms: 'suppliers', edition: 'register2026' });
    const tick = c.querySelector('.world [data-year="2016"]')!;
    expect(lines(tick)[0]).toBe('All suppliers (total)');
    expect(lines(tick)[1]).toMatch(/^[\d,.]+ TIV \(SIPRI trend-indicator value, millions\)$/);
    expect(lines(tick)[2]).toBe('2016');
  });

  it('suppliers: an "Other suppliers" bar names each supplier it sums', async () => {
    const c = await draw({ arms: 'suppliers', edition: 'tables2022', start: 2000, end: 2021 });
    const other = marks(c).filter((m) => lines(m)[0]!.startsWith('Other suppliers'));
    expect(other.length).toBeGreaterThan(0);
    expect(other.some((m) => lines(m).some((l) => /^[A-Z][\w ]+: [\d,.]+ TIV$/.test(l)))).toBe(true);
  });

  it("customers: India's bar says Israel's deliveries to it over the years, in TIV", async () => {
    const c = await draw({ arms: 'customers', start: 2011, end: 2020, edition: 'tables2022' });
    const india = marks(c).find((m) => lines(m)[0] === 'Israel → India')!;
    expect(lines(india).slice(0, 3)).toEqual(['Israel → India', `2,732 ${TIV}`, '2011–2020']);
    expect(lines(india).at(-1)).toMatch(/^Source: SIPRI/);
  });

  it("shares: Israel's conflicting 2016–2020 import shares are separate marks, each saying so", async () => {
    const c = await draw({ arms: 'shares' });
    const israel = marks(c).filter((m) => m.closest('[data-partner="ISR"]') && lines(m)[2] === '2016–2020' && lines(m)[3] === 'share of AZE imports');
    expect(israel.length).toBeGreaterThan(1);
    for (const m of israel) {
      expect(lines(m)[1]).toMatch(/^≈?\d+% \(percent\)$/);
      expect(lines(m)).toContain('conflicting figures for the same period');
      expect(m.getAttribute('data-year')).toBe('2016');
    }
  });

  it('deals: the IAI package names its value, years and every source', async () => {
    const c = await draw({ arms: 'deals', start: 2011, end: 2020 });
    const iai = marks(c).find((m) => lines(m)[0] === 'IAI package (Israel)')!;
    expect(lines(iai).slice(0, 3)).toEqual(['IAI package (Israel)', '$1.6B (US dollars)', '2011, 2012']);
    expect(lines(iai).slice(3).every((l) => l.startsWith('Source: '))).toBe(true);
    expect(lines(iai).length).toBeGreaterThanOrEqual(5);
    expect(iai.getAttribute('data-year')).toBe('2011');
  });
});
