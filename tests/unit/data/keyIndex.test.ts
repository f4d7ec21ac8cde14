import { describe, it, expect } from 'vitest';
import { createKeyIndex } from '../../../src/lib/data/keyIndex.ts';
import { problemKind } from '../../../src/lib/data/problemLog.ts';
import { echoValue } from '../../../src/lib/data/echoValue.ts';

describe('createKeyIndex', () => {
  it('returns the first row of a repeated key, null for a new one', () => {
    const index = createKeyIndex(['a', 'b']);
    expect(index.add({ a: 'x', b: 1, note: 'one' }, 2)).toBeNull();
    expect(index.add({ a: 'x', b: 2 }, 3)).toBeNull();
    expect(index.add({ a: 'x', b: 1, note: 'two' }, 4)).toBe(2);
  });

  it('keeps keys apart that join to the same text, and a missing value apart from the text "null"', () => {
    const index = createKeyIndex(['a', 'b']);
    expect(index.add({ a: 'ab', b: 'c' }, 2)).toBeNull();
    expect(index.add({ a: 'a', b: 'bc' }, 3)).toBeNull();
    expect(index.add({ a: null, b: 'c' }, 4)).toBeNull();
    expect(index.add({ a: 'null', b: 'c' }, 5)).toBeNull();
  });

  it('tells 100,000 distinct keys apart', () => {
    const index = createKeyIndex(['k']);
    let duplicates = 0;
    for (let i = 0; i < 100_000; i++) if (index.add({ k: `key-${i}` }, i) !== null) duplicates += 1;
    expect(duplicates).toBe(0);
  });
});

describe('problemKind', () => {
  it.each([
    [{ column: 'value', reason: 'not a number' }, 'value: not a number'],
    [{ column: '', reason: 'row has 5 fields, header has 10' }, 'row has N fields, header has N'],
    [{ column: '', reason: 'duplicate of row 7 (same indicator, period)' }, 'duplicate of row N'],
    [{ column: 'period', reason: 'bad period: month must be 01–12, got "13"' }, 'period: bad period'],
  ])('%o is counted as %s', (problem, kind) => {
    expect(problemKind(problem)).toBe(kind);
  });
});

describe('echoValue', () => {
  it('keeps 200 characters whole and cuts longer text with its length', () => {
    expect(echoValue('x'.repeat(200))).toBe('x'.repeat(200));
    expect(echoValue('x'.repeat(201))).toBe(`${'x'.repeat(200)}… (201 characters)`);
  });
});
