// `npm run import-sipri -- FILE [--out DIR]`: turns a SIPRI Arms Transfers Database export into rows
// in the data contract's columns plus a source row, and prints what it did and what it could not.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { importSipri, type ImportOptions } from '../src/lib/import/sipri/importSipri.ts';
import { unmappedNames } from '../src/lib/import/sipri/partyCell.ts';
import type { SipriImport } from '../src/lib/import/sipri/types.ts';
import { OBSERVATION_COLUMNS, SOURCE_COLUMNS } from '../src/lib/data/contractColumns.ts';
import { writeCsv } from '../src/lib/data/writeCsv.ts';
import { sipriStrings } from '../src/lib/viewStrings/panels.ts';

const USAGE = `usage: npm run import-sipri -- FILE [--out DIR] [--generated YYYY-MM-DD] [--all-imports-of AZE,…] [--all-exports-of ISR,…]
  --out             folder for <name>.observations.csv and <name>.sources.csv (default: the current folder)
  --generated       the release date, for a copy that lost SIPRI's "Generated:" note line
  --all-imports-of  recipients whose imports from every supplier the register holds (writes WLD→recipient totals)
  --all-exports-of  suppliers whose exports to every recipient the register holds (writes supplier→WLD totals)`;

const codes = (text: string | undefined) => (text ? text.split(',').map((c) => c.trim().toUpperCase()).filter(Boolean) : undefined);

function report(file: string, result: SipriImport, written: string[]): string {
  const lost = result.problems.filter((p) => p.lost);
  const indicators = [...new Set(result.rows.map((r) => r.indicator))].join(', ') || 'none';
  const lines = [
    `import-sipri: ${file}`,
    `  layout: ${sipriStrings.layouts[result.layout]} (${result.layout})`,
    `  generated: ${result.generated ?? 'unknown'}; source_id ${result.sourceId}; edition ${result.edition ?? 'none (not a TIV series)'}`,
    `  rows: ${result.rowsRead} read, ${result.rows.length} written (${indicators})`,
    `  problems: ${result.problems.length}${lost.length ? `, ${lost.length} of which lost data` : ''}`,
    ...result.problems.map((p) => `    ${sipriStrings.problem(p)}`),
  ];
  const unmapped = unmappedNames(result.problems);
  if (unmapped.length) lines.push(`  unmapped names: ${unmapped.join('; ')}`);
  for (const remark of result.remarks) lines.push(`  note: ${remark}`);
  lines.push(`  wrote ${written.join(', ')}`);
  return lines.join('\n');
}

function main(): number {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { out: { type: 'string' }, generated: { type: 'string' }, 'all-imports-of': { type: 'string' }, 'all-exports-of': { type: 'string' } },
  });
  const file = positionals[0];
  if (!file || positionals.length > 1) {
    console.error(USAGE);
    return 2;
  }
  if (values.generated !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.generated)) {
    console.error(`import-sipri: --generated must be YYYY-MM-DD, got "${values.generated}"`);
    return 2;
  }
  const options: ImportOptions = {
    fileName: path.basename(file),
    generated: values.generated,
    allImportsOf: codes(values['all-imports-of']),
    allExportsOf: codes(values['all-exports-of']),
  };
  const result = importSipri(readFileSync(file, 'utf8'), options);
  if (result.layout === null) {
    console.error(`import-sipri: ${file}: ${result.reason}`);
    return 2;
  }
  const outDir = path.resolve(values.out ?? '.');
  const name = path.basename(file).replace(/\.csv$/i, '');
  const observations = path.join(outDir, `${name}.observations.csv`);
  const sources = path.join(outDir, `${name}.sources.csv`);
  mkdirSync(outDir, { recursive: true });
  writeFileSync(observations, writeCsv(OBSERVATION_COLUMNS, result.rows));
  writeFileSync(sources, writeCsv(SOURCE_COLUMNS, result.sources));
  console.log(report(file, result, [observations, sources]));
  // Rows kept are written either way; a run that lost data must not pass silently in a script.
  return result.problems.some((p) => p.lost) ? 1 : 0;
}

try {
  process.exitCode = main();
} catch (error) {
  console.error(`import-sipri failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 2;
}
