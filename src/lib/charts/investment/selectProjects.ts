// The named projects the projects view lists: one panel per kind of figure and unit, never one axis.
import type { Observation } from '../../data/types.ts';
import { monthIndex, parsePeriod } from '../../data/parsePeriod.ts';
import { rowsInYears } from '../../series/inYears.ts';
import { investorOf } from './investors.ts';
import { projectStatus } from './projectStatus.ts';
import { compareText } from '../../text/compareText.ts';

/** Indicators of named projects, stakes and grants, in panel order. */
export const PROJECT_INDICATORS = ['investment_project', 'project_stake', 'grant_aid'] as const;
/** Unit order of the panels; units not listed follow, alphabetically. */
const UNIT_ORDER = ['usd', 'megawatts', 'teu', 'percent'];

export interface ProjectEntry {
  row: Observation;
  investor: string;
  /** Status flags the note states ("MoU", "framework only"…). */
  status: string[];
}

export interface ProjectPanel {
  /** `indicator|unit`: a grant is never on the investment panel, a capacity never on a money one. */
  key: string;
  indicator: string;
  unit: string;
  /** Entries by investor (in partner order), each run drawn as one group. */
  groups: { investor: string; entries: ProjectEntry[] }[];
}

/** Project, stake and grant rows whose period touches the years. */
export function projectRowsInView(rows: Observation[], years: { start: number; end: number }): Observation[] {
  return rowsInYears(rows, PROJECT_INDICATORS, years);
}

const rank = (list: readonly string[], x: string) => (list.includes(x) ? list.indexOf(x) : list.length);

function startMonth(row: Observation): number {
  const p = parsePeriod(row.period);
  return p.ok ? monthIndex(p.period.start) : 0;
}

function byEntryOrder(partnerOrder: readonly string[]) {
  return (a: ProjectEntry, b: ProjectEntry) =>
    rank(partnerOrder, a.investor) - rank(partnerOrder, b.investor) ||
    compareText(a.investor, b.investor) ||
    startMonth(a.row) - startMonth(b.row) ||
    compareText(a.row.item ?? '', b.row.item ?? '');
}

function runsByInvestor(entries: ProjectEntry[]): ProjectPanel['groups'] {
  const groups: ProjectPanel['groups'] = [];
  for (const e of entries) {
    const last = groups[groups.length - 1];
    if (last?.investor === e.investor) last.entries.push(e);
    else groups.push({ investor: e.investor, entries: [e] });
  }
  return groups;
}

/** Groups rows into panels by indicator and unit; inside a panel, by investor, then period, then item.
 *  Every row stays its own entry: two figures for one project (a cost and a capacity, or two costs)
 *  are listed apart, never added. */
export function projectPanels(rows: Observation[], partnerOrder: readonly string[] = []): ProjectPanel[] {
  const byKey = new Map<string, ProjectEntry[]>();
  for (const row of rows) {
    const key = `${row.indicator}|${row.unit}`;
    byKey.set(key, [...(byKey.get(key) ?? []), { row, investor: investorOf(row), status: projectStatus(row.note) }]);
  }
  return [...byKey.entries()]
    .map(([key, entries]) => ({
      key,
      indicator: entries[0]!.row.indicator,
      unit: entries[0]!.row.unit,
      groups: runsByInvestor(entries.sort(byEntryOrder(partnerOrder))),
    }))
    .sort(
      (a, b) =>
        rank(PROJECT_INDICATORS, a.indicator) - rank(PROJECT_INDICATORS, b.indicator) ||
        rank(UNIT_ORDER, a.unit) - rank(UNIT_ORDER, b.unit) ||
        compareText(a.unit, b.unit),
    );
}
