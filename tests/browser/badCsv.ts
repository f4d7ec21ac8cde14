// The shipped oil file with bad rows appended, for the browser tests (written beside the bench's big files).
import { readFileSync } from 'node:fs';
import { writeTempCsv } from '../../scripts/bench/tempCsv.ts';

/** The shipped oil file with `bad` rows appended whose period is no period ("2019-13"). */
export function oilWithBadRows(bad: number, name = 'oil-exports.csv'): string {
  const shipped = readFileSync('data/oil-exports.csv', 'utf8').trimEnd().split('\n');
  const lines = Array.from({ length: bad }, (_, i) => `crude_oil_exports,2019-13,AZE,ISR,${i + 1},tonnes,exact,,todayaz_2019_h1,`);
  return writeTempCsv(name, `${[...shipped, ...lines].join('\n')}\n`);
}
