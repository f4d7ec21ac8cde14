// The build's check of data/ is what the page draws: each checked table unpacks to exactly the rows,
// counts and problems the validator gives the CSV, and a bad file's problems travel with it.
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { mkdtempSync, cpSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readDataDir } from '../../../scripts/readDataDir.ts';
import { checkedFiles } from '../../../scripts/data/checkedFiles.ts';
import { packTable, unpackTable, type CheckedPackage, type CheckedTable } from '../../../src/lib/data/checkedTable.ts';
import { loadPackage, packageFileFor } from '../../../src/lib/data/loadPackage.ts';
import { FLOW_LAYERS, mapReads } from '../../../src/lib/map/layers.ts';
import { flowsFor } from '../../../src/lib/map/layerFlows.ts';
import { layerFigures } from '../../../src/lib/map/emptyMessage.ts';
import { dashboardData } from '../../../src/lib/data/dashboardData.ts';
import { EDITIONS } from '../../../src/lib/state/viewState.ts';
import { VIEW_DATASETS } from '../../../scripts/firstDrawChunks.ts';
import type { Resource, Row } from '../../../src/lib/data/types.ts';
import type { TableResult } from '../../../src/lib/data/tableValidator.ts';

/** The checked file of every table (what the dashboard loads). */
const everyTable = (files: Map<string, string>) => JSON.parse(files.get('checked/package.json')!) as CheckedPackage;
const checked = (files: Map<string, string>, name: string): CheckedTable => everyTable(files).tables[name]!;

/** A fetch serving the checked `files` under `base`, noting each path asked for in `asked`. */
function servedAt(base: string, files: Map<string, string>, asked: string[] = []): typeof fetch {
  return (async (url: string) => {
    const file = url.replace(base, '');
    asked.push(file);
    const text = files.get(file);
    return text === undefined ? new Response('', { status: 404 }) : new Response(text);
  }) as typeof fetch;
}

describe('checked tables', () => {
  it('unpack to the validated tables of the shipped data, row for row', () => {
    const { descriptor, tables } = readDataDir('data');
    const files = checkedFiles('data');
    const every = everyTable(files);
    expect(every.descriptor).toEqual(JSON.parse(readFileSync('data/datapackage.json', 'utf8')));
    for (const r of descriptor.resources) expect(unpackTable(every.tables[r.name]!)).toEqual(tables[r.name]);
  });

  it("carry a bad file's problems and keep its valid rows", () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'checked-'));
    try {
      cpSync('data', dir, { recursive: true });
      const oil = readFileSync(path.join(dir, 'oil-exports.csv'), 'utf8').trimEnd();
      writeFileSync(path.join(dir, 'oil-exports.csv'), `${oil}\ncrude_oil_exports,2019-13,AZE,ISR,1,tonnes,exact,,todayaz_2019_h1,\n`);
      const oilChecked = checked(checkedFiles(dir), 'oil-exports');
      expect(oilChecked).toMatchObject({ kept: 129, rejected: 1, problemsTotal: 1 });
      expect(oilChecked.errors[0]).toMatchObject({ file: 'oil-exports.csv', row: 131, column: 'period' });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('write a column of few texts once, each cell as its place in the list, and leave numbers and mostly distinct texts as they are', () => {
    const files = checkedFiles('data');
    const arms = checked(files, 'defense-imports');
    expect(Object.keys(arms.dictionaries)).toEqual(expect.arrayContaining(['indicator', 'period', 'from', 'to', 'unit', 'qualifier', 'source_id']));
    expect(arms.dictionaries.value).toBeUndefined();
    const indicator = arms.columns.indexOf('indicator');
    expect(arms.rows.every((cells) => typeof cells[indicator] === 'number')).toBe(true);
    // The file the page parses: a fraction of the rows written out as text.
    const asText = JSON.stringify(unpackTable(arms).rows.map((r) => arms.columns.map((c) => r[c] ?? null)));
    expect(JSON.stringify(arms).length).toBeLessThan(asText.length * 0.4);
    // Sources: one row per source_id, each url its own; no list would be shorter than the cells.
    const sources = checked(files, 'sources');
    expect(sources.dictionaries.source_id).toBeUndefined();
    expect(sources.dictionaries.url).toBeUndefined();
  });

  it('carry the ISO names of the countries in their rows, and no others, for the page to name them', () => {
    const { descriptor, tables } = readDataDir('data');
    const files = checkedFiles('data');
    for (const r of descriptor.resources) {
      const codeColumns = r.schema.fields.filter((f) => f['x-codes'] === 'country').map((f) => f.name);
      const codes = new Set(tables[r.name]!.rows.flatMap((row) => codeColumns.map((c) => row[c])));
      const { names } = checked(files, r.name);
      for (const code of Object.keys(names)) expect(codes.has(code), `${r.name}: ${code}`).toBe(true);
      // Every country the rows hold is named; only the package's aggregates (WLD, REG_…) are not.
      const aggregates = new Set(descriptor['x-aggregates'].map((a) => a.code));
      for (const code of codes) if (typeof code === 'string' && !aggregates.has(code)) expect(names[code], `${r.name}: ${code}`).toBeDefined();
    }
    expect(checked(files, 'oil-exports').names).toMatchObject({ ISR: 'Israel', AZE: 'Azerbaijan' });
    expect(checked(files, 'sources').names).toEqual({});
  });

  it('unpack to the table packed, whatever its texts, numbers and empty cells', () => {
    const columns = ['a', 'b', 'c'];
    const resource = { schema: { fields: columns.map((name) => ({ name, type: 'string' })) } } as unknown as Resource;
    const cell = fc.oneof(fc.constantFrom('ISR', 'USA', '2019', '', '0', '__proto__'), fc.string({ maxLength: 3 }), fc.integer({ min: -3, max: 3 }), fc.double({ noNaN: true }), fc.constant(null));
    const row = fc.tuple(cell, cell, cell).map(([a, b, c]): Row => ({ a, b, c }));
    fc.assert(
      fc.property(fc.array(row, { maxLength: 40 }), (rows) => {
        const table: TableResult = { resource: 'r', file: 'r.csv', rows, read: rows.length, kept: rows.length, rejected: 0, errors: [], problemCounts: new Map(), problemsTotal: 0, delimiter: ',' };
        const again = unpackTable(JSON.parse(JSON.stringify(packTable(table, resource, {}))) as CheckedTable);
        expect(again.rows).toEqual(rows.map((r) => JSON.parse(JSON.stringify(r)) as Row));
      }),
    );
  });

  it('a page of one view of one dataset (an embed) loads one file: the whole dataset, only the sources its rows cite, each as the full table has it, with the report on the whole file, and a descriptor of what it loads', async () => {
    const { descriptor } = readDataDir('data');
    const files = checkedFiles('data');
    const full = unpackTable(checked(files, 'sources'));
    const byId = new Map(full.rows.map((r) => [r.source_id, r]));
    const citing = descriptor.resources.filter((r) => r.schema.foreignKeys?.some((fk) => fk.reference.resource === 'sources'));
    expect(citing.map((r) => r.name)).toEqual(['oil-exports', 'defense-imports', 'investment', 'visits']);
    const views = (Object.entries(VIEW_DATASETS) as [string, readonly string[]][]).filter(([, datasets]) => datasets.length === 1);
    expect(views.map(([, [name]]) => name)).toEqual(citing.map((r) => r.name));
    for (const [view, [name]] of views) {
      const asked: string[] = [];
      const pkg = await loadPackage('/data/', servedAt('/data/', files, asked), { datasets: [name!], view });
      expect(asked, view).toEqual([`checked/${view}/package.json`]);
      expect(Object.keys(pkg.tables).sort(), view).toEqual([name, 'sources'].sort());
      expect(pkg.tables[name!], view).toEqual(unpackTable(checked(files, name!)));
      // The resources it loads as published, the others by name, path and title (their CSVs' links still work).
      const { resources, ...fields } = descriptor;
      expect({ ...pkg.descriptor, resources: [] }, view).toEqual({ ...fields, resources: [] });
      expect(pkg.descriptor.resources.filter((d) => d.name === name || d.name === 'sources'), view).toEqual(resources.filter((d) => d.name === name || d.name === 'sources'));
      for (const other of pkg.descriptor.resources.filter((d) => d.name !== name && d.name !== 'sources')) expect(Object.keys(other), `${view}: ${other.name}`).toEqual(['name', 'path', 'title']);
      expect(pkg.urls).toEqual(Object.fromEntries(resources.map((d) => [d.name, `/data/${d.path}`])));
      const cited = new Set(pkg.tables[name!]!.rows.map((row) => row.source_id));
      const sources = pkg.tables.sources!;
      expect(new Set(sources.rows.map((row) => row.source_id)), view).toEqual(cited);
      for (const row of sources.rows) expect(row, `${view}: ${row.source_id}`).toEqual(byId.get(row.source_id));
      expect(sources.rows.length, view).toBeLessThan(full.rows.length / 3);
      expect({ ...sources, rows: [] }, view).toEqual({ ...full, rows: [] });
      expect(pkg.errors, view).toEqual([]);
    }
  });

  it("the map's page loads one file: of each dataset the rows the map reads, in the file's order, the sources those cite, and the report on every whole file", async () => {
    const files = checkedFiles('data');
    const asked: string[] = [];
    const pkg = await loadPackage('/data/', servedAt('/data/', files, asked), { datasets: VIEW_DATASETS.map, view: 'map' });
    expect(asked).toEqual(['checked/map/package.json']);
    expect(Object.keys(pkg.tables).sort()).toEqual([...VIEW_DATASETS.map, 'sources'].sort());
    const cited = new Set<unknown>();
    for (const name of VIEW_DATASETS.map) {
      const whole = unpackTable(checked(files, name));
      expect(pkg.tables[name]!.rows, name).toEqual(whole.rows.filter((row) => mapReads(name, row)));
      expect({ ...pkg.tables[name], rows: [] }, name).toEqual({ ...whole, rows: [] });
      for (const row of pkg.tables[name]!.rows) cited.add(row.source_id);
    }
    // The map reads one indicator of each observation table: most of defence imports' rows are other indicators and customers.
    expect(pkg.tables['defense-imports']!.rows.length).toBeLessThan(unpackTable(checked(files, 'defense-imports')).rows.length / 3);
    expect(pkg.tables.visits!.rows).toEqual(unpackTable(checked(files, 'visits')).rows);
    expect(new Set(pkg.tables.sources!.rows.map((row) => row.source_id))).toEqual(cited);
    expect(Object.keys(pkg.descriptor.resources.find((r) => r.name === 'claims')!)).toEqual(['name', 'path', 'title']);
    expect(pkg.errors).toEqual([]);
  });

  it("the map draws the same from its file as from every table: each layer's flows and the years with figures, in either edition, over the whole range and each year", async () => {
    const files = checkedFiles('data');
    const page = { datasets: VIEW_DATASETS.map };
    const whole = dashboardData(await loadPackage('/data/', servedAt('/data/', files), page));
    const cut = dashboardData(await loadPackage('/data/', servedAt('/data/', files), { ...page, view: 'map' }));
    const { minYear, maxYear } = whole.domain;
    const ranges = [{ start: minYear, end: maxYear }, ...Array.from({ length: maxYear - minYear + 1 }, (_, i) => ({ start: minYear + i, end: minYear + i }))];
    for (const edition of EDITIONS) {
      for (const layer of FLOW_LAYERS) expect(layerFigures(cut, layer, edition), `${edition} ${layer}`).toEqual(layerFigures(whole, layer, edition));
      for (const years of ranges) expect(flowsFor(cut, FLOW_LAYERS, edition, years), `${edition} ${years.start}-${years.end}`).toEqual(flowsFor(whole, FLOW_LAYERS, edition, years));
    }
    // Not a comparison of nothing: the whole range has flows in every layer.
    expect(new Set(flowsFor(cut, FLOW_LAYERS, 'register2026', ranges[0]!).map((f) => f.layer))).toEqual(new Set(FLOW_LAYERS));
  });

  it('a page of several views, or of every one, loads one file: the published descriptor and every table, and unpacks only what it wants', async () => {
    expect(packageFileFor({ datasets: ['oil-exports'], view: 'oil' })).toBe('checked/oil/package.json');
    for (const page of [undefined, { datasets: ['oil-exports', 'visits'] }]) expect(packageFileFor(page)).toBe('checked/package.json');
    const asked: string[] = [];
    const pkg = await loadPackage('/data/', servedAt('/data/', checkedFiles('data'), asked), { datasets: ['oil-exports', 'visits'] });
    expect(asked).toEqual(['checked/package.json']);
    expect(Object.keys(pkg.tables).sort()).toEqual(['oil-exports', 'sources', 'visits']);
    expect(pkg.tables.sources!.rows.length).toBe(checked(checkedFiles('data'), 'sources').rows.length);
    expect(pkg.descriptor).toEqual(JSON.parse(readFileSync('data/datapackage.json', 'utf8')));
  });

  it('a damaged checked copy is reported with where it is damaged; the other tables still load', async () => {
    const files = checkedFiles('data');
    const every = everyTable(files);
    const oil = every.tables['oil-exports']!;
    oil.rows[4]![oil.columns.indexOf('period')] = 9999;
    delete every.tables.investment;
    files.set('checked/package.json', JSON.stringify(every));
    const pkg = await loadPackage('/data/', servedAt('/data/', files));
    expect(pkg.tables['oil-exports']!.rows).toEqual([]);
    expect(pkg.errors).toEqual([
      expect.objectContaining({ file: 'oil-exports.csv', reason: expect.stringMatching(/damaged: kept row 5, period 9999 is not one of the column's \d+ texts/) }),
      expect.objectContaining({ file: 'investment.csv', reason: expect.stringMatching(/checked copy \(checked\/package\.json\) has no table investment/) }),
    ]);
    expect(pkg.tables['defense-imports']!.rows.length).toBe(2368);
  });

  it('a checked file that is missing or not JSON fails the load, naming the file', async () => {
    const files = checkedFiles('data');
    files.set('checked/oil/package.json', files.get('checked/oil/package.json')!.slice(0, 500));
    await expect(loadPackage('/data/', servedAt('/data/', files), { datasets: ['oil-exports'], view: 'oil' })).rejects.toThrow(/^checked\/oil\/package\.json: .*JSON/);
    files.delete('checked/package.json');
    await expect(loadPackage('/data/', servedAt('/data/', files))).rejects.toThrow('checked/package.json: HTTP 404');
  });
});
