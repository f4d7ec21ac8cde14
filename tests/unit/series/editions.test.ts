import { describe, it, expect } from 'vitest';
import { inEdition, rowsInEdition } from '../../../src/lib/series/editions.ts';
import { data } from '../charts/viewFixture.ts';

describe('rowsInEdition', () => {
  it("picks each edition's rows as inEdition does, once per rows array and edition", () => {
    for (const edition of ['register2026', 'tables2022'] as const) {
      const picked = rowsInEdition(data.arms, edition);
      expect(picked).toEqual(data.arms.filter((r) => inEdition(r, edition)));
      expect(picked.length).toBeGreaterThan(0);
      expect(rowsInEdition(data.arms, edition)).toBe(picked);
    }
    // Another rows array (an editor's preview) is picked afresh.
    const other = data.arms.slice(0, 10);
    expect(rowsInEdition(other, 'register2026')).toEqual(other.filter((r) => inEdition(r, 'register2026')));
  });
});
