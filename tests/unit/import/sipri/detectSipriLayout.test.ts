import { describe, it, expect } from 'vitest';
import { detectSipriLayout } from '../../../../src/lib/import/sipri/detectSipriLayout.ts';
import { fixture } from './fixture.ts';

describe('detectSipriLayout', () => {
  it.each([
    ['extract_register_2026.csv', 'register-deliveries', 1, null],
    ['register_deliveries_with_notes.csv', 'register-deliveries', 8, '2026-02-12'],
    ['extract_register_2025.csv', 'register-deals', 1, null],
    ['register_deals_with_notes.csv', 'register-deals', 8, '2025-03-13'],
    ['extract_tiv_tables_2022.csv', 'tiv-table', 1, null],
    ['tiv_table_with_notes.csv', 'tiv-table', 8, '2022-07-28'],
  ])('%s is a %s with its header on row %i, generated %s', (file, layout, headerRow, generated) => {
    const detected = detectSipriLayout(fixture(file));
    expect(detected.layout).toBe(layout);
    if (detected.layout === null) return;
    expect(detected.table.headerRow).toBe(headerRow);
    expect(detected.generated).toBe(generated);
    expect(detected.table.notes.length > 0).toBe(headerRow > 1);
  });

  it('keeps SIPRI note lines, drops the ";" the 2026 export ends every line with', () => {
    const detected = detectSipriLayout(fixture('register_deliveries_with_notes.csv'));
    if (detected.layout === null) throw new Error(detected.reason);
    expect(detected.table.notes[0]).toMatch(/^Transfers of major conventional arms from All countries\s+to All countries/);
    expect(detected.table.notes).toContain('Data generated: 12 Feb 2026 12:26:12 PM');
    expect(detected.table.header.at(-1)).toBe('Local production');
    expect(detected.table.records[0]).toEqual({ row: 9, cells: expect.arrayContaining(['Turkiye', '1.05', 'No']) });
  });

  it("reads the TIV table's title note and skips its blank lines", () => {
    const detected = detectSipriLayout(fixture('tiv_table_with_notes.csv'));
    if (detected.layout === null) throw new Error(detected.reason);
    expect(detected.table.notes[0]).toBe('TIV of arms exports from Israel, 1950-2021');
    expect(detected.table.records.map((r) => [r.row, r.cells[0]])).toEqual([[9, 'Azerbaijan'], [10, 'Viet Nam'], [12, 'Total']]);
  });

  it('rejects a file of another kind with a reason', () => {
    const detected = detectSipriLayout(fixture('not_sipri.csv'));
    expect(detected).toEqual({ layout: null, reason: expect.stringMatching(/^not a SIPRI Arms Transfers Database export/) });
  });

  it('names the columns a near-SIPRI header lacks', () => {
    const text = 'Source: SIPRI\nSupplier,Recipient,Designation,Delivery year,TIV deal unit\nIsrael,Azerbaijan,X,2019,1\n';
    expect(detectSipriLayout(text)).toEqual({ layout: null, reason: expect.stringContaining('row 2 looks like the header of SIPRI\'s trade register, one row per deal and delivery year but lacks the column(s) "TIV delivery values"') });
  });

  it('says an empty file is empty', () => {
    expect(detectSipriLayout('')).toEqual({ layout: null, reason: 'the file is empty' });
  });
});

describe('detectSipriLayout on broken CSV', () => {
  it('reports a stray quote as a problem at its row', () => {
    const text = 'Supplier,Recipient,Designation,Delivery year,TIV delivery values\nIsrael,Azerbaijan,X,2019,1.5\nIsrael,Azerbaijan,"Y,2020,2\n';
    const detected = detectSipriLayout(text);
    if (detected.layout === null) throw new Error(detected.reason);
    expect(detected.problems).toEqual([expect.objectContaining({ row: 3, lost: true, reason: expect.stringMatching(/^CSV: /) })]);
  });
});
