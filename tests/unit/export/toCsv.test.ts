import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import Papa from 'papaparse';
import { toCsv, csvText } from '../../../src/lib/export/toCsv.ts';
import { readDataDir } from '../../../scripts/readDataDir.ts';
import { validateTable } from '../../../src/lib/data/validateTable.ts';
import { codeCheck } from '../../../src/lib/data/isCountryCode.ts';

describe('toCsv', () => {
  it.each([
    ['=HYPERLINK("http://x")', `"'=HYPERLINK(""http://x"")"`],
    ['+1', "'+1"],
    ['-2', "'-2"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tTab', "'\tTab"],
    ['\rCR', `"'\rCR"`],
    ['plain text', 'plain text'],
    ['a, b', '"a, b"'],
    ['say "hi"', '"say ""hi"""'],
  ])('text cell %j is written as %s', (text, written) => {
    expect(csvText(text)).toBe(written);
  });

  it('numbers stay numbers, negative ones included; empty cells stay empty', () => {
    expect(toCsv(['a', 'b', 'c'], [{ a: -12.5, b: null, c: 2200000 }])).toBe('a,b,c\n-12.5,,2200000\n');
  });

  it('any text survives a round trip through PapaParse, with a leading quote where a formula could start', () => {
    fc.assert(
      fc.property(fc.array(fc.string(), { minLength: 1, maxLength: 5 }), (cells) => {
        const columns = cells.map((_, i) => `c${i}`);
        const csv = toCsv(columns, [Object.fromEntries(cells.map((c, i) => [`c${i}`, c]))]);
        const parsed = Papa.parse<string[]>(csv, { delimiter: ',' }).data[1]!;
        // What spreadsheets treat as a formula start, listed here rather than shared with the writer.
        cells.forEach((c, i) => expect(parsed[i]).toBe(['=', '+', '-', '@', '\t', '\r'].some((ch) => c.startsWith(ch)) ? `'${c}` : c));
      }),
    );
  });

  it('toCsv writes note lines as they are, before the header', () => {
    expect(toCsv(['a'], [{ a: '=1' }], ['# About this file, "quoted"'])).toBe('# About this file, "quoted"\na\n\'=1\n');
  });

  it("the shipped oil rows round-trip through the app's own validator unchanged", () => {
    const data = readDataDir('data');
    const resource = data.descriptor.resources.find((r) => r.name === 'oil-exports')!;
    const rows = data.tables['oil-exports']!.rows;
    const csv = toCsv(resource.schema.fields.map((f) => f.name), rows);
    const again = validateTable(csv, resource, { isCode: codeCheck(data.descriptor), keys: new Map() });
    expect(again.errors).toEqual([]);
    expect(again.rows).toEqual(rows);
  });
});
