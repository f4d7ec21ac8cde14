// Country display names: the ISO names of the codes the page has (see addCountryNames) and a few
// readable overrides.
import type { Aggregation } from '../data/types.ts';

// Only the names the page's data uses: the build writes them beside each checked table, and a
// previewed file's come from the worker that read it. The table of every ISO code (2.4 KB gzip)
// would otherwise be in every page's first load, for the 83 of its 249 codes the data names.
const isoNames = new Map<string, string>();

/** Makes `names` (ISO alpha-3 → ISO English name) known to {@link countryName}. */
export function addCountryNames(names: Readonly<Record<string, string>>): void {
  for (const code in names) isoNames.set(code, names[code]!);
}

/**
 * Names people use where the package's official English name reads badly in a chart label
 * (the brief's list, plus China and North Macedonia, which the map and data also show).
 * Kept to entries that change something: checked against i18n-iso-countries 7.14, which already
 * gives "Türkiye", "South Korea", "North Korea", "Vietnam", "United Kingdom", "United Arab
 * Emirates", "Bolivia" and "Venezuela".
 */
export const DISPLAY_NAME_OVERRIDES: Readonly<Record<string, string>> = Object.freeze({
  IRN: 'Iran', // "Islamic Republic of Iran"
  RUS: 'Russia', // "Russian Federation"
  SYR: 'Syria', // "Syrian Arab Republic"
  TWN: 'Taiwan', // "Taiwan, Province of China"
  USA: 'United States', // "United States of America"
  PSE: 'Palestine', // "State of Palestine"
  MDA: 'Moldova', // "Moldova, Republic of"
  TZA: 'Tanzania', // "United Republic of Tanzania"
  LAO: 'Laos', // "Lao People's Democratic Republic"
  CZE: 'Czechia', // "Czech Republic"
  CHN: 'China', // "People's Republic of China"
  MKD: 'North Macedonia', // "The Republic of North Macedonia"
});

/**
 * The display name of a country (ISO alpha-3) or of an aggregate the data package declares
 * (`WLD`, `EUU`, `REG_*`…). Aggregates are looked up first, then the overrides, then the ISO
 * name; an unknown code (or one whose name the page was not given) comes back unchanged, so a
 * label is never empty.
 */
export function countryName(alpha3OrAggregate: string, aggregates?: readonly Aggregation[]): string {
  const aggregate = aggregates?.find((entry) => entry.code === alpha3OrAggregate);
  if (aggregate) return aggregate.name;
  const override = DISPLAY_NAME_OVERRIDES[alpha3OrAggregate];
  if (override) return override;
  return isoNames.get(alpha3OrAggregate) ?? alpha3OrAggregate;
}
