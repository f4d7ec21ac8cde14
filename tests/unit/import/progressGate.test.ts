import { describe, it, expect } from 'vitest';
import { progressGate } from '../../../src/lib/import/progressGate.ts';

describe('progressGate', () => {
  it('progressGate(100) opens first, then at most once per 100 ms', () => {
    let t = 0;
    const open = progressGate(100, () => t);
    const opened: number[] = [];
    for (t = 0; t <= 1000; t += 7) if (open()) opened.push(t);
    expect(opened[0]).toBe(0);
    expect(opened.length).toBeLessThanOrEqual(11);
    expect(opened.length).toBeGreaterThanOrEqual(9);
    for (let i = 1; i < opened.length; i++) expect(opened[i]! - opened[i - 1]!).toBeGreaterThanOrEqual(100);
  });
});
