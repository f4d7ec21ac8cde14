// @vitest-environment jsdom
// ArmsChart rendered from props: what a reader notices in each view.
import { describe, it, expect, vi } from 'vitest';
import { render, screen, within, fireEvent, waitFor } from '@testing-library/svelte';
import { partsLoaded } from '../../partsLoaded.ts';
import { readDataDir } from '../../../../scripts/readDataDir.ts';
import { dashboardData } from '../../../../src/lib/data/dashboardData.ts';
import { DEFAULT_STATE, type ViewState } from '../../../../src/lib/state/viewState.ts';
import ArmsChart from '../../../../src/lib/charts/arms/ArmsChart.svelte';
import { openTable } from '../../frame/openTable.ts';

const data = dashboardData(readDataDir('data'));
const props = (patch: Partial<ViewState> = {}, onChange = vi.fn()) => ({
  data,
  state: { ...DEFAULT_STATE, ...patch },
  width: 640,
  height: 320,
  onChange,
});
const subtitle = (c: HTMLElement) => c.querySelector('[data-subtitle]')!.textContent!;


describe('ArmsChart: suppliers', () => {
  it('the subtitle names the unit, the years and the edition', async () => {
    const { container } = render(ArmsChart, props());
    await partsLoaded();
    expect(screen.getByRole('figure')).toBeInTheDocument();
    expect(subtitle(container)).toBe('SIPRI trend-indicator values (TIV), millions, 2014–2024 · register 2026 edition');
    expect(screen.getByText(/SIPRI Arms Transfers Database/)).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Israel' })).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'All suppliers (total)' })).toBeInTheDocument();
  });

  it('a changed year range changes the subtitle and the table rows', async () => {
    const { container, rerender } = render(ArmsChart, props({ edition: 'tables2022', start: 2014, end: 2021 }));
    await partsLoaded();
    const before = within(await openTable()).getAllByRole('row').length;
    await rerender(props({ edition: 'tables2022', start: 2016, end: 2017 }));
    expect(subtitle(container)).toMatch(/2016–2017 · 2022 tables edition/);
    // The open table is rebuilt for the new years (and kept on screen until it is).
    await waitFor(() => expect(within(screen.getByRole('table')).getAllByRole('row').length).toBeLessThan(before));
    expect(within(screen.getByRole('table')).getAllByText('2016').length).toBeGreaterThan(0);
    expect(within(screen.getByRole('table')).queryByText('2014')).toBeNull();
  });

  it('"Show data table" reveals rows that carry their sources; other vintages are marked, not drawn', async () => {
    render(ArmsChart, props({ edition: 'tables2022', start: 2016, end: 2017 }));
    await partsLoaded();
    const table = await openTable();
    expect(within(table).getAllByRole('link', { name: /SIPRI \(copy in 360-info/ }).length).toBeGreaterThan(0);
    expect(within(table).getAllByText('other vintage, not drawn').length).toBeGreaterThan(0);
  });

  it('a selected supplier is named "(selected)" and the table is limited to it', async () => {
    render(ArmsChart, props({ countries: ['ISR'], edition: 'tables2022', start: 2016, end: 2017 }));
    await partsLoaded();
    expect(screen.getByRole('group', { name: 'Israel (selected)' })).toBeInTheDocument();
    const rows = within(await openTable()).getAllByRole('row').slice(1);
    expect(rows.every((r) => within(r).queryByText('Israel') !== null)).toBe(true);
  });

  it('years an edition does not cover are a gap named in the subtitle, and an empty state names the years with figures', async () => {
    const { container, rerender } = render(ArmsChart, props({ edition: 'tables2022' }));
    await partsLoaded();
    expect(subtitle(container)).toMatch(/no figures in this edition for 2022–2024/);
    await rerender(props({ edition: 'tables2022', start: 2022, end: 2024 }));
    expect(screen.getByText('No figures for 2022–2024. Figures exist for 2000–2021.')).toBeInTheDocument();
  });

  it('the View radio group and the Edition select call onChange with their catalogue keys', async () => {
    const onChange = vi.fn();
    render(ArmsChart, props({}, onChange));
    await partsLoaded();
    const view = screen.getByRole('group', { name: 'View' });
    await fireEvent.click(within(view).getByRole('radio', { name: "Israel's customers" }));
    expect(onChange).toHaveBeenCalledWith({ arms: 'customers' });
    await fireEvent.change(screen.getByLabelText('Edition'), { target: { value: 'tables2022' } });
    expect(onChange).toHaveBeenCalledWith({ edition: 'tables2022' });
  });
});

describe('ArmsChart: customers', () => {
  it("states Azerbaijan's rank and shows India and Azerbaijan's totals (2011–2020)", async () => {
    const { container } = render(ArmsChart, props({ arms: 'customers', start: 2011, end: 2020, edition: 'tables2022' }));
    await partsLoaded();
    expect(screen.getByText(/^Azerbaijan ranks 2nd of \d+ recipients of Israeli arms, 2011–2020 \(872 TIV\)\.$/)).toBeInTheDocument();
    expect(within(screen.getByRole('group', { name: 'India' })).getByText('2,732 TIV')).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Azerbaijan' })).toBeInTheDocument();
    expect(subtitle(container)).toMatch(/2011–2020 · 2022 tables$/);
    expect(screen.queryByLabelText('Edition')).toBeNull();
  });

  it('under register2026 it shows the 2022 tables and says so, with the years clamped to 2021', async () => {
    const { container } = render(ArmsChart, props({ arms: 'customers' }));
    await partsLoaded();
    expect(subtitle(container)).toMatch(/2014–2021 · 2022 tables \(the register 2026 edition has no breakdown/);
    expect(subtitle(container)).toMatch(/ · no recipient figures for 2022–2024$/);
  });

  it('a selected recipient is highlighted, and the table is not limited by the selection', async () => {
    render(ArmsChart, props({ arms: 'customers', countries: ['USA'] }));
    await partsLoaded();
    expect(screen.getByRole('group', { name: 'United States (selected)' })).toBeInTheDocument();
    expect(within(await openTable()).getByText('India')).toBeInTheDocument();
  });
});

describe('ArmsChart: shares', () => {
  it('draws both conflicting figures for 2016–2020, with a percent axis and the export panel apart', async () => {
    const { container } = render(ArmsChart, props({ arms: 'shares' }));
    await partsLoaded();
    const israel = screen.getByRole('group', { name: 'Israel' });
    for (const v of ['43%', '60%', '69%', '64%', '61%']) expect(within(israel).getByText(v)).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Israel: share of supplier exports' })).toBeInTheDocument();
    expect(subtitle(container)).toMatch(/^Percent of Azerbaijan's major-arms imports by supplier, SIPRI five-year periods, 2014–2024/);
    expect(screen.getByText(/Share of the supplier's arms exports going to Azerbaijan/)).toBeInTheDocument();
  });

  it('an empty range names the years with share figures', async () => {
    render(ArmsChart, props({ arms: 'shares', start: 2000, end: 2005 }));
    await partsLoaded();
    expect(screen.getByText(/^No figures for 2000–2005\. Figures exist for 2010–20\d\d/)).toBeInTheDocument();
  });
});

describe('ArmsChart: deals', () => {
  it('lists the $1.6bn IAI package and keeps cumulative totals in their own panel', async () => {
    render(ArmsChart, props({ arms: 'deals', start: 2011, end: 2020, countries: ['ISR'] }));
    await partsLoaded();
    const deals = screen.getByRole('group', { name: 'Israel (selected)' });
    expect(within(deals).getByText('IAI package')).toBeInTheDocument();
    expect(within(deals).getByText('$1.6B · 2011, 2012 · 3 sources')).toBeInTheDocument();
    const totals = screen.getByRole('group', { name: 'Israel (selected): cumulative total (not added)' });
    expect(within(totals).getByText('≤$5B · 2016')).toBeInTheDocument();
    const table = await openTable();
    expect(within(table).getAllByText('cumulative total (not added)')).toHaveLength(2);
  });

  it('at width 343 each deal name sits on its own line above a rising stem, clear of its marker', async () => {
    const { container } = render(ArmsChart, { ...props({ arms: 'deals', start: 2010 }), width: 343 });
    await partsLoaded();
    const marks = [...container.querySelectorAll('g.mark')];
    expect(marks.length).toBeGreaterThan(5);
    for (const m of marks) {
      const stem = m.querySelector('line.stem')!;
      const marker = m.querySelector('circle, rect')!;
      const [x1, x2] = [Number(stem.getAttribute('x1')), Number(stem.getAttribute('x2'))];
      expect(x1).toBeGreaterThanOrEqual(0);
      expect(x2).toBeGreaterThanOrEqual(x1);
      expect(x2).toBeLessThanOrEqual(343 - 175);
      const markerY = marker.tagName === 'circle' ? Number(marker.getAttribute('cy')) : Number(marker.getAttribute('y')) + 5;
      expect(Number(m.querySelector('text.item')!.getAttribute('y'))).toBeLessThan(markerY - 10);
    }
    expect(within(screen.getByRole('group', { name: 'Israel' })).getByText('IAI package')).toBeInTheDocument();
  });

  it('an empty range names the years with deals', async () => {
    render(ArmsChart, props({ arms: 'deals', start: 2000, end: 2005 }));
    await partsLoaded();
    expect(screen.getByText('No figures for 2000–2005. Figures exist for 2010–2012, 2016–2017, 2023.')).toBeInTheDocument();
  });
});
