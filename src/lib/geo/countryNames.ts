// Country display names: ISO names (the table build-names derives from i18n-iso-countries) and a
// few readable overrides.
import ISO_NAMES from '../data/isoCountries.json';
import type { Aggregation } from '../data/types.ts';

const isoNames: Readonly<Record<string, string>> = ISO_NAMES;

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
 * name; an unknown code comes back unchanged, so a label is never empty.
 */
export function countryName(alpha3OrAggregate: string, aggregates?: readonly Aggregation[]): string {
  const aggregate = aggregates?.find((entry) => entry.code === alpha3OrAggregate);
  if (aggregate) return aggregate.name;
  const override = DISPLAY_NAME_OVERRIDES[alpha3OrAggregate];
  if (override) return override;
  return Object.hasOwn(isoNames, alpha3OrAggregate) ? isoNames[alpha3OrAggregate]! : alpha3OrAggregate;
}
