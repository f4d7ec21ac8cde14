// @vitest-environment jsdom
import { describe, it, expect, vi, afterEach } from 'vitest';
import { render, screen, fireEvent, waitFor, within } from '@testing-library/svelte';
import { partsLoaded } from '../../partsLoaded.ts';
import { readDataDir } from '../../../../scripts/readDataDir.ts';
import { dashboardData } from '../../../../src/lib/data/dashboardData.ts';
import { DEFAULT_STATE, type ViewState } from '../../../../src/lib/state/viewState.ts';
import * as download from '../../../../src/lib/export/downloadCsv.ts';
import InvestmentChart from '../../../../src/lib/charts/investment/InvestmentChart.svelte';
import { openTable } from '../../frame/openTable.ts';

const data = dashboardData(readDataDir('data'));
const draw = async (state: Partial<ViewState> = {}, onChange?: (p: Partial<ViewState>) => void) => {
  const drawn = render(InvestmentChart, { data, state: { ...DEFAULT_STATE, ...state }, width: 640, height: 320, onChange });
  await partsLoaded();
  return drawn;
};

async function tableRows(): Promise<string[]> {
  return within(await openTable()).getAllByRole('row').slice(1).map((r) => r.textContent ?? '');
}

function segmentWidth(period: string, investor = 'ARE'): number {
  const mark = document.querySelector(`[data-partner="${investor}"] [data-period="${period}"] .segment`)!;
  return Number(mark.getAttribute('x2')) - Number(mark.getAttribute('x1'));
}

afterEach(() => vi.restoreAllMocks());

describe('InvestmentChart: flows', () => {
  it('names unit and years in its subtitle, and the range changes it', async () => {
    const { rerender } = await draw();
    expect(screen.getByText('US dollars, 2014–2024 · Central Bank of Azerbaijan flows, as reported')).toBeInTheDocument();
    await rerender({ state: { ...DEFAULT_STATE, start: 2023, end: 2023 } });
    expect(screen.getByText(/^US dollars, 2023 ·/)).toBeInTheDocument();
  });

  it('the default range shows the UAE 2023, Jan–Sep 2024 and 2024 flows, labelled, over their periods', async () => {
    await draw();
    for (const text of ['$318.9M', '$356.3M', '$490.1M']) expect(screen.getByText(text)).toBeInTheDocument();
    expect(screen.getByRole('img', { name: /^United Arab Emirates, \$356\.3M \(US dollars\), Jan–Sep 2024, Source: Trend/ })).toBeInTheDocument();
    expect(segmentWidth('2024-01/2024-09')).toBeCloseTo(segmentWidth('2024') * 0.75, -1);
    expect(segmentWidth('2024-01/2024-03')).toBeLessThan(segmentWidth('2024-01/2024-09'));
    // Never joined: no line runs from one figure to the next (a segment's two end caps are its one path).
    expect(document.querySelectorAll('svg path:not(.cap), svg polyline')).toHaveLength(0);
  });

  it('a changed year range changes the table rows; every row carries its source', async () => {
    const { rerender } = await draw({ start: 2023, end: 2023 });
    const y2023 = await tableRows();
    expect(y2023.every((t) => t.includes('2023'))).toBe(true);
    expect(within(screen.getByRole('table')).getAllByRole('link')).toHaveLength(y2023.length);
    await rerender({ state: { ...DEFAULT_STATE, start: 2024, end: 2024 } });
    // The open table is rebuilt for the new years (and kept on screen until it is).
    await waitFor(() => {
      const cells = within(screen.getByRole('table')).getAllByRole('cell').map((c) => c.textContent?.trim());
      expect(cells).toContain('Jan–Sep 2024');
      expect(cells).not.toContain('2023');
    });
  });

  it('a selected partner says "(selected)", the rest are dimmed, the table and download keep its rows', async () => {
    const saved = vi.spyOn(download, 'downloadCsv').mockImplementation(() => {});
    await draw({ countries: ['ARE'] });
    expect(screen.getByRole('group', { name: 'United Arab Emirates (selected)' })).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'United Kingdom' }).getAttribute('class')).toContain('dimmed');
    const rows = await tableRows();
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((t) => t.includes('United Arab Emirates'))).toBe(true);
    await fireEvent.click(screen.getByRole('button', { name: 'Download data' }));
    await vi.waitFor(() => expect(saved).toHaveBeenCalled());
    const csv = saved.mock.calls[0]![1].trim().split('\n');
    expect(csv[0]).toMatch(/^# Direct investment .* · limited to United Arab Emirates \(the selection\) · \d+ rows · /);
    expect(csv[1]).toMatch(/^indicator,period,from,to,value,unit,qualifier,item,source_id,note,/);
    expect(csv.slice(2).every((line) => line.includes(',ARE,'))).toBe(true);
    expect(saved.mock.calls[0]![0]).toBe('investment-flows-2014-2024-ARE.csv');
  });

  it('a range with no flows names the years that do have them', async () => {
    await draw({ start: 2014, end: 2017 });
    expect(screen.getByText('No figures for 2014–2017. Figures exist for 2023–2024.')).toBeInTheDocument();
  });

  it('the View radio group commits the `investment` key', async () => {
    let patch: Partial<ViewState> = {};
    await draw({}, (p) => (patch = p));
    const group = screen.getByRole('group', { name: 'View' });
    await fireEvent.click(within(group).getByLabelText('Named projects'));
    expect(patch).toEqual({ investment: 'projects' });
  });
});

describe('InvestmentChart: projects and cumulative', () => {
  it('projects keep each unit on its own panel, with period, source and the note’s status', async () => {
    await draw({ investment: 'projects' });
    expect(screen.getByText(/^US dollars, megawatts,? and percent, 2014–2024/)).toBeInTheDocument();
    expect(screen.getByText('Capacity — megawatts')).toBeInTheDocument();
    expect(screen.getByText('Investment or cost — US dollars')).toBeInTheDocument();
    expect(screen.getByRole('img', { name: /^Garadagh solar plant \(United Arab Emirates\), 230 MW \(megawatts\), Oct 2023, Source: Ministry of Energy of Azerbaijan/ })).toBeInTheDocument();
    expect(screen.getByRole('img', { name: /^Garadagh solar plant \(United Arab Emirates\), \$262M \(US dollars\), Oct 2023, Source: Ministry of Energy of Azerbaijan/ })).toBeInTheDocument();
    expect(screen.getByRole('img', { name: /^Caspian offshore wind MoU .*, 3,500 MW \(megawatts\), .*, MoU, Source: / })).toBeInTheDocument();
  });

  it('cumulative statements are dots with their sources, compared as claims, never joined', async () => {
    await draw({ investment: 'cumulative', start: 2014, end: 2026 });
    expect(screen.getByText(/^US dollars, 2014–2026 · statements of totals/)).toBeInTheDocument();
    expect(screen.getByText('Statements, not a series: $3.2B (Trend News Agency, 2025) vs ≥$1B (aze.media, 2025) vs $2.1B (AzerNews, ~2019)')).toBeInTheDocument();
    expect(screen.getByText('≥$1B (aze.media, 2025)')).toBeInTheDocument();
    for (const name of ['United Kingdom', 'Türkiye', 'United States', 'Israel']) {
      expect(screen.getByRole('group', { name })).toBeInTheDocument();
    }
    expect(document.querySelectorAll('svg path, svg polyline')).toHaveLength(0);
  });

  it('cumulative keeps Israel selectable and named "(selected)"', async () => {
    await draw({ investment: 'cumulative', start: 2014, end: 2026, countries: ['ISR'] });
    expect(screen.getByRole('group', { name: 'Israel (selected)' })).toBeInTheDocument();
  });

  it('an empty projects range still names its units, and the years with projects', async () => {
    await draw({ investment: 'projects', start: 2014, end: 2017 });
    expect(screen.getByText(/^US dollars, megawatts, TEU,? and percent, 2014–2017/)).toBeInTheDocument();
    expect(screen.getByText('No figures for 2014–2017. Figures exist for 2022–2025.')).toBeInTheDocument();
  });

  it('the projects table names the item and the status the note states', async () => {
    await draw({ investment: 'projects' });
    const rows = await tableRows();
    expect(rows.find((t) => t.startsWith('Caspian offshore wind MoU'))).toContain('MoU');
    expect(rows.filter((t) => t.startsWith('Garadagh solar plant'))).toHaveLength(2);
  });

  it('an empty range names the years with statements', async () => {
    await draw({ investment: 'cumulative', start: 2014, end: 2018 });
    expect(screen.getByText('No figures for 2014–2018. Figures exist for 2019–2020, 2022–2026.')).toBeInTheDocument();
  });
});
