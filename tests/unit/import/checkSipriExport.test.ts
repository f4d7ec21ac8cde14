import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { readDataDir } from '../../../scripts/readDataDir.ts';
import { checkFile } from '../../../src/lib/preview/checkFile.ts';
import type { ImportDone, ImportMessage } from '../../../src/lib/import/importProtocol.ts';
import { fixture } from './sipri/fixture.ts';

const { descriptor } = readDataDir('data');
const texts = Object.fromEntries(descriptor.resources.map((r) => [r.path, readFileSync(`data/${r.path}`, 'utf8')]));

async function run(body: BlobPart, name: string, resource: string | null = null): Promise<ImportMessage[]> {
  const messages: ImportMessage[] = [];
  await checkFile({ type: 'check', file: new File([body], name), resource, descriptor, texts }, (m) => messages.push(m));
  return messages;
}

describe("checkSipriExport (through the worker's checkFile)", () => {
  it('a SIPRI trade register is imported into defense-imports and sources, checked, and posted once with its summary', async () => {
    const messages = await run(fixture('register_deliveries_with_notes.csv'), 'trade_register.csv');
    expect(messages.filter((m) => m.type !== 'progress')).toHaveLength(1);
    const done = messages.at(-1) as ImportDone;
    expect(done).toMatchObject({ type: 'done', resource: 'defense-imports', by: 'sipri', problems: { total: 0 } });
    expect(Object.keys(done.tables).sort()).toEqual(['defense-imports', 'sources']);
    expect(done.sipri).toMatchObject({ layout: 'register-deliveries', sourceId: 'sipri_register_2026_02_12', rowsWritten: 36 });
    // The rows stay in the worker; the Data panel's summary of the previewed dataset cites the import.
    expect(done.tables['defense-imports']!.rows).toEqual([]);
    expect(done.facts.summaries.find((d) => d.name === 'defense-imports')!.sourceIds).toContain('sipri_register_2026_02_12');
  });

  it('a SIPRI export stays defence imports when the reader chose another dataset', async () => {
    const done = (await run(fixture('tiv_table_with_notes.csv'), 'tiv.csv', 'oil-exports')).at(-1) as ImportDone;
    expect(done).toMatchObject({ resource: 'defense-imports', by: 'sipri', sipri: { layout: 'tiv-table' } });
  });

  it("does not take an editor's own defense-imports.csv, even with a row that looks like a TIV table's header", async () => {
    const own = `${texts['defense-imports.csv']!.split('\n').slice(0, 3).join('\n')}\n,2019,AZE,ISR,1,tiv_millions,exact,,sipri_tiv_tables_2022,\n`;
    const done = (await run(own, 'my-copy.csv')).at(-1) as ImportDone;
    expect(done).toMatchObject({ resource: 'defense-imports', by: 'indicators' });
    expect(done.sipri).toBeUndefined();
    expect(done.problems.total).toBe(1);
  });
});
