import '@testing-library/jest-dom/vitest';
import '../../src/lib/geo/everyCountryName.ts';
import '../../src/lib/geo/everyPartnerAnchor.ts';
