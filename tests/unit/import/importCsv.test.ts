import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { readDataDir } from '../../../scripts/readDataDir.ts';
import { checkFile } from '../../../src/lib/preview/checkFile.ts';
import { readFileText } from '../../../src/lib/import/readFileText.ts';
import type { ImportDone, ImportMessage, ImportRequest } from '../../../src/lib/import/importProtocol.ts';

const { descriptor } = readDataDir('data');
const texts = Object.fromEntries(descriptor.resources.map((r) => [r.path, readFileSync(`data/${r.path}`, 'utf8')]));
const oil = texts['oil-exports.csv']!;

async function run(body: BlobPart, name: string, resource: string | null = null): Promise<ImportMessage[]> {
  const messages: ImportMessage[] = [];
  const request: ImportRequest = { type: 'check', file: new File([body], name), resource, descriptor, texts };
  await checkFile(request, (m) => messages.push(m));
  return messages;
}

describe('checkFile (the import worker: importCsv, then the preview host)', () => {
  it('reads, recognises and checks a shipped file by its name, ending in one done message', async () => {
    const messages = await run(oil, 'oil-exports.csv');
    const done = messages.at(-1) as ImportDone;
    expect(done).toMatchObject({ type: 'done', resource: 'oil-exports', by: 'name' });
    expect(done.tables['oil-exports']).toMatchObject({ read: 129, kept: 129, rejected: 0, errors: [] });
    expect(messages.filter((m) => m.type === 'done' || m.type === 'failed')).toHaveLength(1);
  });

  it('recognises an observation file named otherwise from the indicators in its rows', async () => {
    const done = (await run(texts['investment.csv']!, 'edited.csv')).at(-1) as ImportDone;
    expect(done).toMatchObject({ resource: 'investment', by: 'indicators' });
  });

  it('recognises and reads a semicolon-separated copy named otherwise, with notes above its header', async () => {
    const semicolons = texts['visits.csv']!.trimEnd().split('\n').map((l) => Papa.unparse([Papa.parse<string[]>(l).data[0]!], { delimiter: ';' }));
    const done = (await run(`# exported from a spreadsheet\n${semicolons.join('\r\n')}\r\n`, 'export (3).csv')).at(-1) as ImportDone;
    expect(done).toMatchObject({ resource: 'visits', by: 'header' });
    expect(done.tables.visits).toMatchObject({ delimiter: ';', read: semicolons.length - 1, rejected: 0 });
  });

  it('a replaced sources.csv checks again the files that cite it', async () => {
    const done = (await run('source_id,publisher,title,url,published,evidence\nx,Me,T,,2020,\n', 'sources.csv')).at(-1) as ImportDone;
    expect(Object.keys(done.tables).sort()).toEqual(['defense-imports', 'investment', 'oil-exports', 'sources', 'visits']);
    expect(done.tables['oil-exports']!.kept).toBe(0);
    expect(done.problems.total).toBeGreaterThan(200);
    expect(done.problems.shown).toHaveLength(200);
  });

  it('posts read progress at most once per interval, whatever the number of slices', async () => {
    const rows = Array.from({ length: 40_000 }, (_, i) => `crude_oil_exports,${1000 + (i % 1000)},AZE,ISR,${i},tonnes,exact,,todayaz_2019_h1,`);
    const body = `${oil.split('\n')[0]}\n${rows.join('\n')}\n`;
    expect(body.length).toBeGreaterThan(2 << 20);
    const count = async (now: () => number) => {
      const messages: ImportMessage[] = [];
      await checkFile({ type: 'check', file: new File([body], 'oil-exports.csv'), resource: null, descriptor, texts }, (m) => messages.push(m), 100, now);
      return messages;
    };
    const frozen = await count(() => 0);
    expect(frozen.map((m) => (m.type === 'progress' ? m.stage : m.type))).toEqual(['read', 'done']);
    let t = 0;
    const slow = await count(() => (t += 1000));
    const read = slow.filter((m) => m.type === 'progress' && m.stage === 'read');
    expect(read.length).toBe(3);
    expect(read.at(-1)).toMatchObject({ rows: 40_000, bytes: body.length, totalBytes: body.length });
  });

  it('an empty file is read and fails its check with one file-level problem', async () => {
    const done = (await run('', 'oil-exports.csv')).at(-1) as ImportDone;
    expect(done.tables['oil-exports']).toMatchObject({ read: 0, kept: 0 });
    expect(done.problems.shown.map((e) => [e.row, e.reason])).toEqual([[1, 'empty file: expected a header row and data rows']]);
  });

  it('refuses text that is not UTF-8', async () => {
    const latin1 = new Uint8Array([...new TextEncoder().encode(oil.slice(0, 200)), 0xe9, 0x0a]);
    expect(await run(latin1, 'oil-exports.csv')).toEqual([{ type: 'failed', reason: 'not-utf8', detail: '' }]);
  });

  it('says when the dataset cannot be recognised', async () => {
    expect((await run('a,b\n1,2\n', 'book.csv')).at(-1)).toMatchObject({ type: 'failed', reason: 'unrecognised' });
  });

  it('reads a file in slices without cutting a character, and stops at the first byte that is not UTF-8', async () => {
    const pieces: string[] = [];
    const bytes = new TextEncoder().encode('a,"b\nç",d\n1,2,3\n');
    expect(await readFileText(new File([bytes], 'x.csv'), (t) => pieces.push(t), 5)).toBe(true);
    expect(pieces.join('')).toBe('a,"b\nç",d\n1,2,3\n');
    expect(pieces.length).toBeGreaterThan(2);
    expect(await readFileText(new File([new Uint8Array([0x61, 0x2c, 0xe7, 0x0a])], 'x.csv'), () => {}, 2)).toBe(false);
  });

  it('counts the rows an unterminated quote swallowed as rejected, located in the reader\'s own file', async () => {
    const row = (year: number) => `crude_oil_exports,${year},AZE,ISR,${year},tonnes,exact,,todayaz_2019_h1,`;
    const text = [oil.split('\n')[0], row(2001).replace(',exact,', ',"exact,'), row(2002), row(2003), row(2004), row(2005)].join('\n') + '\n';
    const done = (await run(text, 'my-edit.csv', 'oil-exports')).at(-1) as ImportDone;
    expect(done.tables['oil-exports']).toMatchObject({ read: 5, kept: 0, rejected: 5 });
    expect(done.problems.shown).toEqual([
      expect.objectContaining({ file: 'my-edit.csv', row: 2, column: 'qualifier', reason: 'unterminated quote: rows 3–6 are inside the quoted field opened here' }),
    ]);
  });
});
