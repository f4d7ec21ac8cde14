// The import worker answers a previewed file's views: the same models, tables and headlines the page
// would compute from the same rows, as plain data; and the file's rows are the ones answered for.
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { readDataDir } from '../../../scripts/readDataDir.ts';
import { validatePackage } from '../../../src/lib/data/validatePackage.ts';
import { dashboardData } from '../../../src/lib/data/dashboardData.ts';
import { headlines } from '../../../src/lib/dashboard/headlines.ts';
import { viewModel } from '../../../src/lib/catalogue/viewModels.ts';
import { toWire } from '../../../src/lib/catalogue/wireModel.ts';
import { VIEW_IDS } from '../../../src/lib/catalogue/catalogue.ts';
import { createPreviewHost } from '../../../src/lib/preview/previewHost.ts';
import { checkFile } from '../../../src/lib/preview/checkFile.ts';
import { DEFAULT_STATE } from '../../../src/lib/state/viewState.ts';
import type { ImportDone, ImportMessage } from '../../../src/lib/import/importProtocol.ts';

const { descriptor } = readDataDir('data');
const texts = Object.fromEntries(descriptor.resources.map((r) => [r.path, readFileSync(`data/${r.path}`, 'utf8')]));
const { tables } = validatePackage(descriptor, texts);
const state = { ...DEFAULT_STATE, start: 2018, end: 2023, countries: ['ISR'] };
const size = { width: 700, height: 600, hoverYear: 2020 };

describe('createPreviewHost', () => {
  const host = createPreviewHost(descriptor, tables, ['oil-exports']);
  const data = dashboardData({ descriptor, tables }, 'rows');

  it.each(VIEW_IDS)('answers %s as the page would draw it, as plain data', async (id) => {
    const answer = await host.answer({ ask: 'model', key: 'k', id, state, size });
    expect(answer).toEqual({ ask: 'model', key: 'k', model: toWire(viewModel(id, data, state, size)) });
    expect(structuredClone(answer)).toEqual(answer);
  });

  it("answers a view's table and download, and the headlines, for a state", async () => {
    const table = await host.answer({ ask: 'table', key: 't', id: 'oil', state, size });
    expect(table).toEqual({ ask: 'table', key: 't', table: await viewModel('oil', data, state, size).frame.table() });
    const download = await host.answer({ ask: 'download', key: 'd', id: 'oil', state, size });
    expect(download.ask === 'download' && download.download.rows.length).toBeGreaterThan(0);
    expect(await host.answer({ ask: 'headlines', key: 'h', state })).toEqual({ ask: 'headlines', key: 'h', headlines: headlines(data, state) });
  });

  it('sums up only the changed datasets, and tests the claims against the rows it holds', () => {
    expect(host.facts.summaries.map((s) => s.name)).toEqual(['oil-exports']);
    expect(host.facts.tested.length).toBeGreaterThan(0);
    expect(host.facts.sources.length).toBe(tables.sources!.kept);
  });
});

describe('checkFile', () => {
  it("answers the file's own figures: an edited value is in the oil table it builds", async () => {
    const lines = texts['oil-exports.csv']!.trimEnd().split('\n');
    const cells = lines[1]!.split(',');
    cells[4] = '123456789';
    const messages: ImportMessage[] = [];
    const file = new File([[lines[0], cells.join(','), ...lines.slice(2)].join('\n')], 'oil-exports.csv');
    const host = (await checkFile({ type: 'check', file, resource: null, descriptor, texts }, (m) => messages.push(m)))!;
    const done = messages.at(-1) as ImportDone;
    expect(done.tables['oil-exports']).toMatchObject({ kept: lines.length - 1, rows: [] });
    const year = Number(cells[1]!.slice(0, 4));
    const answer = await host.answer({ ask: 'table', key: 'x', id: 'oil', state: { ...DEFAULT_STATE, oil: cells[0]!, unit: cells[5]!, start: year, end: year }, size });
    expect(JSON.stringify(answer)).toContain('123,456,789');
  });
});
