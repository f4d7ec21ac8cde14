import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { readDataDir } from '../../../scripts/readDataDir.ts';
import { replaceFile, resourceForFile } from '../../../src/lib/data/replaceFile.ts';
import type { LoadedPackage } from '../../../src/lib/data/loadPackage.ts';

const dir = readDataDir('data');
const texts = Object.fromEntries(dir.descriptor.resources.map((r) => [r.path, readFileSync(`data/${r.path}`, 'utf8')]));
const shipped: LoadedPackage = { ...dir, urls: {}, texts };

describe('resourceForFile', () => {
  it.each([
    ['oil-exports.csv', 'oil-exports'],
    ['C:\\Users\\me\\Downloads\\visits.csv', 'visits'],
    ['oil-exports (1).csv', null],
    ['notes.txt', null],
  ])('resourceForFile(%j) is %j', (name, resource) => expect(resourceForFile(shipped, name)).toBe(resource));
});

describe('replaceFile', () => {
  it('checks an edited copy against the rest, keeps the valid rows and leaves the shipped package alone', () => {
    const lines = texts['oil-exports.csv']!.split('\n');
    lines[2] = lines[2]!.replace('2019-01/2019-06', '2019-13');
    lines[3] = lines[3]!.replace(/,[a-z0-9_]+,([^,]*)$/, ',no_such_source,$1');
    const edited = replaceFile(shipped, 'oil-exports', lines.join('\n'));
    const t = edited.tables['oil-exports']!;
    expect(t).toMatchObject({ read: 129, kept: 127, rejected: 2 });
    expect(t.errors.map((e) => [e.row, e.column])).toEqual([[3, 'period'], [4, 'source_id']]);
    expect(edited.tables.visits!.kept).toBe(46);
    expect(shipped.tables['oil-exports']!.kept).toBe(129);
  });

  it('a new source row makes a new source_id valid', () => {
    const oil = texts['oil-exports.csv']!.trimEnd() + '\ncrude_oil_exports,2025,AZE,ISR,1,tonnes,exact,,my_new_source,\n';
    const withoutSource = replaceFile(shipped, 'oil-exports', oil);
    expect(withoutSource.tables['oil-exports']!.rejected).toBe(1);
    const withSource = replaceFile(withoutSource, 'sources', texts['sources.csv']!.trimEnd() + '\nmy_new_source,Me,My table,https://example.org,2026,My evidence\n');
    expect(withSource.tables['oil-exports']!.rejected).toBe(0);
  });
});
