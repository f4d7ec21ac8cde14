import '@testing-library/jest-dom/vitest';
import '../../src/lib/geo/everyCountryName.ts';
