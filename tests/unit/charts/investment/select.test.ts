// The investment chart's selections on the shipped data: flows, projects and cumulative statements.
import { describe, it, expect } from 'vitest';
import { readDataDir } from '../../../../scripts/readDataDir.ts';
import { dashboardData } from '../../../../src/lib/data/dashboardData.ts';
import { flowFigures, flowMarks, flowRowsInView } from '../../../../src/lib/charts/investment/selectFlows.ts';
import { projectPanels, projectRowsInView } from '../../../../src/lib/charts/investment/selectProjects.ts';
import { statementsInView, statementSections } from '../../../../src/lib/charts/investment/selectStatements.ts';
import { statementComparison, statementLabel } from '../../../../src/lib/charts/investment/statementLabel.ts';
import { investmentPartners } from '../../../../src/lib/charts/investment/investors.ts';
import { limitToSelection } from '../../../../src/lib/data/partner.ts';
import { emptyMessage } from '../../../../src/lib/charts/investment/emptyMessage.ts';

const data = dashboardData(readDataDir('data'));
const rows = data.investment;

describe('flowMarks', () => {
  const are = flowMarks(flowRowsInView(rows, { start: 2023, end: 2024 })).filter((m) => m.investor === 'ARE');

  it('flowMarks for ARE 2023–2024 keeps 2023, Jan–Sep 2024 and 2024 as separate figures with their periods', () => {
    const byPeriod = new Map(are.map((m) => [m.row.period, m.row]));
    expect(byPeriod.get('2023')).toMatchObject({ value: 318_900_000, qualifier: 'exact', from: 'ARE', to: 'AZE' });
    expect(byPeriod.get('2024-01/2024-09')).toMatchObject({ value: 356_300_000, qualifier: 'exact' });
    expect(byPeriod.get('2024')).toMatchObject({ value: 490_100_000, qualifier: 'exact' });
    const nine = are.find((m) => m.row.period === '2024-01/2024-09')!;
    expect(nine.period.start).toEqual({ year: 2024, month: 1 });
    expect(nine.period.end).toEqual({ year: 2024, month: 9 });
  });

  it('flowMarks never adds a partial period into a year: each value is a shipped row', () => {
    const shipped = new Set(rows.filter((r) => r.indicator === 'fdi_flow').map((r) => r.value));
    for (const m of are) expect(shipped.has(m.row.value)).toBe(true);
    expect(are.map((m) => m.row.value)).not.toContain(318_900_000 + 490_100_000);
  });

  it('flowMarks draws inflows only; flowRowsInView keeps the AZE → ARE outflows for the table', () => {
    const inView = flowRowsInView(rows, { start: 2023, end: 2024 });
    expect(flowMarks(inView).every((m) => m.row.to === 'AZE')).toBe(true);
    expect(inView.some((r) => r.from === 'AZE' && r.to === 'ARE' && r.value === 457_500_000)).toBe(true);
  });

  it('flowMarks numbers figures for the same investor and period so both are drawn', () => {
    const uk = rows.find((r) => r.indicator === 'fdi_flow' && r.from === 'GBR' && r.period === '2023')!;
    const marks = flowMarks([uk, { ...uk, value: 1_800_000_000, source_id: 'other' }]);
    expect(marks.map((m) => [m.row.value, m.dodge, m.samePeriod])).toEqual([
      [1_900_000_000, 0, 2],
      [1_800_000_000, 1, 2],
    ]);
  });

  it('flowMarks for 2014–2017 is empty, and the empty state names 2023–2024', () => {
    expect(flowMarks(flowRowsInView(rows, { start: 2014, end: 2017 }))).toEqual([]);
    const empty = (years: { start: number; end: number }) => emptyMessage(flowMarks(flowRowsInView(rows, years)).length, flowFigures(rows), years, false);
    expect(empty({ start: 2014, end: 2017 })).toBe('No figures for 2014–2017. Figures exist for 2023–2024.');
    expect(empty({ start: 2014, end: 2024 })).toBeNull();
  });
});

describe('statementsInView', () => {
  const are = statementsInView(rows, { start: 2014, end: 2026 }).filter((st) => st.investor === 'ARE' && st.direction === 'in');

  it('statementsInView for ARE has $3.2bn, $2.1bn and the "over $1bn" lower bound, each as stated', () => {
    const found = are.map((st) => [st.year, st.row.value, st.row.qualifier, st.row.source_id]);
    expect(found).toEqual(
      expect.arrayContaining([
        [2025, 3_200_000_000, 'exact', 'trend_20250113'],
        [2025, 1_000_000_000, 'lower_bound', 'azemedia_2025'],
        [2019, 2_100_000_000, 'exact', 'azernews_153626'],
      ]),
    );
    expect(are).toHaveLength(3);
  });

  it('no function adds statements: every value shown is a shipped value', () => {
    const shipped = rows.filter((r) => r.indicator.startsWith('investment_cumulative')).map((r) => r.value);
    const shown = statementSections(statementsInView(rows, { start: 1990, end: 2030 }), investmentPartners(rows)).flatMap((sec) =>
      sec.statements.map((st) => st.row.value),
    );
    expect(shown.sort((a, b) => a - b)).toEqual([...shipped].sort((a, b) => a - b));
  });

  it('statementLabel reads value, qualifier, publisher and year; the ~2019 year is marked uncertain', () => {
    const labels = are.map((st) => statementLabel(st, data.sources));
    expect(labels).toContain('≥$1B (aze.media, 2025)');
    expect(labels).toContain('$2.1B (AzerNews, ~2019)');
    expect(statementComparison(are, data.sources)).toBe(
      'Statements, not a series: $3.2B (Trend News Agency, 2025) vs ≥$1B (aze.media, 2025) vs $2.1B (AzerNews, ~2019)',
    );
  });

  it('statementSections includes the comparison investors (UK, Türkiye, USA, Israel)', () => {
    const investors = new Set(statementSections(statementsInView(rows, { start: 2014, end: 2026 })).map((s) => s.investor));
    for (const code of ['ARE', 'GBR', 'TUR', 'USA', 'ISR']) expect(investors.has(code)).toBe(true);
  });
});

describe('projectPanels', () => {
  const panels = projectPanels(projectRowsInView(rows, { start: 2014, end: 2024 }), investmentPartners(rows));
  const entries = (key: string) => panels.find((p) => p.key === key)?.groups.flatMap((g) => g.entries) ?? [];

  it('projectPanels puts Garadagh 230 MW and $262m in separate unit panels', () => {
    const garadagh = (key: string) => entries(key).filter((e) => e.row.item === 'Garadagh solar plant').map((e) => e.row.value);
    expect(garadagh('investment_project|megawatts')).toEqual([230]);
    expect(garadagh('investment_project|usd')).toEqual([262_000_000]);
    for (const p of panels) expect(new Set(p.groups.flatMap((g) => g.entries.map((e) => e.row.unit))).size).toBe(1);
  });

  it('projectPanels keeps grants apart from investment and flags only what notes say', () => {
    expect(entries('grant_aid|usd').map((e) => e.row.item)).toEqual(['ANAMA demining grant']);
    expect(entries('investment_project|usd').some((e) => e.row.indicator === 'grant_aid')).toBe(false);
    const status = new Map(entries('investment_project|megawatts').map((e) => [e.row.item, e.status]));
    expect(status.get('Caspian offshore wind MoU')).toEqual(['MoU']);
    expect(status.get('Masdar 10 GW programme')).toEqual(['framework only']);
    expect(status.get('SOCAR-Masdar 4 GW agreements')).toEqual(['agreed, not built']);
    expect(status.get('Garadagh solar plant')).toEqual([]);
  });

  it('projectPanels lists both Bilasuvar and Neftchala costs ($670m and ≥$600m) without adding them', () => {
    const costs = entries('investment_project|usd').filter((e) => e.row.item === 'Bilasuvar and Neftchala solar plants');
    expect(costs.map((e) => [e.row.value, e.row.qualifier]).sort()).toEqual([
      [600_000_000, 'lower_bound'],
      [670_000_000, 'exact'],
    ]);
  });
});

describe('limitToSelection', () => {
  it('limitToSelection keeps the selected investors, and everything when nothing is selected', () => {
    const flows = flowRowsInView(rows, { start: 2014, end: 2024 });
    expect(limitToSelection(flows, [])).toBe(flows);
    const are = limitToSelection(flows, ['ARE']);
    expect(are.length).toBeGreaterThan(0);
    expect(are.every((r) => r.from === 'ARE' || r.to === 'ARE')).toBe(true);
  });
});
