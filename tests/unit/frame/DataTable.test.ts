// @vitest-environment jsdom
// DataTable: a long table shows its first rows and says so; "Show all" shows every row and back.
import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import DataTable from '../../../src/lib/frame/DataTable.svelte';
import type { ChartTable } from '../../../src/lib/frame/tableTypes.ts';

const table = (n: number): ChartTable => ({
  columns: [{ key: 'year', label: 'Year' }, { key: 'value', label: 'Value', numeric: true }],
  rows: Array.from({ length: n }, (_, i) => ({ key: String(i), year: String(2000 + i), value: i })),
});
const bodyRows = () => within(screen.getByRole('table')).getAllByRole('row').slice(1);

describe('DataTable', () => {
  it('shows the first 12 of 30 rows, says so, and shows all 30 on request, then the first 12 again', async () => {
    render(DataTable, { table: table(30), caption: 'Test', sources: new Map() });
    expect(bodyRows()).toHaveLength(12);
    expect(screen.getByRole('status').textContent).toBe('Showing 12 of 30 rows.');
    await fireEvent.click(screen.getByRole('button', { name: 'Show all 30 rows' }));
    expect(bodyRows()).toHaveLength(30);
    expect(bodyRows().at(-1)!.textContent).toContain('2029');
    await fireEvent.click(screen.getByRole('button', { name: 'Show the first 12 only' }));
    expect(bodyRows()).toHaveLength(12);
  });

  it('a short table shows every row and no button', () => {
    render(DataTable, { table: table(12), caption: 'Test', sources: new Map() });
    expect(bodyRows()).toHaveLength(12);
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('labels each cell with its column for the narrow layout, and leaves the cell text the value alone', () => {
    render(DataTable, { table: table(1), caption: 'Test', sources: new Map() });
    const cells = within(bodyRows()[0]!).getAllByRole('cell');
    expect(cells.map((c) => [c.dataset.label, c.textContent?.trim()])).toEqual([['Year', '2000'], ['Value', '0']]);
  });
});
