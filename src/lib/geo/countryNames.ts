// Country display names and code lookups: ISO names from i18n-iso-countries, a few readable overrides, map ids to alpha-3.

import * as isoCountriesModule from 'i18n-iso-countries';
import english from 'i18n-iso-countries/langs/en.json';
import type { Aggregation } from '../data/types.ts';

// The package is CommonJS. Bundlers expose its functions as named exports, but Node's own ESM
// loader (tsx, Vitest) only sees `default`, because its Node entry re-exports via a variable.
const isoCountries: typeof isoCountriesModule =
  (isoCountriesModule as unknown as { default?: typeof isoCountriesModule }).default ?? isoCountriesModule;

// Only English is registered: the browser build of the package ships no locale by itself.
isoCountries.registerLocale(english as isoCountriesModule.LocaleData);

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
  // Only three capital letters are alpha-3; the package would also answer for alpha-2 and numeric codes.
  if (!/^[A-Z]{3}$/.test(alpha3OrAggregate)) return alpha3OrAggregate;
  return isoCountries.getName(alpha3OrAggregate, 'en') ?? alpha3OrAggregate;
}

/**
 * The alpha-3 code for a world-atlas feature id: an ISO 3166-1 numeric code kept as a string
 * with its leading zeros ("051" → "ARM"). Returns "" when the id has no ISO code.
 */
export function alpha3FromMapId(id: string): string {
  if (!/^\d{3}$/.test(id)) return '';
  return isoCountries.numericToAlpha3(id) ?? '';
}
