import { describe, it, expect } from 'vitest';
import { importSipri } from '../../../../src/lib/import/sipri/importSipri.ts';
import { fixture, imported } from './fixture.ts';

describe('importSipri', () => {
  it('names the source after the generation date in the notes, with the matching edition', () => {
    const result = imported('register_deliveries_with_notes.csv', { fileName: 'trade_register.csv' });
    expect(result).toMatchObject({ generated: '2026-02-12', sourceId: 'sipri_register_2026_02_12', edition: 'register2026', problems: [] });
    expect(result.sources).toEqual([{
      source_id: 'sipri_register_2026_02_12', publisher: 'SIPRI',
      title: 'SIPRI Arms Transfers Database trade register, one row per deal and delivery year, generated 12 February 2026',
      url: 'https://www.sipri.org/databases/armstransfers', published: '2026-02-12',
      evidence: expect.stringContaining('Imported from trade_register.csv.'),
    }]);
    expect(result.rows.every((r) => r.source_id === 'sipri_register_2026_02_12')).toBe(true);
  });

  it('without a generation date, uses a source_id the editor must fill and says so as a problem', () => {
    const result = imported('extract_register_2025.csv');
    expect(result.sourceId).toBe('sipri_register_YYYY_MM_DD');
    expect(result.sources[0]).toMatchObject({ published: '', title: expect.stringContaining('generation date not given in the file') });
    expect(result.problems[0]).toMatchObject({ row: 1, column: '', lost: false, reason: expect.stringMatching(/gives no generation date/) });
  });

  it('takes the date from the editor when the file lost its notes', () => {
    expect(imported('extract_register_2025.csv', { generated: '2025-03-13' }).sourceId).toBe('sipri_register_2025_03_13');
  });

  it('rejects a file of another kind with the reason', () => {
    expect(importSipri(fixture('not_sipri.csv'))).toEqual({ layout: null, reason: expect.stringMatching(/^not a SIPRI/) });
  });
});
