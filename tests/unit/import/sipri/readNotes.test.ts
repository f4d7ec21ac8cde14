import { describe, it, expect } from 'vitest';
import { generationDate, registerQuery, tableTitle } from '../../../../src/lib/import/sipri/readNotes.ts';

describe('readNotes', () => {
  it.each([
    ['Generated: 28 July 2022', '2022-07-28'],
    ['Data generated: 12 Feb 2026 12:26:12 PM', '2026-02-12'],
    ['Data generated: 3 Sept. 2024', '2024-09-03'],
    ['Source: SIPRI Arms Transfers Database', null],
  ])('generationDate(%j) is %s', (line, date) => {
    expect(generationDate(['A title', line])).toBe(date);
  });

  it('registerQuery reads the parties and the delivery years asked for', () => {
    expect(registerQuery(["Transfers of major conventional arms from All countries  to Azerbaijan . Deals with deliveries made for the year range '1995' to '2025'"]))
      .toEqual({ allSuppliers: true, allRecipients: false, firstYear: 1995, lastYear: 2025 });
    expect(registerQuery(["Transfers of major conventional arms from Israel  to All countries . Deals with deliveries made for the year range 'Not specified' to 'Not specified' "]))
      .toEqual({ allSuppliers: false, allRecipients: true, firstYear: null, lastYear: null });
    expect(registerQuery(['Source: SIPRI'])).toBeNull();
  });

  it('tableTitle tells exports from imports', () => {
    expect(tableTitle('TIV of arms exports from Israel, 1950-2021')).toEqual({ direction: 'exports', party: 'Israel' });
    expect(tableTitle('TIV of arms imports to Azerbaijan, 1950-2024')).toEqual({ direction: 'imports', party: 'Azerbaijan' });
    expect(tableTitle('Trade register')).toBeNull();
  });
});
