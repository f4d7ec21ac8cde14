// The build's check of data/ is what the page draws: each checked table unpacks to exactly the rows,
// counts and problems the validator gives the CSV, and a bad file's problems travel with it.
import { describe, it, expect } from 'vitest';
import { mkdtempSync, cpSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readDataDir } from '../../../scripts/readDataDir.ts';
import { checkedFiles } from '../../../scripts/data/checkedFiles.ts';
import { checkedPath, unpackTable, type CheckedTable } from '../../../src/lib/data/checkedTable.ts';

describe('checked tables', () => {
  it('unpack to the validated tables of the shipped data, row for row', () => {
    const { descriptor, tables } = readDataDir('data');
    const files = checkedFiles('data');
    for (const r of descriptor.resources) {
      const unpacked = unpackTable(JSON.parse(files.get(checkedPath(r))!) as CheckedTable);
      expect(unpacked).toEqual(tables[r.name]);
    }
  });

  it("carry a bad file's problems and keep its valid rows", () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'checked-'));
    try {
      cpSync('data', dir, { recursive: true });
      const oil = readFileSync(path.join(dir, 'oil-exports.csv'), 'utf8').trimEnd();
      writeFileSync(path.join(dir, 'oil-exports.csv'), `${oil}\ncrude_oil_exports,2019-13,AZE,ISR,1,tonnes,exact,,todayaz_2019_h1,\n`);
      const checked = JSON.parse(checkedFiles(dir).get('checked/oil-exports.json')!) as CheckedTable;
      expect(checked).toMatchObject({ kept: 129, rejected: 1, problemsTotal: 1 });
      expect(checked.errors[0]).toMatchObject({ file: 'oil-exports.csv', row: 131, column: 'period' });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
