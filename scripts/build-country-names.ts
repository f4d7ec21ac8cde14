// `npm run build-names`: writes src/lib/data/isoCountries.json, every ISO 3166-1 alpha-3 code with
// its English name, from i18n-iso-countries. The page needs only this table; the package with all
// its codes and alternative names weighed 9.6 KB gzip in every page's first load. A unit test
// checks the table still equals what the package says.
import { writeFileSync } from 'node:fs';
import { isoCountryNames } from './geo/isoCountryNames.ts';

const file = 'src/lib/data/isoCountries.json';
const names = isoCountryNames();
writeFileSync(file, `${JSON.stringify(names, null, 0)}\n`);
console.log(`${file}: ${Object.keys(names).length} countries`);
