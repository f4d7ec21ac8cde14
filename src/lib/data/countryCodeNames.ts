// The ISO names of the country codes in a table's code columns (`x-codes: country`): what a page
// showing the table must be able to name (see addCountryNames).
import type { Field, Row } from './types.ts';

/** `isoNames` (alpha-3 → name) narrowed to the codes `rows` hold; aggregates (WLD, REG_…) have none. */
export function countryCodeNames(rows: readonly Row[], fields: readonly Field[], isoNames: Readonly<Record<string, string>>): Record<string, string> {
  const columns = fields.filter((f) => f['x-codes'] === 'country').map((f) => f.name);
  const names: Record<string, string> = {};
  for (const row of rows) {
    for (const column of columns) {
      const code = row[column];
      if (typeof code === 'string' && Object.hasOwn(isoNames, code)) names[code] = isoNames[code]!;
    }
  }
  return names;
}
