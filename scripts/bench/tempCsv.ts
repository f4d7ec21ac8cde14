// Big generated CSV files and the bench's scaled data folder, written to a temporary folder removed
// at exit: the bench and the browser tests hand them to a page by path (Playwright refuses an
// in-memory file of 50 MB or more), and they are generated, never committed.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { largeOilRows } from './scaledData.ts';
import { writeCsv } from '../../src/lib/data/writeCsv.ts';

const OBSERVATION_HEADER = ['indicator', 'period', 'from', 'to', 'value', 'unit', 'qualifier', 'item', 'source_id', 'note'];

const SOURCES = ['todayaz_2020_08_26', 'todayaz_2019_h1', 'abcaz_2024_02_26', 'isranomics_2024_02_20'];
const PARTNERS = ['ISR', 'ITA', 'IND', 'DEU', 'USA', 'CHN', 'ESP', 'GRC', 'PRT', 'HRV'];
const dir = mkdtempSync(path.join(tmpdir(), 'azerbaijan-ties-'));
process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
const written = new Map<string, { file: string; israel2024: number[] }>();

/** Writes `text` under `name` in the temporary folder; returns its path. */
export function writeTempCsv(name: string, text: string): string {
  const file = path.join(dir, name);
  writeFileSync(file, text);
  return file;
}

/** Writes each of `files` (text by file name) into a folder `name` in the temporary folder; returns its path. */
export function writeTempFolder(name: string, files: Record<string, string>): string {
  const folder = path.join(dir, name);
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(folder, file)), { recursive: true });
    writeFileSync(path.join(folder, file), text);
  }
  return folder;
}

/**
 * `rows` valid, distinct crude-oil rows (the bench's generator: ten partners, monthly periods
 * 2000–2024, four cited sources) as a file named `name`, written once per process, and the values
 * of Israel's 2024 rows.
 */
export function bigOilFile(rows: number, name = 'oil-exports.csv'): { file: string; israel2024: number[] } {
  const key = `${rows}/${name}`;
  const made = written.get(key);
  if (made) return made;
  const records = largeOilRows(rows, PARTNERS, SOURCES);
  const israel2024 = records.filter((r) => r.to === 'ISR' && r.period!.startsWith('2024')).map((r) => Number(r.value));
  const file = { file: writeTempCsv(`${rows}-${name}`, writeCsv(OBSERVATION_HEADER, records)), israel2024 };
  written.set(key, file);
  return file;
}
