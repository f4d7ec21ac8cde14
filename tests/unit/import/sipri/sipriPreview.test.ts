import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { readDataDir } from '../../../../scripts/readDataDir.ts';
import { validatePackage } from '../../../../src/lib/data/validatePackage.ts';
import { sipriPreview, type PublishedPackage } from '../../../../src/lib/import/sipri/sipriPreview.ts';
import { fixture, repoRoot } from './fixture.ts';

const { descriptor } = readDataDir(path.join(repoRoot, 'data'));
const published: PublishedPackage = {
  descriptor,
  texts: Object.fromEntries(descriptor.resources.map((r) => [r.path, readFileSync(path.join(repoRoot, 'data', r.path), 'utf8')])),
};
const rows = (text: string) => Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;

function preview(name: string, options = {}) {
  const result = sipriPreview(fixture(name), name, published, options);
  if (!result) throw new Error(`${name} not recognised`);
  return result;
}

/** Problems the project's validator finds in the package with the preview's texts in. */
const validationProblems = (texts: Record<string, string>) => validatePackage(descriptor, { ...published.texts, ...texts }).errors;

describe('sipriPreview', () => {
  it.each([
    ['register_deliveries_with_notes.csv', 'register-deliveries', 'arms_transfers_tiv_regsum', 'sipri_register_2026_02_12', 'register2026'],
    ['register_deals_with_notes.csv', 'register-deals', 'arms_deal_tiv_delivered', 'sipri_register_2025_03_13', null],
    ['tiv_table_with_notes.csv', 'tiv-table', 'arms_transfers_tiv', 'sipri_tiv_tables_2022_07_28', null],
  ])('sipriPreview(%s) names the layout, source and drawing edition, and its texts validate with no problem', (name, layout, indicator, sourceId, drawnIn) => {
    const { texts, summary } = preview(name);
    expect(summary).toMatchObject({ layout, sourceId, drawnIn, indicators: [indicator] });
    expect(validationProblems(texts)).toEqual([]);
    const written = rows(texts['defense-imports.csv']!).filter((r) => r.source_id === sourceId);
    expect(written).toHaveLength(summary.rowsWritten);
    expect(rows(texts['sources.csv']!).filter((s) => s.source_id === sourceId)).toEqual([expect.objectContaining({ publisher: 'SIPRI', title: expect.stringContaining('SIPRI') })]);
  });

  it('the 2026 extract, dated and with its full parties named, reproduces every shipped arms_transfers_tiv_regsum row and replaces them', () => {
    const { texts, summary } = preview('extract_register_2026.csv', { generated: '2026-02-12', allImportsOf: ['AZE'], allExportsOf: ['ISR'] });
    expect(summary).toMatchObject({ problems: [], superseded: 144, supersededSources: ['sipri_register_2026'], drawnIn: 'register2026' });
    expect(validationProblems(texts)).toEqual([]);
    const sums = (t: string) => rows(t).filter((r) => r.indicator === 'arms_transfers_tiv_regsum');
    const shipped = sums(published.texts['defense-imports.csv']!);
    const cell = (r: Record<string, string>) => `${r.from}|${r.to}|${r.period}`;
    // The converter's qualifier and note say more than the shipped ones (estimates named); the sums are the same.
    const sameSum = (r: Record<string, string>) => [r.indicator, r.period, r.from, r.to, r.value, r.unit, r.item].join('|');
    const previewed = new Map(sums(texts['defense-imports.csv']!).map((r) => [cell(r), r]));
    expect(shipped.map((r) => sameSum(previewed.get(cell(r)) ?? {}))).toEqual(shipped.map(sameSum));
    expect([...previewed.values()].every((r) => r.source_id === 'sipri_register_2026_02_12')).toBe(true);
  });

  it('keeps every published row the file does not restate: other indicators, parties, years and vintages', () => {
    const before = rows(published.texts['defense-imports.csv']!);
    const { texts, summary } = preview('register_deliveries_with_notes.csv');
    const after = rows(texts['defense-imports.csv']!);
    expect(after).toHaveLength(before.length - summary.superseded + summary.rowsWritten);
    const line = (r: Record<string, string>) => Object.values(r).join('|');
    const cell = (r: Record<string, string>) => `${r.indicator}|${r.from}|${r.to}|${r.period}`;
    const restated = new Set(after.filter((r) => r.source_id === 'sipri_register_2026_02_12').map(cell));
    const kept = new Set(after.map(line));
    const removed = before.filter((r) => !kept.has(line(r)));
    expect(removed).toHaveLength(summary.superseded);
    expect(removed.filter((r) => r.source_id !== 'sipri_register_2026' || !restated.has(cell(r)))).toEqual([]);
    // A TIV table is not drawn in the tables2022 edition (which names its one source): the published tables stay as they are.
    const table = preview('tiv_table_with_notes.csv');
    expect(table.summary.superseded).toBe(0);
    expect(rows(table.texts['defense-imports.csv']!)).toHaveLength(before.length + table.summary.rowsWritten);
  });

  it('imported again over its own preview, a file replaces its own rows and source row, no duplicates', () => {
    const once = preview('register_deals_with_notes.csv');
    const again = sipriPreview(fixture('register_deals_with_notes.csv'), 'again.csv', { descriptor, texts: { ...published.texts, ...once.texts } })!;
    expect(again.summary.superseded).toBe(once.summary.rowsWritten);
    expect(again.texts['defense-imports.csv']).toBe(once.texts['defense-imports.csv']);
    expect(rows(again.texts['sources.csv']!).filter((s) => s.source_id === 'sipri_register_2025_03_13')).toEqual([expect.objectContaining({ evidence: expect.stringContaining('Imported from again.csv.') })]);
  });

  it('reports the converter problems by row, and the names it could not map', () => {
    const { summary } = preview('register_deals_with_notes.csv');
    expect(summary.unmapped).toEqual(['Atlantis']);
    expect(summary.problems).toEqual([expect.objectContaining({ row: 14, column: 'Recipient', value: 'Atlantis', lost: true })]);
  });

  it('is null for a file that is not a SIPRI export', () => {
    expect(sipriPreview(fixture('not_sipri.csv'), 'not_sipri.csv', published)).toBeNull();
    expect(sipriPreview(published.texts['defense-imports.csv']!, 'defense-imports.csv', published)).toBeNull();
  });
});
