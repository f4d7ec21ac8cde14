// Each view's model crosses to another thread as plain data (structured clone), so the import worker
// can answer a big file's preview: no function, class instance or DOM node may hide in it.
import { describe, it, expect } from 'vitest';
import { VIEW_IDS } from '../../../src/lib/catalogue/catalogue.ts';
import { viewModel } from '../../../src/lib/catalogue/viewModels.ts';
import { toWire } from '../../../src/lib/catalogue/wireModel.ts';
import { data, state } from '../charts/viewFixture.ts';

const STATES = [
  state(),
  state({ start: 2019, end: 2019, countries: ['ISR'] }),
  state({ layer: 'oil', arms: 'deals', investment: 'projects', kinds: 'calls' }),
  state({ arms: 'suppliers', investment: 'cumulative', countries: ['USA', 'ARE'] }),
];
const SIZE = { width: 800, height: 600, hoverYear: null };

describe('viewModel', () => {
  it.each(VIEW_IDS)('%s: the model without its table and download survives a structured clone unchanged', (id) => {
    for (const s of STATES) {
      for (const size of [SIZE, { ...SIZE, hoverYear: 2019 }]) {
        const wire = toWire(viewModel(id, data, s, size));
        expect(structuredClone(wire)).toEqual(wire);
      }
    }
  });
});
