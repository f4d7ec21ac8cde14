// Every ISO 3166-1 alpha-3 code i18n-iso-countries knows, with its English name, sorted by code.
import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };

countries.registerLocale(en as countries.LocaleData);

export function isoCountryNames(): Record<string, string> {
  const codes = Object.keys(countries.getAlpha3Codes()).sort();
  return Object.fromEntries(codes.map((code) => [code, countries.getName(code, 'en')!]));
}
