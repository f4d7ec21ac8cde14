import { describe, it, expect } from 'vitest';
import { ViewStore, type Navigation } from '../../../src/lib/state/ViewStore.svelte.ts';
import { DEFAULT_STATE, type StateDomain } from '../../../src/lib/state/viewState.ts';

const domain: StateDomain = {
  minYear: 2000, maxYear: 2026, partners: new Set(['ISR', 'USA']),
  oilUnits: new Map([['crude_oil_exports', ['tonnes', 'usd']], ['israel_crude_import_share', ['percent']]]),
  claims: new Map(),
};

/** A history like the browser's: a list of entries and a cursor. */
function fakeHistory(initial = '') {
  const entries = [initial];
  let at = 0;
  const nav: Navigation = {
    search: () => entries[at]!,
    push: (q) => { entries.splice(at + 1, Infinity, q); at++; },
    replace: (q) => { entries[at] = q; },
  };
  return { nav, entries, back: () => at--, forward: () => at++ };
}

describe('ViewStore', () => {
  it('starts from the URL and rewrites a query it does not understand', () => {
    const h = fakeHistory('?start=1800&countries=ISR');
    const store = new ViewStore(domain, h.nav);
    expect(store.state).toEqual({ ...DEFAULT_STATE, countries: ['ISR'] });
    expect(h.entries).toEqual(['?countries=ISR']);
  });

  it('a committed change pushes an entry; Back and Forward restore the states', () => {
    const h = fakeHistory();
    const store = new ViewStore(domain, h.nav);
    store.commit({ start: 2023, end: 2024 });
    store.commit({ countries: ['ISR'] });
    expect(h.entries).toEqual(['', '?start=2023', '?start=2023&countries=ISR']);
    h.back();
    store.restore();
    expect(store.state).toEqual({ ...DEFAULT_STATE, start: 2023, end: 2024 });
    h.forward();
    store.restore();
    expect(store.state.countries).toEqual(['ISR']);
  });

  it('a change that changes nothing adds no entry', () => {
    const h = fakeHistory();
    const store = new ViewStore(domain, h.nav);
    store.commit({ start: 2014, countries: [] });
    expect(h.entries).toEqual(['']);
  });

  it("switching to an indicator without the current unit takes that indicator's default unit", () => {
    const store = new ViewStore(domain, fakeHistory('?unit=usd').nav);
    store.commit({ oil: 'israel_crude_import_share' });
    expect(store.state).toMatchObject({ oil: 'israel_crude_import_share', unit: 'percent' });
  });

  it('hovering a year never touches the URL', () => {
    const h = fakeHistory();
    const store = new ViewStore(domain, h.nav);
    store.hoverYear = 2020;
    expect(h.entries).toEqual(['']);
  });
});

describe('ViewStore.open and hrefFor (claims link to their views)', () => {
  it('hrefFor gives the canonical link of a view; open commits it as one entry', () => {
    const h = fakeHistory();
    const store = new ViewStore(domain, h.nav);
    expect(store.hrefFor('start=2023&end=2024&countries=ISR&oil=crude_oil_exports&unit=tonnes')).toBe('./?start=2023&countries=ISR');
    store.open('start=2011&end=2020&arms=customers');
    expect(store.state).toMatchObject({ start: 2011, end: 2020, arms: 'customers', countries: [] });
    expect(h.entries).toEqual(['', '?start=2011&end=2020&arms=customers']);
  });

  it('a view opened from a link reaches every view at once; a filter change or Back lets views out of sight follow', () => {
    const h = fakeHistory();
    const store = new ViewStore(domain, h.nav);
    store.open('start=2011&end=2020&arms=customers');
    expect(store.everywhere).toBe(true);
    store.commit({ start: 2012 });
    expect(store.everywhere).toBe(false);
    store.open('start=2011&end=2020&arms=customers');
    h.back();
    store.restore();
    expect(store.everywhere).toBe(false);
  });
});

describe('ViewStore keeps what is not its own in the URL', () => {
  it('keys that are not ours (utm_source, an embed’s chart, plain, theme) survive every rewrite', () => {
    const h = fakeHistory('?chart=oil&utm_source=news&start=1800&plain=1&theme=dark');
    const store = new ViewStore(domain, h.nav);
    expect(h.entries).toEqual(['?chart=oil&utm_source=news&plain=1&theme=dark']);
    store.commit({ countries: ['ISR'] });
    expect(h.entries.at(-1)).toBe('?chart=oil&utm_source=news&plain=1&theme=dark&countries=ISR');
    store.commit({ countries: [] });
    expect(h.entries.at(-1)).toBe('?chart=oil&utm_source=news&plain=1&theme=dark');
  });

  it('toggle selects and deselects a partner as one entry each', () => {
    const h = fakeHistory();
    const store = new ViewStore(domain, h.nav);
    store.toggle('USA');
    store.toggle('ISR');
    store.toggle('USA');
    expect(h.entries).toEqual(['', '?countries=USA', '?countries=ISR,USA', '?countries=ISR']);
  });
});

describe('ViewStore listeners (an embed tells its host page)', () => {
  it('hear each real change once with its cause; a change that changes nothing is not heard', () => {
    const store = new ViewStore(domain, fakeHistory().nav);
    const heard: string[] = [];
    store.listen({ state: (s, cause) => heard.push(`${cause}:${s.countries.join(',')}`), hover: (y, cause) => heard.push(`${cause}:hover ${y}`) });
    store.toggle('ISR');
    expect(store.commit({ countries: ['ISR'] }, 'host')).toBe(false);
    store.commit({ countries: ['ISR', 'USA'] }, 'host');
    store.hover(2020);
    store.hover(2020);
    store.hover(null, 'host');
    expect(heard).toEqual(['reader:ISR', 'host:ISR,USA', 'reader:hover 2020', 'host:hover null']);
  });
});

describe('ViewStore and a marked claim (claim=<id>)', () => {
  const claimed: StateDomain = {
    ...domain,
    claims: new Map([
      ['oil_up', { text: 'Oil up.', dataset: 'oil-exports', start: 2023, end: 2024, subject: 'ISR', verdict: 'not_supported' }],
      ['usa_visits', { text: 'Many visits.', dataset: 'visits', start: 2023, end: 2024, subject: 'USA', verdict: 'supported' }],
    ]),
  };

  it("open marks the claim with its view's query, as one entry; opening another replaces it", () => {
    const h = fakeHistory();
    const store = new ViewStore(claimed, h.nav);
    store.open('start=2023&end=2024&countries=ISR&claim=oil_up');
    store.open('start=2023&end=2024&countries=USA&claim=usa_visits');
    expect(h.entries).toEqual(['', '?start=2023&countries=ISR&claim=oil_up', '?start=2023&countries=USA&claim=usa_visits']);
  });

  it('keeps the mark while its years and partner are in view, drops it when they leave, and clears it', () => {
    const h = fakeHistory('?start=2023&countries=ISR&claim=oil_up');
    const store = new ViewStore(claimed, h.nav);
    store.commit({ start: 2020, countries: ['ISR', 'USA'] });
    expect(store.state.claim).toBe('oil_up');
    store.commit({ countries: ['USA'] });
    expect(store.state.claim).toBeNull();
    expect(h.entries.at(-1)).toBe('?start=2020&countries=USA');
    h.back();
    store.restore();
    expect(store.state.claim).toBe('oil_up');
    store.commit({ claim: null });
    expect(h.entries.at(-1)).toBe('?start=2020&countries=ISR,USA');
  });
});
