import { describe, it, expect } from 'vitest';
import { applyPatch } from '../../../src/lib/state/statePatch.ts';
import { DEFAULT_STATE, type StateDomain, type ViewState } from '../../../src/lib/state/viewState.ts';

const domain: StateDomain = {
  minYear: 2000, maxYear: 2026, partners: new Set(['ISR', 'USA', 'ARE']),
  oilUnits: new Map([['crude_oil_exports', ['tonnes', 'usd']], ['israel_crude_import_share', ['percent']]]),
  claims: new Map([['oil_up', { text: 'Oil up.', dataset: 'oil-exports', start: 2023, end: 2024, subject: 'ISR', verdict: 'not_supported' }]]),
};
const current: ViewState = { ...DEFAULT_STATE, countries: ['USA'], start: 2018 };

describe('applyPatch (azerbaijan-ties:set-state)', () => {
  it('applies a valid patch; keys left out keep their value', () => {
    const r = applyPatch(current, { type: 'azerbaijan-ties:set-state', start: 2023, countries: ['ISR', 'ARE'], arms: 'deals' }, domain);
    expect(r.rejected).toEqual([]);
    expect(r.state).toEqual({ ...current, start: 2023, countries: ['ARE', 'ISR'], arms: 'deals' });
  });

  it.each([
    ['start as a string', { start: '2023' }, ['start']],
    ['a year outside the data', { end: 1990 }, ['end']],
    ['a fractional year', { start: 2020.5 }, ['start']],
    ['countries as a string', { countries: 'ISR' }, ['countries']],
    ['an unknown country', { countries: ['ISR', 'XYZ'] }, ['countries']],
    ['an unknown arms view', { arms: 'pie' }, ['arms']],
    ['a number for a string key', { layer: 3 }, ['layer']],
    ['null', { kinds: null }, ['kinds']],
    ['an inverted range', { start: 2024, end: 2016 }, ['start', 'end']],
  ])('%s changes nothing and is rejected', (_, patch, rejected) => {
    const r = applyPatch(current, patch, domain);
    expect(r.state).toEqual(current);
    expect(r.rejected.sort()).toEqual([...rejected].sort());
  });

  it('marks a claim by its id and clears it with null', () => {
    const marked = applyPatch({ ...current, countries: ['ISR'] }, { start: 2023, claim: 'oil_up' }, domain);
    expect(marked).toEqual({ state: { ...current, countries: ['ISR'], start: 2023, claim: 'oil_up' }, rejected: [] });
    expect(applyPatch(marked.state, { claim: null }, domain)).toEqual({ state: { ...marked.state, claim: null }, rejected: [] });
    expect(applyPatch(marked.state, { claim: 'no_such_claim' }, domain).rejected).toEqual(['claim']);
  });

  it('unknown fields are ignored, not rejected', () => {
    expect(applyPatch(current, { colour: 'red', __proto__: { start: 1 }, toString: 5 }, domain)).toEqual({ state: current, rejected: [] });
  });

  it('a bad field keeps its value while the good ones apply', () => {
    const r = applyPatch(current, { countries: 'ISR', end: 2020, kinds: 'calls' }, domain);
    expect(r.rejected).toEqual(['countries']);
    expect(r.state).toEqual({ ...current, end: 2020, kinds: 'calls' });
  });

  it('a one-sided year is read against the current range', () => {
    expect(applyPatch({ ...current, start: 2010, end: 2012 }, { end: 2011 }, domain).state).toMatchObject({ start: 2010, end: 2011 });
  });

  it('an indicator with a unit it has applies both; a unit it lacks is rejected', () => {
    expect(applyPatch(current, { oil: 'israel_crude_import_share', unit: 'percent' }, domain)).toMatchObject({ rejected: [], state: { oil: 'israel_crude_import_share', unit: 'percent' } });
    expect(applyPatch(current, { unit: 'percent' }, domain)).toMatchObject({ rejected: ['unit'], state: { unit: 'tonnes' } });
  });
});
