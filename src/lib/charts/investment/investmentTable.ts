// The investment chart's data table: the shared observation columns plus item, status and note.
import type { Aggregation, Observation } from '../../data/types.ts';
import { observationTable } from '../observationTable.ts';
import type { ChartTable, TableColumn } from '../../frame/tableTypes.ts';
import type { InvestmentView } from '../../state/viewState.ts';
import { projectStatus } from './projectStatus.ts';
import { investmentStrings as s } from '../../viewStrings/investment.ts';

/**
 * One row per figure with its source, as observationTable makes it; the projects view adds the
 * item and the status its note states, and every view adds the note (it names conflicting figures).
 */
export function investmentTable(rows: Observation[], view: InvestmentView, aggregates: Aggregation[]): ChartTable {
  const base = observationTable(rows, aggregates);
  const projects = view === 'projects';
  const columns: TableColumn[] = [
    ...(projects ? [{ key: 'item', label: s.columnItem }] : []),
    ...base.columns,
    ...(projects ? [{ key: 'status', label: s.columnStatus }] : []),
    { key: 'note', label: s.columnNote, prose: true },
  ];
  return {
    columns,
    rows: base.rows.map((r, i) => {
      const row = rows[i]!;
      return { ...r, item: row.item ?? '', status: projectStatus(row.note).join(', '), note: row.note ?? '' };
    }),
  };
}
