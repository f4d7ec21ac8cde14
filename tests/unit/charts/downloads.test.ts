// Every view's download on the shipped data: names and citations beside the contract's columns, a
// note line and a file name that say what the file holds, and a file that loads back into the checker unchanged.
import { describe, it, expect } from 'vitest';
import { readDataDir } from '../../../scripts/readDataDir.ts';
import { codeCheck } from '../../../src/lib/data/isCountryCode.ts';
import { validateTable } from '../../../src/lib/data/validateTable.ts';
import type { ViewState } from '../../../src/lib/state/viewState.ts';
import type { ViewFrame } from '../../../src/lib/frame/viewFrame.ts';
import { downloadText } from '../../../src/lib/frame/downloadText.ts';
import { observationDownload } from '../../../src/lib/charts/observationDownload.ts';
import { oilView } from '../../../src/lib/charts/oil/oilView.ts';
import { visitsView } from '../../../src/lib/charts/visits/visitsView.ts';
import { armsView, data, investmentView, mini, obs, state } from './viewFixture.ts';

const { descriptor } = readDataDir('data');
const LINK = 'https://example.org/?countries=ISR';
const ISRAEL = state({ countries: ['ISR'] });

/** Checks a download's text as the page's checker would check a file the editor dropped. */
function check(text: string, resourceName: string) {
  const resource = descriptor.resources.find((r) => r.name === resourceName)!;
  return validateTable(text, resource, { isCode: codeCheck(descriptor), keys: new Map([['sources.source_id', new Set(data.sources.keys())]]) });
}

const VIEWS: [string, string, (s: ViewState) => ViewFrame][] = [
  ['oil', 'oil-exports', (s) => oilView(data, s).frame],
  ['oil, tracked flows', 'oil-exports', (s) => oilView(data, { ...s, oil: 'crude_oil_flows_tracked' }).frame],
  ['arms suppliers', 'defense-imports', (s) => armsView(data, s).frame],
  ['arms customers', 'defense-imports', (s) => armsView(data, { ...s, arms: 'customers' }).frame],
  ['arms shares', 'defense-imports', (s) => armsView(data, { ...s, arms: 'shares', start: 2000 }).frame],
  ['arms deals', 'defense-imports', (s) => armsView(data, { ...s, arms: 'deals', start: 2000 }).frame],
  ['investment flows', 'investment', (s) => investmentView(data, s).frame],
  ['investment projects', 'investment', (s) => investmentView(data, { ...s, investment: 'projects' }).frame],
  ['investment statements', 'investment', (s) => investmentView(data, { ...s, investment: 'cumulative', end: 2026 }).frame],
  ['visits', 'visits', (s) => visitsView(data, s).frame],
];

describe('a download loads back into the checker unchanged', () => {
  it.each(VIEWS)('%s: 0 problems, and the rows kept are the rows downloaded', async (_name, resource, frameOf) => {
    const frame = frameOf(state());
    const download = await frame.download();
    expect(download.rows.length).toBeGreaterThan(0);
    const result = check(downloadText(frame, download, LINK), resource);
    expect(result.errors).toEqual([]);
    expect(result.kept).toBe(download.rows.length);
    const contract = descriptor.resources.find((r) => r.name === resource)!.schema.fields.map((f) => f.name);
    expect(result.rows).toEqual(download.rows.map((row) => Object.fromEntries(contract.map((c) => [c, row[c] ?? null]))));
  });

  it('a column declared nowhere is still reported as unexpected, and the rows still kept', async () => {
    const frame = oilView(data, ISRAEL).frame;
    const download = await frame.download();
    const text = downloadText(frame, { ...download, columns: [...download.columns, 'my_remarks'] }, LINK);
    const result = check(text, 'oil-exports');
    expect(result.errors).toEqual([expect.objectContaining({ row: 1, value: 'my_remarks', reason: 'unexpected column(s): my_remarks (ignored)' })]);
    expect(result.kept).toBe(download.rows.length);
  });

  it('a bad cell in a download is reported on the line a spreadsheet shows (note line 1, header line 2)', async () => {
    const frame = oilView(data, ISRAEL).frame;
    const lines = downloadText(frame, await frame.download(), LINK).split('\n');
    lines[2] = lines[2]!.replace(',tonnes,', ',tons,');
    expect(check(lines.join('\n'), 'oil-exports').errors).toEqual([expect.objectContaining({ row: 3, column: 'unit', value: 'tons' })]);
  });
});

describe('a download holds names and citations', () => {
  it('oil with Israel selected: the file name and note line say the selection, each row names both ends and cites its source', async () => {
    const frame = oilView(data, ISRAEL).frame;
    const download = await frame.download();
    expect(download.filename).toBe('oil-crude_oil_exports-tonnes-2014-2024-ISR.csv');
    const [note, header] = downloadText(frame, download, LINK).split('\n');
    expect(note).toBe(
      `# Crude oil exports: ${frame.subtitle} · limited to Israel (the selection) · ${download.rows.length} rows · add up only rows of one indicator and unit with an empty sum_note · ${LINK}`,
    );
    expect(header).toBe('indicator,period,from,to,value,unit,qualifier,item,source_id,note,from_name,to_name,sum_note,source_publisher,source_title,source_published,source_url');
    for (const row of download.rows) {
      const source = data.sources.get(row.source_id as string)!;
      expect(row).toMatchObject({ from_name: 'Azerbaijan', to_name: 'Israel', source_publisher: source.publisher, source_title: source.title });
      expect(row.source_url).toMatch(/^https?:\/\//);
    }
  });

  it('without a selection the file name and note say nothing of one', async () => {
    const frame = oilView(data, state()).frame;
    const download = await frame.download();
    expect(download.filename).toBe('oil-crude_oil_exports-tonnes-2014-2024.csv');
    expect(download.limitedTo).toEqual([]);
    expect(downloadText(frame, download, LINK).split('\n')[0]).not.toContain('selection');
  });

  it('several selected partners are named in the file name by code and in the note by name', async () => {
    const frame = investmentView(data, state({ countries: ['ARE', 'GBR'] })).frame;
    expect((await frame.download()).filename).toBe('investment-flows-2014-2024-ARE-GBR.csv');
    expect(downloadText(frame, await frame.download(), LINK).split('\n')[0]).toContain('limited to United Arab Emirates and United Kingdom (the selection)');
  });

  it("arms customers: Israel's recipients are context a selection does not limit, so neither name nor note says it did", async () => {
    const frame = armsView(data, state({ arms: 'customers', countries: ['ISR'] })).frame;
    expect((await frame.download()).filename).toBe('arms-customers-2014-2024.csv');
    expect((await frame.download()).limitedTo).toEqual([]);
  });

  it('a world total is named and marked as a total; a source URL that is not http(s) is left out', () => {
    const sources = new Map([
      ['a', { source_id: 'a', publisher: 'Alpha', title: 'Figures', url: 'javascript:alert(1)', published: '2024', evidence: null }],
    ]);
    const rows = [obs({ to: 'WLD', indicator: 'crude_oil_exports_total' })];
    const [row] = observationDownload(rows, { ...mini({}), sources }, 'oil-exports', { filename: 'x.csv', limitedTo: [] }).rows;
    expect(row).toMatchObject({
      to: 'WLD', to_name: 'World (all partners)', sum_note: 'total for World (all partners); do not add it to the rows of its parts',
      source_publisher: 'Alpha', source_title: 'Figures', source_published: '2024', source_url: '',
    });
  });
});
