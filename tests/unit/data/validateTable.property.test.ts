// Properties of the validator over inputs nobody wrote by hand: it never throws, it counts every
// row, and what the app writes (toCsv, a view's download) reads back as the same rows.
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { validateTable } from '../../../src/lib/data/validateTable.ts';
import { createTableValidator } from '../../../src/lib/data/tableValidator.ts';
import { createCsvReader } from '../../../src/lib/data/csvReader.ts';
import { codeCheck } from '../../../src/lib/data/isCountryCode.ts';
import { toCsv } from '../../../src/lib/export/toCsv.ts';
import { downloadText } from '../../../src/lib/frame/downloadText.ts';
import { oilView } from '../../../src/lib/charts/oil/oilView.ts';
import { visitsView } from '../../../src/lib/charts/visits/visitsView.ts';
import type { Row } from '../../../src/lib/data/types.ts';
import { miniPackage, OBS_HEADER } from '../fixtures/miniPackage.ts';
import { data, state } from '../charts/viewFixture.ts';

const obs = miniPackage.resources.find((r) => r.name === 'obs')!;
const ctx = { isCode: codeCheck(miniPackage), keys: new Map([['sources.source_id', new Set(['a', 'b'])]]) };

/** Characters that break CSV readers: quotes, delimiters, line ends, NUL, BOM, U+FFFD, a note marker. */
const hostile = fc.constantFrom('"', ',', ';', '\t', '\n', '\r', '\r\n', '\u0000', '\uFEFF', '\uFFFD', '#', ' ', 'é', '😀', 'a', '1');
const hostileText = fc.array(fc.oneof(hostile, fc.string({ unit: 'grapheme', maxLength: 4 })), { maxLength: 60 }).map((parts) => parts.join(''));
const GOOD = 'crude_oil_exports,2023,AZE,ISR,1,tonnes,exact,,a,';

describe('validateTable on arbitrary text', () => {
  it('never throws and always has read = kept + rejected', () => {
    fc.assert(
      fc.property(fc.boolean(), fc.array(fc.oneof(hostileText, fc.constant(GOOD)), { maxLength: 8 }), (withHeader, lines) => {
        const text = [...(withHeader ? [OBS_HEADER] : []), ...lines].join('\n');
        const t = validateTable(text, obs, ctx);
        expect(t.read).toBe(t.kept + t.rejected);
        expect(t.rows).toHaveLength(t.kept);
        expect(t.problemsTotal).toBeGreaterThanOrEqual(t.errors.length);
        for (const e of t.errors) expect(e.row).toBeGreaterThanOrEqual(1);
      }),
      { numRuns: 500 },
    );
  });

  it('gives the same result read in pieces cut anywhere (as the import worker reads a file) as read whole', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(hostileText, fc.constant(GOOD)), { maxLength: 8 }), fc.array(fc.nat(400), { maxLength: 6 }), (lines, cuts) => {
        const text = [OBS_HEADER, ...lines].join('\n');
        const v = createTableValidator(obs, ctx);
        const reader = createCsvReader(v, obs);
        let at = 0;
        // Cuts land inside cells, quotes, CRLF pairs and surrogate-free characters alike.
        for (const end of [...cuts.map((c) => Math.min(c, text.length)).sort((a, b) => a - b), text.length]) {
          reader.push(text.slice(at, end));
          at = end;
        }
        const delimiter = reader.end();
        expect({ ...v.finish(), delimiter }).toEqual(validateTable(text, obs, ctx));
      }),
      { numRuns: 500 },
    );
  });

  it('counts every non-blank line as a row when no quote joins lines', () => {
    const line = hostileText.map((s) => s.replace(/["\r\n]/g, ''));
    fc.assert(
      fc.property(fc.array(line, { maxLength: 10 }), (lines) => {
        const t = validateTable([OBS_HEADER, ...lines].join('\n'), obs, ctx);
        expect(t.read).toBe(lines.filter((l) => l !== '').length);
      }),
    );
  });
});

const ISO = ['ISR', 'USA', 'ARE', 'TUR', 'AZE', 'WLD'];
/** A note as a download writes it back unchanged: a cell starting like a formula is neutralised on
 *  purpose, and a CR inside a cell is read as a line end. */
const note = fc.string({ unit: 'grapheme', maxLength: 30 }).filter((s) => !/^[=+\-@\t\r]/.test(s) && !s.includes('\r') && !s.includes('\u0000') && !s.includes('\uFFFD'));
const observation = (i: number) =>
  fc.record({
    indicator: fc.constantFrom('crude_oil_exports', 'share'),
    period: fc.constant(String(1990 + i)),
    from: fc.constantFrom(...ISO),
    to: fc.constantFrom(...ISO),
    value: fc.double({ min: 0, max: 1e15, noNaN: true }).map((v) => v + 0),
    unit: fc.constantFrom('tonnes', 'usd', 'percent'),
    qualifier: fc.constantFrom('exact', 'approx', 'estimate'),
    item: fc.option(note.filter((s) => s !== ''), { nil: null }),
    source_id: fc.constantFrom('a', 'b'),
    note: fc.option(note.filter((s) => s !== ''), { nil: null }),
  });

describe('export → import round-trips', () => {
  it('toCsv(rows) read back by validateTable gives the same rows', () => {
    const rows = fc.integer({ min: 1, max: 12 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => observation(i))));
    fc.assert(
      fc.property(rows, (written) => {
        const t = validateTable(toCsv(obs.schema.fields.map((f) => f.name), written as Row[]), obs, ctx);
        expect(t.errors).toEqual([]);
        expect(t.rows).toEqual(written);
      }),
      { numRuns: 200 },
    );
  });

  it("a view's download of the shipped data, for any years and partners, loads back as the rows downloaded", async () => {
    const { readDataDir } = await import('../../../scripts/readDataDir.ts');
    const { descriptor } = readDataDir('data');
    const shippedCtx = { isCode: codeCheck(descriptor), keys: new Map([['sources.source_id', new Set(data.sources.keys())]]) };
    const choice = fc.record({
      start: fc.integer({ min: 2000, max: 2026 }),
      span: fc.integer({ min: 0, max: 26 }),
      countries: fc.subarray(['ISR', 'USA', 'ARE', 'TUR']),
      view: fc.constantFrom('oil-exports', 'visits'),
    });
    await fc.assert(
      fc.asyncProperty(choice, async ({ start, span, countries, view }) => {
        const s = state({ start, end: Math.min(2026, start + span), countries });
        const frame = view === 'visits' ? visitsView(data, s).frame : oilView(data, s).frame;
        const download = await frame.download();
        const resource = descriptor.resources.find((r) => r.name === view)!;
        const t = validateTable(downloadText(frame, download, 'https://example.org/'), resource, shippedCtx);
        const contract = resource.schema.fields.map((f) => f.name);
        expect(t.rows).toEqual(download.rows.map((row) => Object.fromEntries(contract.map((c) => [c, row[c] ?? null]))));
        expect(t.errors.map((e) => e.reason)).toEqual(download.rows.length ? [] : ['no data rows: the file has a header only']);
      }),
      { numRuns: 40 },
    );
  });
});
