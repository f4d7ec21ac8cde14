// Big CSV files for the browser tests, written to a temporary folder (Playwright refuses to hand a
// page an in-memory file of 50 MB or more, and these are generated, not committed).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const HEADER = 'indicator,period,from,to,value,unit,qualifier,item,source_id,note';
const SOURCES = ['todayaz_2020_08_26', 'todayaz_2019_h1', 'abcaz_2024_02_26', 'isranomics_2024_02_20'];
const PARTNERS = Object.keys(JSON.parse(readFileSync('src/lib/data/isoCountries.json', 'utf8')) as Record<string, string>).filter((c) => c !== 'AZE');
const dir = mkdtempSync(path.join(tmpdir(), 'azerbaijan-ties-'));
process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
const written = new Map<string, { file: string; israel2024: number[] }>();

/** Writes `lines` under `name` in the temporary folder; returns its path. */
function write(name: string, lines: string[]): string {
  const file = path.join(dir, name);
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

/**
 * `rows` valid, distinct crude-oil rows (every partner, years back from 2024, four cited sources)
 * as a file named `name`. Israel's 2024 rows have values above 900 million tonnes, so a table that
 * shows one shows the file, not the published data.
 */
export function bigOilFile(rows: number, name = 'oil-exports.csv'): { file: string; israel2024: number[] } {
  const key = `${rows}/${name}`;
  const made = written.get(key);
  if (made) return made;
  const lines = [HEADER];
  const israel2024: number[] = [];
  for (let i = 0; lines.length <= rows; i++) {
    const to = PARTNERS[i % PARTNERS.length]!;
    const source = SOURCES[Math.floor(i / PARTNERS.length) % SOURCES.length]!;
    const year = 2024 - Math.floor(i / (PARTNERS.length * SOURCES.length));
    const value = to === 'ISR' && year === 2024 ? 900_000_001 + i : 1000 + i;
    if (to === 'ISR' && year === 2024) israel2024.push(value);
    lines.push(`crude_oil_exports,${year},AZE,${to},${value},tonnes,exact,,${source},`);
  }
  const file = { file: write(`${rows}-${name}`, lines), israel2024 };
  written.set(key, file);
  return file;
}

/** The shipped oil file with `bad` rows appended whose period is no period ("2019-13"). */
export function oilWithBadRows(bad: number, name = 'oil-exports.csv'): string {
  const shipped = readFileSync('data/oil-exports.csv', 'utf8').trimEnd().split('\n');
  const lines = Array.from({ length: bad }, (_, i) => `crude_oil_exports,2019-13,AZE,ISR,${i + 1},tonnes,exact,,todayaz_2019_h1,`);
  return write(name, [...shipped, ...lines]);
}
