// Maps SIPRI party names to ISO 3166-1 alpha-3 codes or the package's declared aggregate codes.
import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };

countries.registerLocale(en);

/**
 * Names pinned by hand. Only "Viet Nam" is unknown to i18n-iso-countries 7.14; the others are
 * pinned so that a change in the package's English names cannot silently move a row, and each is
 * cross-checked against the package below.
 */
const PINNED: Record<string, string> = {
  'Viet Nam': 'VNM',
  Turkey: 'TUR',
  Russia: 'RUS',
  'South Korea': 'KOR',
  Taiwan: 'TWN',
  "Cote d'Ivoire": 'CIV',
  'United States': 'USA',
  'United Kingdom': 'GBR',
  Czechia: 'CZE',
};

/** SIPRI rows that are not countries; SIPRI marks non-state recipients with "**". */
const RECIPIENT_AGGREGATES: Record<string, string> = {
  Total: 'WLD',
  'Unknown recipient(s)': 'XXX',
  'African Union': 'NSA_AU',
  'United Nations': 'NSA_UN',
};

const EXPORTER_AGGREGATES: Record<string, string> = {
  'Unknown supplier(s)': 'XXX',
};

function countryCode(name: string): string | undefined {
  const fromPackage = countries.getAlpha3Code(name, 'en');
  const pinned = PINNED[name];
  if (pinned && fromPackage && pinned !== fromPackage) {
    throw new Error(`SIPRI name "${name}": pinned code ${pinned} disagrees with i18n-iso-countries (${fromPackage})`);
  }
  return pinned ?? fromPackage;
}

/** Returns the code for a SIPRI party name; throws (naming the name) when there is none. */
export function sipriCode(rawName: string, role: 'exporter' | 'recipient'): string {
  const name = rawName.replace(/\*/g, '').trim();
  const aggregates = role === 'exporter' ? EXPORTER_AGGREGATES : RECIPIENT_AGGREGATES;
  const code = aggregates[name] ?? countryCode(name);
  if (!code) throw new Error(`Cannot map SIPRI ${role} name "${rawName}" to an ISO alpha-3 code or a declared aggregate`);
  return code;
}
