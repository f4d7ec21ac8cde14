import { describe, it, expect } from 'vitest';
import { lastComputed, lastComputedFrom } from '../../../src/lib/data/lastComputed.ts';

describe('lastComputed', () => {
  it('works a key out once while it is asked for again, and keeps only the last key of an owner', () => {
    const memo = lastComputed<{ key: string; run: number }>();
    const owner = {};
    let runs = 0;
    const ask = (key: string, on: object = owner) => memo(on, key, () => ({ key, run: ++runs }));
    const first = ask('2014');
    expect(ask('2014')).toBe(first);
    expect(ask('2014', {})).not.toBe(first); // another owner (another table)
    expect(ask('2019').run).toBe(3);
    expect(ask('2014')).not.toBe(first); // gone once another key was asked
    expect(lastComputed<string>()(owner, '2014', () => 'another call site')).toBe('another call site');
  });

  it('from several values: kept while each is the same (===), worked out again when one is another', () => {
    const memo = lastComputedFrom<string[]>();
    const row = {};
    const sources = new Map();
    let runs = 0;
    const tip = (name: string, from: Map<string, unknown> = sources) => memo(row, [name, from], () => [name, String(++runs)]);
    const first = tip('Israel');
    expect(tip('Israel')).toBe(first);
    expect(tip('Israel', new Map())).toEqual(['Israel', '2']); // equal sources, not the same: a new file's
    expect(tip('Italy')).toEqual(['Italy', '3']);
    expect(memo(row, ['Italy'], () => ['fewer values'])).toEqual(['fewer values']);
  });
});
