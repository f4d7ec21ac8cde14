// @vitest-environment jsdom
import { describe, it, expect } from 'vitest';
import { render, screen, fireEvent, within } from '@testing-library/svelte';
import { readDataDir } from '../../../../scripts/readDataDir.ts';
import { dashboardData } from '../../../../src/lib/data/dashboardData.ts';
import { DEFAULT_STATE, type ViewState } from '../../../../src/lib/state/viewState.ts';
import OilChart from '../../../../src/lib/charts/oil/OilChart.svelte';
import { openTable } from '../../frame/openTable.ts';

const data = dashboardData(readDataDir('data'));
const draw = (state: Partial<ViewState> = {}, onChange?: (p: Partial<ViewState>) => void) =>
  render(OilChart, { data, state: { ...DEFAULT_STATE, ...state }, width: 640, height: 320, onChange });

describe('OilChart', () => {
  it('names unit and years in its subtitle', () => {
    draw({ start: 2019, end: 2020 });
    expect(screen.getByText(/^tonnes, 2019–2020/)).toBeInTheDocument();
  });

  it('the data table lists the figures of the chosen years, each with its source', async () => {
    draw({ start: 2023, end: 2023 });
    const table = await openTable();
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.length).toBeGreaterThanOrEqual(4);
    expect(within(table).getAllByText('Jan–Nov 2023').length).toBeGreaterThan(0);
    expect(within(table).queryByText('2024')).toBeNull();
    expect(within(table).getAllByRole('link').length).toBeGreaterThan(0);
  });

  it('a selected partner is highlighted and says "(selected)"; the table keeps only its rows', async () => {
    draw({ start: 2023, end: 2024, countries: ['ISR'] });
    expect(screen.getByRole('group', { name: 'Israel (selected)' })).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Italy' }).getAttribute('class')).toContain('dimmed');
    const cells = within(await openTable()).getAllByRole('row').slice(1).map((r) => r.textContent ?? '');
    expect(cells.every((t) => t.includes('Israel'))).toBe(true);
  });

  it('draws each qualifier differently and says it in the mark name and tip: value, unit, period, source with date', () => {
    draw({ start: 2024, end: 2024, unit: 'usd' });
    const mark = screen.getByRole('img', { name: /^Israel, ≥\$713M \(US dollars\), 2024, Source: / });
    expect(mark.getAttribute('class')).toContain('lower_bound');
    const [who, value, period, source] = mark.getAttribute('data-tip')!.split('\n');
    expect([who, value, period]).toEqual(['Israel', '≥$713M (US dollars)', '2024']);
    expect(source).toMatch(/^Source: .+, \d{4}/);
    expect(mark.getAttribute('data-year')).toBe('2024');
  });

  it('ticking a country keeps the figures as drawn (the same marks), drawn as a fresh chart draws them; a new From year draws them anew', async () => {
    const { rerender, container } = draw({ start: 2019, end: 2024 });
    const plot = (root: Element) => root.querySelector('g.segments')!.innerHTML;
    const kept = () => [...container.querySelectorAll('g.mark')].map((el) => (el as Element & { __mark?: object }).__mark);
    const before = kept();
    const ticked = { ...DEFAULT_STATE, start: 2019, end: 2024, countries: ['ISR'] };
    await rerender({ state: ticked });
    expect(kept()).toEqual(before);
    expect(kept().every((m, i) => m === before[i])).toBe(true);
    expect(plot(container)).toBe(plot(draw(ticked).container));
    const later = { ...ticked, start: 2021 };
    await rerender({ state: later });
    expect(kept().some((m) => before.includes(m))).toBe(false);
    expect(plot(container)).toBe(plot(draw(later).container));
  });

  it('an empty range names the years that do have figures', () => {
    draw({ start: 2000, end: 2005 });
    expect(screen.getByText(/No figures for 2000–2005\. Figures exist for 2006, 2019–2020, 2023–2025/)).toBeInTheDocument();
  });

  it('choosing another indicator commits the `oil` key', async () => {
    let patch: Partial<ViewState> = {};
    draw({}, (p) => (patch = p));
    await fireEvent.change(screen.getByLabelText('Indicator'), { target: { value: 'israel_crude_import_share' } });
    expect(patch).toEqual({ oil: 'israel_crude_import_share' });
  });
});

describe('OilChart with 300 figures for one period (an edited file)', () => {
  const row = data.oil.find((r) => r.to === 'ISR' && r.period === '2024' && r.unit === 'tonnes')!;
  const crowded = { ...data, oil: [...data.oil, ...Array.from({ length: 300 }, (_, i) => ({ ...row, value: row.value + i + 1, note: `copy ${i}` }))] };

  it('stacks a few inside the plot and says how many more there are, on the mark and in its tip', () => {
    render(OilChart, { data: crowded, state: { ...DEFAULT_STATE, start: 2024, end: 2024 }, width: 640, height: 320 });
    const spot = [...document.querySelectorAll('[data-partner="ISR"] .mark[data-period="2024"]')];
    expect(spot.length).toBeLessThanOrEqual(5);
    const more = document.querySelector('[data-partner="ISR"] .mark[data-period="2024"] text.more');
    expect(more?.textContent).toMatch(/^\+\d+ more$/);
    const top = more!.closest('.mark')!;
    expect(top.getAttribute('data-tip')).toMatch(/\+\d+ more figures for this period, not drawn: see the data table/);
    const ys = spot.map((m) => Number(m.querySelector('.segment')!.getAttribute('y1')));
    expect(Math.min(...ys)).toBeGreaterThan(0);
  });

  it('writes "+N more" only where the period is wide enough for it; the tip still says it', () => {
    render(OilChart, { data: crowded, state: { ...DEFAULT_STATE, start: 2000, end: 2024 }, width: 320, height: 320 });
    const top = [...document.querySelectorAll('[data-partner="ISR"] .mark[data-period="2024"]')].find((m) => m.getAttribute('data-tip')?.includes('more figures'));
    expect(top).toBeDefined();
    expect(top!.querySelector('text.more')).toBeNull();
    expect(top!.getAttribute('aria-label')).toMatch(/\+\d+ more figures for this period/);
  });
});

describe('OilChart with figures of one source apart only in item (the bench copies)', () => {
  it('draws each on the spot: equal period, value and source are no duplicate marks', () => {
    const row = data.oil.find((r) => r.to === 'ISR' && r.period === '2024' && r.unit === 'tonnes')!;
    const copies = ['bench copy 1', 'bench copy 2'].map((item) => ({ ...row, item }));
    const spotOf = () => document.querySelectorAll('[data-partner="ISR"] .mark[data-period="2024"]').length;
    const first = render(OilChart, { data, state: { ...DEFAULT_STATE, start: 2024, end: 2024 }, width: 640, height: 320 });
    const shipped = spotOf();
    first.unmount();
    render(OilChart, { data: { ...data, oil: [...data.oil, ...copies] }, state: { ...DEFAULT_STATE, start: 2024, end: 2024 }, width: 640, height: 320 });
    expect(spotOf()).toBe(Math.min(shipped + 2, 5));
  });
});
