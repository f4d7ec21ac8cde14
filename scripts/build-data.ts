// Builds data/ (CSV files + datapackage.json) from ../shared/reference-data; rerun with `npm run build-data`.
// Env: REFERENCE_DATA_DIR overrides the reference folder, DATA_OUT_DIR the output folder (used by the reproducibility test).
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import countries from 'i18n-iso-countries';
import { expectHeader, readCsv, type CsvRecord } from './data/readCsv.ts';
import { writeCsv } from '../src/lib/data/writeCsv.ts';
import { sipriToObservations } from './data/sipriToObservations.ts';
import { mergeSources } from './data/mergeSources.ts';
import { OBSERVATION_COLUMNS, SOURCE_COLUMNS } from '../src/lib/data/contractColumns.ts';
import type { DataPackage } from '../src/lib/data/types.ts';
import { validatePackage } from '../src/lib/data/validatePackage.ts';
import { dashboardData } from '../src/lib/data/dashboardData.ts';
import { domainToJson, type StateDomainJson } from '../src/lib/data/stateDomain.ts';
import { buildDescriptor, CLAIM_COLUMNS, EVENT_COLUMNS, type BuiltTables } from './data/descriptor.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const refDir = path.resolve(process.env.REFERENCE_DATA_DIR ?? path.resolve(repoRoot, '../shared/reference-data'));
const outDir = path.resolve(process.env.DATA_OUT_DIR ?? path.join(repoRoot, 'data'));

const FOLDERS = ['oil', 'arms', 'uae', 'visits'] as const;

const COLUMNS: Record<keyof BuiltTables, readonly string[]> = {
  'oil-exports': OBSERVATION_COLUMNS, 'defense-imports': OBSERVATION_COLUMNS, investment: OBSERVATION_COLUMNS,
  visits: EVENT_COLUMNS, sources: SOURCE_COLUMNS, claims: CLAIM_COLUMNS,
};

function read(relative: string, columns: readonly string[]): CsvRecord[] {
  const table = readCsv(path.join(refDir, relative));
  expectHeader(table, columns);
  return table.records;
}

function isIsoAlpha3(code: string): boolean {
  return /^[A-Z]{3}$/.test(code) && countries.isValid(code);
}

/** Fails on a duplicate primary key: two rows alike in every key field are an error, not corroboration. */
function checkUnique(name: string, rows: readonly CsvRecord[], key: readonly string[]): void {
  const seen = new Map<string, number>();
  rows.forEach((r, i) => {
    const k = key.map((c) => r[c]).join('\u0000');
    const first = seen.get(k);
    if (first !== undefined) throw new Error(`${name}: rows ${first + 2} and ${i + 2} share the primary key (${key.join(', ')})`);
    seen.set(k, i);
  });
}

/**
 * Validates the built files with the app's own checker (the build fails on any problem) and
 * computes from the validated rows what a reader can choose, for every page to decode URLs alike.
 */
function checkedDomain(descriptor: DataPackage, tables: BuiltTables): StateDomainJson {
  const texts = Object.fromEntries(descriptor.resources.map((r) => [r.path, writeCsv(COLUMNS[r.name as keyof BuiltTables], tables[r.name as keyof BuiltTables])]));
  const result = validatePackage(descriptor, texts);
  if (result.errors.length) {
    const first = result.errors.slice(0, 5).map((e) => `${e.file}:${e.row}:${e.column} "${e.value}" — ${e.reason}`);
    throw new Error(`the built files do not pass the checker (${result.errors.length} problems):\n  ${first.join('\n  ')}`);
  }
  return domainToJson(dashboardData({ descriptor, tables: result.tables }, 'rows').domain);
}

function main(): void {
  if (!existsSync(refDir)) throw new Error(`reference data not found at ${refDir} (set REFERENCE_DATA_DIR)`);

  const armsObservations = read('arms/observations.csv', OBSERVATION_COLUMNS);
  const sipri = sipriToObservations(readCsv(path.join(refDir, 'arms/sipri_extract.csv')), armsObservations);
  const merged = mergeSources(FOLDERS.map((folder) => ({ folder, records: read(`${folder}/sources.csv`, SOURCE_COLUMNS) })));

  const tables: BuiltTables = {
    'oil-exports': read('oil/observations.csv', OBSERVATION_COLUMNS),
    'defense-imports': [...armsObservations, ...sipri.added],
    investment: read('uae/observations.csv', OBSERVATION_COLUMNS),
    visits: read('visits/events.csv', EVENT_COLUMNS),
    sources: merged.records,
    claims: read('claims.csv', CLAIM_COLUMNS),
  };

  const observationKey = OBSERVATION_COLUMNS.filter((c) => c !== 'note');
  for (const name of ['oil-exports', 'defense-imports', 'investment'] as const) checkUnique(name, tables[name], observationKey);
  checkUnique('visits', tables.visits, ['start_date', 'host', 'guest', 'kind', 'source_id', 'title']);
  checkUnique('claims', tables.claims, ['claim_id']);

  const known = new Set(tables.sources.map((s) => s.source_id));
  for (const name of ['oil-exports', 'defense-imports', 'investment', 'visits'] as const) {
    for (const r of tables[name]) if (!known.has(r.source_id!)) throw new Error(`${name}: source_id ${r.source_id} is not in any sources.csv`);
  }

  const descriptor = buildDescriptor(tables, isIsoAlpha3);
  descriptor['x-state-domain'] = checkedDomain(descriptor, tables);

  mkdirSync(outDir, { recursive: true });
  for (const name of Object.keys(COLUMNS) as (keyof BuiltTables)[]) {
    writeFileSync(path.join(outDir, `${name}.csv`), writeCsv(COLUMNS[name], tables[name]));
  }
  writeFileSync(path.join(outDir, 'datapackage.json'), JSON.stringify(descriptor, null, 2) + '\n');

  console.log(`build-data: ${refDir} -> ${outDir}`);
  for (const name of Object.keys(COLUMNS) as (keyof BuiltTables)[]) console.log(`  ${name}.csv: ${tables[name].length} rows`);
  console.log(`  SIPRI TIV table cells: ${sipri.added.length} rows added, ${sipri.skipped} skipped as already in arms/observations.csv`);
  console.log(`  sources shared by several folders (merged): ${merged.shared.join(', ') || 'none'}`);
  for (const d of merged.differences) console.log(`  source difference: ${d}`);
  for (const d of sipri.disagreements) console.log(`  SIPRI disagreement: ${d}`);
}

try {
  main();
} catch (error) {
  console.error(`build-data failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
