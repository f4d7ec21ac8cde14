// Every figure in data/ must be traceable: a verbatim reference row or a SIPRI table cell, re-derived here independently.
import { describe, it, expect } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };

countries.registerLocale(en);

type Row = Record<string, string>;

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const dataDir = path.join(repoRoot, 'data');
const refDir = path.resolve(process.env.REFERENCE_DATA_DIR ?? path.resolve(repoRoot, '../shared/reference-data'));
const present = existsSync(refDir);
if (!present) console.log('skipped: ../shared not present');

function parse(file: string): { fields: string[]; rows: Row[] } {
  const result = Papa.parse<Row>(readFileSync(file, 'utf8'), { header: true, dynamicTyping: false, skipEmptyLines: true });
  expect(result.errors, file).toEqual([]);
  return { fields: result.meta.fields ?? [], rows: result.data };
}
const data = (name: string) => parse(path.join(dataDir, name));
const ref = (name: string) => parse(path.join(refDir, name));

const OBS = ['indicator', 'period', 'from', 'to', 'value', 'unit', 'qualifier', 'item', 'source_id', 'note'];
const whole = (r: Row, cols: string[]) => cols.map((c) => r[c] ?? '').join('\u0000');

/** Multiset of reference rows; `take` consumes one match so duplicates cannot hide a drop. */
function bag(rows: Row[], cols: string[]) {
  const counts = new Map<string, number>();
  for (const r of rows) counts.set(whole(r, cols), (counts.get(whole(r, cols)) ?? 0) + 1);
  return {
    take(r: Row): boolean {
      const k = whole(r, cols);
      const n = counts.get(k) ?? 0;
      if (n === 0) return false;
      counts.set(k, n - 1);
      return true;
    },
    left: () => [...counts.values()].reduce((a, b) => a + b, 0),
  };
}

// The test's own name table (deliberately not shared with the builder): SIPRI names -> codes.
const SIPRI_NAMES: Record<string, string> = {
  'Viet Nam': 'VNM',
  Total: 'WLD',
  'Unknown recipient(s)': 'XXX',
  'Unknown supplier(s)': 'XXX',
  'African Union**': 'NSA_AU',
  'United Nations**': 'NSA_UN',
};
function sipriCodeOf(name: string): string {
  const code = SIPRI_NAMES[name] ?? countries.getAlpha3Code(name.replace(/\*+$/, ''), 'en');
  if (!code) throw new Error(`test cannot map SIPRI name ${name}`);
  return code;
}

function sipriCells(): Map<string, string> {
  // key "from|to|year" -> cell text as in the extract
  const cells = new Map<string, string>();
  for (const r of ref('arms/sipri_extract.csv').rows) {
    const exporter = /from (.+), 1950-2021$/.exec(r.table_title ?? '')?.[1] ?? '';
    const from = sipriCodeOf(exporter);
    const to = sipriCodeOf(r.recipient ?? '');
    for (let y = 2000; y <= 2021; y++) cells.set(`${from}|${to}|${y}`, (r[String(y)] ?? '').trim());
  }
  return cells;
}

describe.skipIf(!present)('provenance of data/ against the reference data', () => {
  it.each([
    ['oil-exports.csv', 'oil/observations.csv'],
    ['investment.csv', 'uae/observations.csv'],
  ])('%s is %s, row for row', (file, reference) => {
    const refRows = bag(ref(reference).rows, OBS);
    const { fields, rows } = data(file);
    expect(fields).toEqual(OBS);
    for (const r of rows) expect(refRows.take(r), `${file}: row not in ${reference}: ${whole(r, OBS)}`).toBe(true);
    expect(refRows.left(), `${reference} rows missing from ${file}`).toBe(0);
  });

  it('defense-imports.csv holds every arms/observations.csv row and otherwise only SIPRI table cells', () => {
    const refRows = bag(ref('arms/observations.csv').rows, OBS);
    const cells = sipriCells();
    const { fields, rows } = data('defense-imports.csv');
    expect(fields).toEqual(OBS);
    const covered = new Set<string>();
    for (const r of rows) {
      if (r.source_id === 'sipri_tiv_tables_2022' && r.indicator === 'arms_transfers_tiv') covered.add(`${r.from}|${r.to}|${r.period}`);
      if (refRows.take(r)) continue;
      const where = whole(r, OBS);
      expect(r.indicator, where).toBe('arms_transfers_tiv');
      expect(r.source_id, where).toBe('sipri_tiv_tables_2022');
      expect([r.unit, r.item], where).toEqual(['tiv_millions', '']);
      const cell = cells.get(`${r.from}|${r.to}|${r.period}`);
      expect(cell, `${where}: no such cell in the SIPRI extract`).toBeDefined();
      if (cell === '') {
        expect([r.value, r.qualifier, r.note], where).toEqual(['0', 'exact', 'No deliveries in SIPRI table (blank cell)']);
      } else if (cell === '0') {
        expect([r.value, r.qualifier], where).toEqual(['0', 'approx']);
        expect(r.note, where).toMatch(/0 means/);
      } else {
        expect(Number(r.value), where).toBe(Number(cell));
        expect([r.qualifier, r.note], where).toEqual(['exact', 'SIPRI TIV table value']);
      }
    }
    expect(refRows.left(), 'arms/observations.csv rows missing from defense-imports.csv').toBe(0);
    // No silent drops: every 2000-2021 cell of the extract is in the file.
    const missing = [...cells.keys()].filter((k) => !covered.has(k));
    expect(missing).toEqual([]);
  });

  it.each([
    ['visits.csv', 'visits/events.csv'],
    ['claims.csv', 'claims.csv'],
  ])('%s is %s, row for row', (file, reference) => {
    const r = ref(reference);
    const refRows = bag(r.rows, r.fields);
    const d = data(file);
    expect(d.fields).toEqual(r.fields);
    for (const row of d.rows) expect(refRows.take(row), `${file}: row not in ${reference}: ${whole(row, d.fields)}`).toBe(true);
    expect(refRows.left()).toBe(0);
  });

  it('sources.csv has one row per reference source id, keeping every evidence text', () => {
    const byId = new Map<string, Row[]>();
    for (const folder of ['oil', 'arms', 'uae', 'visits']) {
      for (const r of ref(`${folder}/sources.csv`).rows) byId.set(r.source_id!, [...(byId.get(r.source_id!) ?? []), r]);
    }
    const { rows } = data('sources.csv');
    const ids = rows.map((r) => r.source_id!);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual([...byId.keys()].sort());
    for (const r of rows) {
      const refs = byId.get(r.source_id!);
      expect(refs, `unknown source ${r.source_id}`).toBeDefined();
      for (const s of refs!) expect(r.evidence).toContain(s.evidence);
      for (const c of ['publisher', 'title', 'url', 'published']) {
        expect(refs!.map((s) => s[c]), `${r.source_id}.${c}`).toContain(r[c]);
      }
    }
  });

  it('the builder reproduces data/ byte for byte', () => {
    const out = mkdtempSync(path.join(tmpdir(), 'azerbaijan-ties-data-'));
    try {
      execFileSync('npx', ['tsx', 'scripts/build-data.ts'], {
        cwd: repoRoot,
        env: { ...process.env, DATA_OUT_DIR: out, REFERENCE_DATA_DIR: refDir },
        stdio: 'pipe',
      });
      const built = readdirSync(out).sort();
      const shipped = readdirSync(dataDir).filter((f) => f.endsWith('.csv') || f === 'datapackage.json').sort();
      expect(built).toEqual(shipped);
      for (const f of built) {
        expect(readFileSync(path.join(out, f)).equals(readFileSync(path.join(dataDir, f))), `${f} differs from a fresh build`).toBe(true);
      }
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 120_000);
});
