// @vitest-environment jsdom
// The store's state is plain data, in the browser's runtime (jsdom: Svelte's client build, where a
// deep $state would be a reactive proxy, which postMessage cannot clone).
import { describe, it, expect } from 'vitest';
import { ViewStore } from '../../../src/lib/state/ViewStore.svelte.ts';
import { DEFAULT_STATE, type StateDomain } from '../../../src/lib/state/viewState.ts';

const domain: StateDomain = { minYear: 2000, maxYear: 2026, partners: new Set(['ISR', 'USA']), oilUnits: new Map([['crude_oil_exports', ['tonnes']]]), claims: new Map() };

describe('ViewStore state', () => {
  it('is plain data, which a worker or the page around an embed can be posted as it is', () => {
    let query = '?countries=ISR';
    const store = new ViewStore(domain, { search: () => query, push: (q) => (query = q), replace: (q) => (query = q) });
    store.toggle('USA');
    expect(structuredClone(store.state)).toEqual({ ...DEFAULT_STATE, countries: ['ISR', 'USA'] });
  });
});
