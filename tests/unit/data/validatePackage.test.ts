import { describe, it, expect } from 'vitest';
import { validatePackage } from '../../../src/lib/data/validatePackage.ts';
import { formatDataError } from '../../../src/lib/data/dataError.ts';
import { miniPackage, OBS_HEADER, SOURCES } from '../fixtures/miniPackage.ts';

const GOOD = 'crude_oil_exports,2023,AZE,ISR,2200000,tonnes,approx,,a,Rounded';

function checkObs(body: string, header = OBS_HEADER) {
  return validatePackage(miniPackage, { 'obs.csv': `${header}\n${body}\n`, 'events.csv': 'start_date,host,people,code\n', 'sources.csv': SOURCES }).tables.obs!;
}
function checkEvents(body: string) {
  return validatePackage(miniPackage, { 'obs.csv': `${OBS_HEADER}\n`, 'events.csv': `start_date,host,people,code\n${body}\n`, 'sources.csv': SOURCES }).tables.events!;
}

describe('validateTable reports each bad row with row, column and reason', () => {
  it.each([
    ['unknown indicator', 'crude_oil_export,2023,AZE,ISR,1,tonnes,exact,,a,', 'indicator', /declared values/],
    ['empty required indicator', ',2023,AZE,ISR,1,tonnes,exact,,a,', 'indicator', /required/],
    ['month 13', 'crude_oil_exports,2023-13,AZE,ISR,1,tonnes,exact,,a,', 'period', /bad period.*01–12/],
    ['reversed range', 'crude_oil_exports,2024/2023,AZE,ISR,1,tonnes,exact,,a,', 'period', /bad period.*end after/],
    ['garbled year', 'crude_oil_exports,20X3,AZE,ISR,1,tonnes,exact,,a,', 'period', /bad period/],
    ['unknown code', 'crude_oil_exports,2023,AZE,ISX,1,tonnes,exact,,a,', 'to', /unknown country code/],
    ['alpha-2 code', 'crude_oil_exports,2023,AZ,ISR,1,tonnes,exact,,a,', 'from', /unknown country code/],
    ['numeric code', 'crude_oil_exports,2023,031,ISR,1,tonnes,exact,,a,', 'from', /unknown country code/],
    ['undeclared aggregate', 'crude_oil_exports,2023,AZE,EUU,1,tonnes,exact,,a,', 'to', /unknown country code/],
    ['lower-case code', 'crude_oil_exports,2023,aze,ISR,1,tonnes,exact,,a,', 'from', /unknown country code/],
    ['text as number', 'crude_oil_exports,2023,AZE,ISR,2.2 Mt,tonnes,exact,,a,', 'value', /not a number/],
    ['thousands separator', 'crude_oil_exports,2023,AZE,ISR,"2,200,000",tonnes,exact,,a,', 'value', /not a number/],
    ['missing value', 'crude_oil_exports,2023,AZE,ISR,,tonnes,exact,,a,', 'value', /required/],
    ['undeclared unit', 'crude_oil_exports,2023,AZE,ISR,1,barrels,exact,,a,', 'unit', /declared values/],
    ['undeclared qualifier', 'crude_oil_exports,2023,AZE,ISR,1,tonnes,about,,a,', 'qualifier', /declared values/],
    ['unknown source', 'crude_oil_exports,2023,AZE,ISR,1,tonnes,exact,,zzz,', 'source_id', /unknown source_id/],
    ['too few fields', 'crude_oil_exports,2023,AZE,ISR,1', '', /5 fields, header has 10/],
    ['too many fields', `${GOOD},extra`, '', /11 fields, header has 10/],
  ])('%s', (_label, row, column, reason) => {
    const t = checkObs(`${GOOD}\n${row}`);
    expect(t.errors).toHaveLength(1);
    expect(t.errors[0]).toMatchObject({ file: 'obs.csv', row: 3, column });
    expect(t.errors[0]!.reason).toMatch(reason);
    expect(t.kept).toBe(1);
  });

  it('a duplicate row is rejected and points at the first', () => {
    const t = checkObs(`${GOOD}\n${GOOD.replace('Rounded', 'other note')}`);
    expect(t.errors).toEqual([expect.objectContaining({ row: 3, column: '', reason: expect.stringMatching(/duplicate of row 2/) })]);
  });

  it.each([
    ['not a date', '2023-02-30,ARE,1,abc', 'start_date', /not a date/],
    ['US date', '02/15/2023,ARE,1,abc', 'start_date', /not a date/],
    ['fractional integer', '2023-02-15,ARE,1.5,abc', 'people', /not an integer/],
    ['pattern', '2023-02-15,ARE,1,ABC', 'code', /pattern/],
  ])('events: %s', (_label, row, column, reason) => {
    const t = checkEvents(row);
    expect(t.errors).toEqual([expect.objectContaining({ file: 'events.csv', row: 2, column, reason: expect.stringMatching(reason) })]);
  });
});

describe('validateTable reports file-level problems on row 1 with no column', () => {
  it.each([
    ['empty file', '', /empty file/],
    ['whitespace only', '  \n\n', /empty file/],
    ['JSON instead of CSV', '{"rows": [1, 2, 3]}', /not a CSV file/],
    ['binary', 'PK\u0003\u0004\u0000\u0000garbage', /binary/],
    ['missing column', 'indicator,period,from,to,value,unit,qualifier,item,note\n', /missing column\(s\): source_id/],
  ])('%s', (_label, text, reason) => {
    const t = validatePackage(miniPackage, { 'obs.csv': text, 'events.csv': 'start_date,host,people,code\n', 'sources.csv': SOURCES }).tables.obs!;
    expect(t.errors[0]).toMatchObject({ file: 'obs.csv', row: 1, column: '' });
    expect(t.errors[0]!.reason).toMatch(reason);
    expect(t.kept).toBe(0);
  });

  it('an extra column is reported and the rows are still kept', () => {
    const t = checkObs(`${GOOD},x`, `${OBS_HEADER},comment`);
    expect(t.errors).toEqual([expect.objectContaining({ row: 1, column: '', reason: expect.stringMatching(/unexpected column/) })]);
    expect(t.kept).toBe(1);
  });

  it("a download's declared readable columns are not reported, and their cells are not read", () => {
    const t = checkObs(`${GOOD},Azerbaijan,Israel,,Pub,"Title, with comma",2024,https://example.org/a`, `${OBS_HEADER},from_name,to_name,sum_note,source_publisher,source_title,source_published,source_url`);
    expect(t.errors).toEqual([]);
    expect(t.rows[0]).not.toHaveProperty('from_name');
    expect(t.kept).toBe(1);
  });

  it('a column declared nowhere is still reported beside the readable ones', () => {
    const t = checkObs(`${GOOD},Israel,x`, `${OBS_HEADER},to_name,remarks`);
    expect(t.errors).toEqual([expect.objectContaining({ row: 1, value: 'remarks', reason: 'unexpected column(s): remarks (ignored)' })]);
  });

  it("the note lines above the header are skipped and rows keep a spreadsheet's numbers", () => {
    const text = `# Crude oil exports, tonnes, 2014–2024 · 2 rows\n${OBS_HEADER}\n${GOOD}\ncrude_oil_exports,2023,AZE,ISR,x,tonnes,exact,,a,\n`;
    const t = validatePackage(miniPackage, { 'obs.csv': text, 'events.csv': 'start_date,host,people,code\n', 'sources.csv': SOURCES }).tables.obs!;
    expect(t.read).toBe(2);
    expect(t.kept).toBe(1);
    expect(t.errors).toEqual([expect.objectContaining({ row: 4, column: 'value' })]);
  });

  it('a file of note lines only is an empty file', () => {
    const t = validatePackage(miniPackage, { 'obs.csv': '# only a note\n', 'events.csv': 'start_date,host,people,code\n', 'sources.csv': SOURCES }).tables.obs!;
    expect(t.errors).toEqual([expect.objectContaining({ row: 1, reason: expect.stringMatching(/empty file/) })]);
  });

  it('a missing file is a file-level error and the other files still load', () => {
    const r = validatePackage(miniPackage, { 'events.csv': 'start_date,host,people,code\n2023-01-01,ARE,,\n', 'sources.csv': SOURCES });
    expect(r.tables.obs!.errors[0]).toMatchObject({ row: 1, column: '', reason: 'file could not be read' });
    expect(r.tables.events!.kept).toBe(1);
  });
});

describe('validateTable types columns from the schema, never by guessing', () => {
  it('numbers become numbers, empty optional cells null, codes stay text', () => {
    const t = checkObs(GOOD);
    expect(t.rows[0]).toMatchObject({ value: 2200000, item: null, from: 'AZE', period: '2023' });
  });

  it('quoted commas and newlines in a note keep the row whole and the row numbers right', () => {
    const t = checkObs(`crude_oil_exports,2023,AZE,ISR,1,tonnes,exact,,a,"line one,\nline two"\ncrude_oil_exports,2023,AZE,ISR,x,tonnes,exact,,a,`);
    expect(t.rows[0]!.note).toBe('line one,\nline two');
    expect(t.errors[0]).toMatchObject({ row: 3, column: 'value' });
  });

  it('a blank line keeps later rows numbered as a spreadsheet numbers them', () => {
    const t = checkObs(`${GOOD}\n\ncrude_oil_exports,2023,AZE,ISR,x,tonnes,exact,,a,`);
    expect(t.errors[0]).toMatchObject({ row: 4, column: 'value' });
    expect(t.read).toBe(2);
  });

  it('formatDataError prints file:row:column value — reason', () => {
    const t = checkObs('crude_oil_exports,2023-13,AZE,ISR,1,tonnes,exact,,a,');
    expect(formatDataError(t.errors[0]!)).toBe('obs.csv:2:period "2023-13" — bad period: month must be 01–12, got "13"');
  });
});

describe('rows read = rows kept + rows rejected', () => {
  it.each([
    ['all good', `${GOOD}\ncrude_oil_exports,2024,AZE,ISR,1,tonnes,exact,,a,`],
    ['mixed', `${GOOD}\nx,2023,AZE,ISR,1,tonnes,exact,,a,\ncrude_oil_exports,2023,AZE,ISR,,tonnes,exact,,a,\n${GOOD}`],
    ['one row with several errors', 'x,20X3,AZ,ISR,y,t,q,,zzz,'],
  ])('%s', (_label, body) => {
    const t = checkObs(body);
    expect(t.read).toBe(t.kept + t.rejected);
    expect(t.read).toBe(body.split('\n').length);
  });
});

describe('validatePackage keeps a few problems per file in full and counts them all', () => {
  const body = Array.from({ length: 300 }, (_, i) => `crude_oil_exports,2023,AZE,ISR,x${i},tonnes,exact,,a,`).join('\n');
  const texts = { 'obs.csv': `${OBS_HEADER}\n${body}\n`, 'events.csv': 'start_date,host,people,code\n2023-01-01,ARE,,\n', 'sources.csv': SOURCES };

  it('200 by default, with the total of every file', () => {
    const r = validatePackage(miniPackage, texts);
    expect(r.errors).toHaveLength(200);
    expect(r.problemsTotal).toBe(300);
    expect(r.tables.obs!.problemCounts.get('value: not a number')).toBe(300);
  });

  it('as many as asked, and problems found before parsing first', () => {
    const r = validatePackage(miniPackage, texts, { maxProblems: 10, fileProblems: { 'obs.csv': [{ row: 4, column: '', value: '', reason: 'not UTF-8 text' }] } });
    expect(r.errors).toHaveLength(10);
    expect(r.errors[0]).toMatchObject({ file: 'obs.csv', row: 4, reason: 'not UTF-8 text' });
    expect(r.problemsTotal).toBe(301);
  });
});
