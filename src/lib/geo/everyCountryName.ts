// Imported for its effect where every ISO code may turn up (the import worker, the build's scripts,
// the unit tests): countryName then knows them all. The pages load only their data's names.
import ISO_NAMES from '../data/isoCountries.json' with { type: 'json' };
import { addCountryNames } from './countryNames.ts';

addCountryNames(ISO_NAMES);
