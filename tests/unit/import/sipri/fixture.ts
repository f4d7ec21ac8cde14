// Reads the SIPRI fixtures (tests/fixtures/sipri, in the repo so a clean clone has them) and the shipped data.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { importSipri, type ImportOptions } from '../../../../src/lib/import/sipri/importSipri.ts';
import type { SipriImport } from '../../../../src/lib/import/sipri/types.ts';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');
export const fixturePath = (name: string) => path.join(repoRoot, 'tests/fixtures/sipri', name);
export const fixture = (name: string) => readFileSync(fixturePath(name), 'utf8');

/** Imports a fixture and fails the test unless it was recognised. */
export function imported(name: string, options: ImportOptions = {}): SipriImport {
  const result = importSipri(fixture(name), options);
  if (result.layout === null) throw new Error(`${name} not recognised: ${result.reason}`);
  return result;
}

/** Rows of a shipped data/ file. */
export function shipped(file: string): Record<string, string>[] {
  return Papa.parse<Record<string, string>>(readFileSync(path.join(repoRoot, 'data', file), 'utf8'), { header: true, skipEmptyLines: true }).data;
}
