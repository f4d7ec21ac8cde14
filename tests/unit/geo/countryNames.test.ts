// Checks display names (ISO names plus overrides) and the map-id to alpha-3 join.
import { describe, it, expect, vi } from 'vitest';
import * as isoCountriesModule from 'i18n-iso-countries';
import english from 'i18n-iso-countries/langs/en.json';
import { countryName, DISPLAY_NAME_OVERRIDES } from '../../../src/lib/geo/countryNames.ts';
import { alpha3FromMapId } from '../../../scripts/map/alpha3FromMapId.ts';
import { isoCountryNames } from '../../../scripts/geo/isoCountryNames.ts';
import ISO_NAMES from '../../../src/lib/data/isoCountries.json';

const isoCountries: typeof isoCountriesModule =
  (isoCountriesModule as unknown as { default?: typeof isoCountriesModule }).default ?? isoCountriesModule;
isoCountries.registerLocale(english as isoCountriesModule.LocaleData);

describe('countryName', () => {
  it.each([
    ['IRN', 'Iran'],
    ['TUR', 'Türkiye'],
    ['RUS', 'Russia'],
    ['AZE', 'Azerbaijan'],
    ['ISR', 'Israel'],
    ['USA', 'United States'],
    ['ARE', 'United Arab Emirates'],
    ['PSE', 'Palestine'],
    ['SYR', 'Syria'],
  ])('countryName(%s) is "%s"', (code, name) => {
    expect(countryName(code)).toBe(name);
  });

  it('countryName names aggregates the data package declares, before anything else', () => {
    const aggregates = [
      { code: 'WLD', name: 'World' },
      { code: 'REG_EUROPE', name: 'Europe (SIBAT region)' },
    ];
    expect(countryName('WLD', aggregates)).toBe('World');
    expect(countryName('REG_EUROPE', aggregates)).toBe('Europe (SIBAT region)');
  });

  it('countryName returns an unknown code unchanged', () => {
    expect(countryName('XXX')).toBe('XXX');
    expect(countryName('REG_ASIA')).toBe('REG_ASIA');
    expect(countryName('IL')).toBe('IL');
    expect(countryName('')).toBe('');
  });

  it('a page names only the countries it was given (those of its data), an override still winning over a given name', async () => {
    // A fresh copy of the module: the unit tests' setup gives the shared one every ISO name.
    vi.resetModules();
    const fresh = await import('../../../src/lib/geo/countryNames.ts');
    expect(fresh.countryName('ESP')).toBe('ESP');
    fresh.addCountryNames({ ESP: 'Spain', RUS: 'Russian Federation' });
    expect(fresh.countryName('ESP')).toBe('Spain');
    expect(fresh.countryName('RUS')).toBe('Russia');
    expect(fresh.countryName('FRA')).toBe('FRA');
  });

  it('every display override changes what i18n-iso-countries would say', () => {
    for (const [code, name] of Object.entries(DISPLAY_NAME_OVERRIDES)) {
      expect(isoCountries.getName(code, 'en'), code).not.toBe(name);
      expect(isoCountries.getName(code, 'en'), code).toBeDefined();
    }
  });
});

describe('isoCountries.json', () => {
  it('is what i18n-iso-countries says today: every alpha-3 code with its English name (npm run build-names rewrites it)', () => {
    expect(ISO_NAMES).toEqual(isoCountryNames());
    expect(Object.keys(ISO_NAMES)).toHaveLength(Object.keys(isoCountries.getAlpha3Codes()).length);
  });
});

describe('alpha3FromMapId', () => {
  it('alpha3FromMapId("051") is "ARM": map ids are strings with leading zeros', () => {
    expect(alpha3FromMapId('051')).toBe('ARM');
    expect(alpha3FromMapId('031')).toBe('AZE');
    expect(alpha3FromMapId('376')).toBe('ISR');
  });

  it('alpha3FromMapId gives "" for ids that are not ISO numeric codes', () => {
    expect(alpha3FromMapId('Kosovo')).toBe('');
    expect(alpha3FromMapId('51')).toBe('');
    expect(alpha3FromMapId('999')).toBe('');
  });
});
