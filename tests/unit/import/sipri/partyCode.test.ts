import { describe, it, expect } from 'vitest';
import { sipriPartyCode } from '../../../../src/lib/import/sipri/partyCode.ts';

describe('sipriPartyCode', () => {
  it.each([
    ['Azerbaijan', 'AZE'], ['Turkiye', 'TUR'], ['Viet Nam', 'VNM'], ['UAE', 'ARE'], ['Russia', 'RUS'],
    ['unknown supplier(s)', 'XXX'], ['Unknown recipient(s)', 'XXX'], ['African Union**', 'NSA_AU'], ['United Nations**', 'NSA_UN'], ['Total', 'WLD'],
  ])('maps %j to %s', (name, code) => {
    expect(sipriPartyCode(name)).toBe(code);
  });

  it('has no code for a name it does not know', () => {
    expect(sipriPartyCode('Atlantis')).toBeUndefined();
    expect(sipriPartyCode('')).toBeUndefined();
  });
});
