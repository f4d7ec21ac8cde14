// @vitest-environment jsdom
// The visits chart as a reader meets it: subtitle, lanes, shapes, choice, table, selection, empty state.
import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { readDataDir } from '../../../../scripts/readDataDir.ts';
import { dashboardData, type DashboardData } from '../../../../src/lib/data/dashboardData.ts';
import { DEFAULT_STATE, type ViewState } from '../../../../src/lib/state/viewState.ts';
import VisitsChart from '../../../../src/lib/charts/visits/VisitsChart.svelte';
import { openTable } from '../../frame/openTable.ts';

const data = dashboardData(readDataDir('data'));

function draw(over: Partial<ViewState> = {}, extra: { data?: DashboardData; hoverYear?: number | null } = {}) {
  const onChange = vi.fn();
  const onHoverYear = vi.fn();
  const result = render(VisitsChart, {
    data: extra.data ?? data,
    state: { ...DEFAULT_STATE, ...over },
    width: 640,
    height: 320,
    hoverYear: extra.hoverYear ?? null,
    onChange,
    onHoverYear,
  });
  return { ...result, onChange, onHoverYear };
}

const subtitle = (container: HTMLElement) => container.querySelector('[data-subtitle]')?.textContent;


const bodyRows = (table: HTMLElement) => within(table).getAllByRole('row').slice(1);

describe('VisitsChart', () => {
  it('names unit and years in the subtitle', () => {
    const { container } = draw();
    expect(screen.getByRole('figure')).toBeInTheDocument();
    expect(subtitle(container)).toBe('High-level contacts (visits, meetings and calls), 2014–2024 · 40 contacts');
  });

  it('changes subtitle and table rows with the year range', async () => {
    const { container } = draw({ start: 2024, end: 2024 });
    expect(subtitle(container)).toBe('High-level contacts (visits, meetings and calls), 2024 · 18 contacts');
    const table = await openTable();
    expect(bodyRows(table)).toHaveLength(18);
  });

  it('reveals a table whose rows carry their sources', async () => {
    draw({ start: 2023, end: 2024 });
    const table = await openTable();
    const rows = bodyRows(table);
    expect(rows).toHaveLength(40);
    for (const row of rows) expect(within(row).getByRole('link')).toHaveAttribute('href', expect.stringMatching(/^https?:/));
    expect(within(table).getAllByText(/date uncertain/)).toHaveLength(3);
    expect(within(table).getAllByText(/day not stated/)).toHaveLength(1);
  });

  it('draws one lane per partner in order, each named by the partner', () => {
    const { container } = draw();
    expect([...container.querySelectorAll('g.lane')].map((g) => g.getAttribute('data-partner'))).toEqual(['ISR', 'USA', 'ARE', 'TUR']);
    for (const name of ['Israel', 'United States', 'United Arab Emirates', 'Türkiye']) {
      expect(screen.getByRole('group', { name })).toBeInTheDocument();
    }
    expect(container.querySelectorAll('g.contact')).toHaveLength(40);
  });

  it('names a selected lane "… (selected)", dims the others and limits the table to the selection', async () => {
    const { container } = draw({ countries: ['ISR'] });
    const lane = screen.getByRole('group', { name: 'Israel (selected)' });
    expect(lane).toHaveClass('selected');
    expect(screen.getByRole('group', { name: 'United States' })).toHaveClass('dimmed');
    expect(subtitle(container)).toContain('40 contacts, 5 with the selected partners');
    const table = await openTable();
    expect(bodyRows(table)).toHaveLength(5);
    for (const row of bodyRows(table)) expect(row).toHaveTextContent('Israel');
  });

  it('draws calls and visits with different shapes', () => {
    const { container } = draw();
    const call = container.querySelector('[data-kind="call"]');
    const visit = container.querySelector('[data-kind="state_visit"]');
    expect(call).toHaveAttribute('data-shape', 'square');
    expect(visit).toHaveAttribute('data-shape', 'circle');
    expect(call).toHaveClass('call');
    expect(visit).not.toHaveClass('call');
    expect(container.querySelector('[data-kind="third_country_meeting"]')).toHaveAttribute('data-shape', 'triangle');
    expect(container.querySelector('.chart-legend [data-shape="square"]')).toHaveTextContent('Phone call');
  });

  it('gives every mark a tip with date, kind, people, title and publisher, flagging uncertain dates', () => {
    const { container } = draw();
    const marks = [...container.querySelectorAll('g.contact')];
    for (const m of marks) expect(m.getAttribute('data-tip')).toMatch(/\d{4}[\s\S]*\nSource: \S/);
    const uncertain = marks.filter((m) => m.getAttribute('data-precision') === 'uncertain');
    expect(uncertain).toHaveLength(3);
    for (const m of uncertain) expect(m.getAttribute('data-tip')).toContain('date uncertain');
    const munich = container.querySelector('[data-partner="ISR"] [data-kind="third_country_meeting"]');
    expect(munich?.getAttribute('data-tip')).toMatch(/Meeting in a third country: Germany\n.*day not stated/);
    expect(munich?.querySelector('rect.bar')).not.toBeNull();
  });

  it('offers the kinds choice as a radio group and reports a change', async () => {
    const { onChange } = draw();
    const group = screen.getByRole('group', { name: 'Show' });
    expect(within(group).getByRole('radio', { name: 'All contacts' })).toBeChecked();
    await fireEvent.click(within(group).getByRole('radio', { name: 'Calls' }));
    expect(onChange).toHaveBeenCalledWith({ kinds: 'calls' });
  });

  it('shows only calls for kinds=calls', () => {
    const { container } = draw({ kinds: 'calls' });
    expect(subtitle(container)).toBe('High-level contacts (calls), 2014–2024 · 13 contacts');
    const shapes = new Set([...container.querySelectorAll('g.contact')].map((g) => g.getAttribute('data-shape')));
    expect([...shapes]).toEqual(['square']);
  });

  it('names the years that have contacts when the range has none', () => {
    const { container } = draw({ start: 2014, end: 2020 });
    expect(container.querySelector('[data-empty]')).toHaveTextContent('No figures for 2014–2020. Figures exist for 2023–2026.');
    expect(container.querySelector('svg g.lane')).toBeNull();
  });

  it('inserts CSV text as text, never as HTML', async () => {
    const evil = '<img src=x onerror=alert(1)>';
    const visits = data.visits.map((e, i) => (i === 0 ? { ...e, title: evil, people: evil } : e));
    const { container } = draw({}, { data: { ...data, visits } });
    expect(container.querySelector('img')).toBeNull();
    expect([...container.querySelectorAll('[data-tip]')].some((m) => m.getAttribute('data-tip')!.includes(evil))).toBe(true);
    await openTable();
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getAllByText(evil).length).toBeGreaterThan(0);
  });

  it('shares the crosshair: shows the hovered year and reports leaving', async () => {
    const { container, onHoverYear } = draw({}, { hoverYear: 2023 });
    expect(container.querySelector('.crosshair')).toHaveTextContent('2023');
    await fireEvent.pointerLeave(container.querySelector('svg[aria-labelledby="visits-title"]')!);
    expect(onHoverYear).toHaveBeenLastCalledWith(null);
  });
});
