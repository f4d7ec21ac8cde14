import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { readDataDir } from '../../../scripts/readDataDir.ts';
import { importCsv } from '../../../src/lib/import/importCsv.ts';
import { readCsvFile } from '../../../src/lib/import/readCsvFile.ts';
import type { ImportDone, ImportMessage, ImportRequest } from '../../../src/lib/import/importProtocol.ts';

const { descriptor } = readDataDir('data');
const texts = Object.fromEntries(descriptor.resources.map((r) => [r.path, readFileSync(`data/${r.path}`, 'utf8')]));
const oil = texts['oil-exports.csv']!;

async function run(body: BlobPart, name: string, resource: string | null = null): Promise<ImportMessage[]> {
  const messages: ImportMessage[] = [];
  const request: ImportRequest = { type: 'check', file: new File([body], name), resource, descriptor, texts };
  await importCsv(request, (m) => messages.push(m));
  return messages;
}

describe('importCsv', () => {
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
      await importCsv({ type: 'check', file: new File([body], 'oil-exports.csv'), resource: null, descriptor, texts }, (m) => messages.push(m), 100, now);
      return messages;
    };
    const frozen = await count(() => 0);
    expect(frozen.map((m) => (m.type === 'progress' ? m.stage : m.type))).toEqual(['read', 'validate', 'done']);
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

  it('readCsvFile parses a quoted row cut across two slices whole', async () => {
    let rows = 0;
    const text = await readCsvFile(new File(['a,"b\nc",d\n1,2,3\n'], 'x.csv'), { records: (r) => (rows += r.length), progress: () => {} }, 5);
    expect(text).toBe('a,"b\nc",d\n1,2,3\n');
    expect(rows).toBe(2);
  });
});
