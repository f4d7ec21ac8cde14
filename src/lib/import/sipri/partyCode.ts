// Maps SIPRI party names to ISO 3166-1 alpha-3 codes or the data package's declared aggregate codes.
import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };

countries.registerLocale(en);

/**
 * Names pinned by hand. "Viet Nam" and "Turkiye" (SIPRI's spelling since 2023) are unknown to
 * i18n-iso-countries 7.14; the others are pinned so that a change in the package's English names
 * cannot silently move a row, and each is cross-checked against the package below.
 */
const PINNED: Record<string, string> = {
  'Viet Nam': 'VNM',
  Turkiye: 'TUR',
  Turkey: 'TUR',
  Russia: 'RUS',
  'South Korea': 'KOR',
  Taiwan: 'TWN',
  "Cote d'Ivoire": 'CIV',
  'United States': 'USA',
  'United Kingdom': 'GBR',
  Czechia: 'CZE',
};

/**
 * SIPRI rows that are not countries, by lower-case name: the tables write "Unknown supplier(s)",
 * the registers "unknown supplier(s)". SIPRI marks international organisations with "**".
 */
const AGGREGATES: Record<string, string> = {
  total: 'WLD',
  'unknown recipient(s)': 'XXX',
  'unknown supplier(s)': 'XXX',
  'african union': 'NSA_AU',
  'united nations': 'NSA_UN',
};

function countryCode(name: string): string | undefined {
  const fromPackage = countries.getAlpha3Code(name, 'en');
  const pinned = PINNED[name];
  if (pinned && fromPackage && pinned !== fromPackage) {
    throw new Error(`SIPRI name "${name}": pinned code ${pinned} disagrees with i18n-iso-countries (${fromPackage})`);
  }
  return pinned ?? fromPackage;
}

/** The code for a SIPRI party name, or undefined when it is neither a known country nor a declared aggregate. */
export function sipriPartyCode(rawName: string): string | undefined {
  const name = rawName.replace(/\*/g, '').trim();
  if (name === '') return undefined;
  return AGGREGATES[name.toLowerCase()] ?? countryCode(name);
}
