// The descriptor and the files in data/ must agree: the app trusts datapackage.json to load and check them.
import { describe, it, expect } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import countries from 'i18n-iso-countries';
import type { DataPackage, Resource } from '../../src/lib/data/types.ts';

type Row = Record<string, string>;

const dataDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../data');
const pkg = JSON.parse(readFileSync(path.join(dataDir, 'datapackage.json'), 'utf8')) as DataPackage;

function load(resource: Resource): { fields: string[]; rows: Row[] } {
  const result = Papa.parse<Row>(readFileSync(path.join(dataDir, resource.path), 'utf8'), {
    header: true,
    dynamicTyping: false,
    skipEmptyLines: true,
  });
  expect(result.errors, resource.path).toEqual([]);
  return { fields: result.meta.fields ?? [], rows: result.data };
}

const aggregates = new Set(pkg['x-aggregates'].map((a) => a.code));
const isIso = (code: string) => /^[A-Z]{3}$/.test(code) && countries.isValid(code);

describe('data/datapackage.json', () => {
  it('is a tabular data package with the six resources', () => {
    expect(pkg.profile).toBe('tabular-data-package');
    expect(pkg.name).toBe('azerbaijan-ties');
    expect(pkg['x-citation']).toMatch(/SIPRI Arms Transfers Database/);
    expect(pkg.resources.map((r) => r.name).sort()).toEqual(
      ['claims', 'defense-imports', 'investment', 'oil-exports', 'sources', 'visits'],
    );
  });

  it('lists every CSV in data/ as a resource, and every resource file exists', () => {
    const csvs = readdirSync(dataDir).filter((f) => f.endsWith('.csv')).sort();
    expect(pkg.resources.map((r) => r.path).sort()).toEqual(csvs);
    for (const r of pkg.resources) expect(existsSync(path.join(dataDir, r.path)), r.path).toBe(true);
  });

  describe.each(pkg.resources.map((r) => [r.name, r] as const))('%s', (_name, resource) => {
    const { fields, rows } = load(resource);
    const schema = resource.schema;

    it('has a header equal to the schema field names, in order', () => {
      expect(fields).toEqual(schema.fields.map((f) => f.name));
    });

    it('has enums that cover every value in the file', () => {
      for (const f of schema.fields) {
        const allowed = f.constraints?.enum;
        if (!allowed) continue;
        const stray = [...new Set(rows.map((r) => r[f.name] ?? ''))].filter((v) => v !== '' && !allowed.includes(v));
        expect(stray, `${resource.path}.${f.name}`).toEqual([]);
      }
    });

    it('has cells of the declared types and required cells filled', () => {
      for (const f of schema.fields) {
        rows.forEach((r, i) => {
          const v = r[f.name] ?? '';
          const where = `${resource.path} row ${i + 2} ${f.name}="${v}"`;
          if (v === '') {
            expect(f.constraints?.required ?? false, where).toBe(false);
            return;
          }
          if (f.type === 'number') expect(Number.isFinite(Number(v)) && v.trim() === v, where).toBe(true);
          if (f.type === 'date') expect(/^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(v)), where).toBe(true);
        });
      }
    });

    it('has a unique primary key', () => {
      const keys = rows.map((r) => schema.primaryKey.map((c) => r[c]).join('\u0000'));
      const dupes = keys.filter((k, i) => keys.indexOf(k) !== i);
      expect(dupes).toEqual([]);
    });

    it('uses only ISO alpha-3 codes or declared aggregates in code columns', () => {
      for (const f of schema.fields.filter((x) => x['x-codes'] === 'country')) {
        const bad = [...new Set(rows.map((r) => r[f.name] ?? ''))].filter((c) => c !== '' && !isIso(c) && !aggregates.has(c));
        expect(bad, `${resource.path}.${f.name}`).toEqual([]);
      }
    });

    it('has foreign keys that resolve', () => {
      for (const fk of schema.foreignKeys ?? []) {
        const target = pkg.resources.find((r) => r.name === fk.reference.resource)!;
        const known = new Set(load(target).rows.map((r) => r[fk.reference.fields]));
        const missing = rows.map((r) => r[fk.fields] ?? '').filter((v) => v !== '' && !known.has(v));
        expect(missing, `${resource.path}.${fk.fields}`).toEqual([]);
      }
    });

    if (resource['x-role'] === 'observations') {
      it('has x-indicators for the indicators in the file, and beyond them only ones an import writes (no source to prefer yet)', () => {
        const inFile = new Set(rows.map((r) => r.indicator!));
        const declared = resource['x-indicators'] ?? {};
        expect([...inFile].filter((name) => !declared[name])).toEqual([]);
        const importedOnly = Object.entries(declared).filter(([name]) => !inFile.has(name));
        expect(importedOnly.filter(([, meta]) => meta.sourcePreference.length > 0).map(([name]) => name)).toEqual([]);
        const allowed = schema.fields.find((f) => f.name === 'indicator')?.constraints?.enum;
        expect([...(allowed ?? [])].sort()).toEqual(Object.keys(declared).sort());
      });

      it('prefers only sources that exist', () => {
        const known = new Set(load(pkg.resources.find((r) => r.name === 'sources')!).rows.map((r) => r.source_id));
        for (const [name, meta] of Object.entries(resource['x-indicators'] ?? {})) {
          expect(meta.sourcePreference.filter((s) => !known.has(s)), name).toEqual([]);
        }
      });
    }
  });

  it('declares only aggregates that some file uses', () => {
    const used = new Set<string>();
    for (const resource of pkg.resources) {
      const codeFields = resource.schema.fields.filter((f) => f['x-codes'] === 'country').map((f) => f.name);
      for (const r of load(resource).rows) for (const f of codeFields) used.add(r[f] ?? '');
    }
    expect([...aggregates].filter((a) => !used.has(a))).toEqual([]);
  });

  it('records call initiators as a code of one side or not_stated, and only for calls', () => {
    const visits = load(pkg.resources.find((r) => r.name === 'visits')!).rows;
    for (const v of visits) {
      if (v.kind !== 'call') expect(v.initiator, v.title).toBe('');
      else expect(v.initiator === 'not_stated' || (isIso(v.initiator ?? '') && [v.host, v.guest].includes(v.initiator)), v.title).toBe(true);
    }
  });

  it('cites claim sources that exist', () => {
    const known = new Set(load(pkg.resources.find((r) => r.name === 'sources')!).rows.map((r) => r.source_id));
    const claims = load(pkg.resources.find((r) => r.name === 'claims')!).rows;
    const missing = claims.flatMap((c) => (c.source_ids ?? '').split(';').filter((s) => s !== '' && !known.has(s)));
    expect(missing).toEqual([]);
  });
});
