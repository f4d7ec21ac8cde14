// The join between the world atlas and the data: a feature id is an ISO 3166-1 numeric code.
import countries from 'i18n-iso-countries';

/** The alpha-3 code for a world-atlas feature id, kept as a string with its leading zeros
 *  ("051" → "ARM"); "" when the id has no ISO code. */
export function alpha3FromMapId(id: string): string {
  if (!/^\d{3}$/.test(id)) return '';
  return countries.numericToAlpha3(id) ?? '';
}
