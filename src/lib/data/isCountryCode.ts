// Which codes may stand where a country is expected: ISO 3166-1 alpha-3 or a declared aggregate.
import ISO_NAMES from './isoCountries.json' with { type: 'json' };
import type { DataPackage } from './types.ts';

/** Builds the code check for a descriptor; aggregates are the ones it declares, nothing else. */
export function codeCheck(pkg: Pick<DataPackage, 'x-aggregates'>): (code: string) => boolean {
  const aggregates = new Set(pkg['x-aggregates'].map((a) => a.code));
  return (code) => aggregates.has(code) || Object.hasOwn(ISO_NAMES, code);
}
