// The bench's options: a mistyped one stops it with the usage rather than running the wrong comparison.
import { describe, it, expect } from 'vitest';
import { parseArgs } from '../../scripts/bench/args.ts';

describe('bench options', () => {
  it('load pages from the local server by default, and over the named network when asked', () => {
    expect(parseArgs([]).network).toBeNull();
    expect(parseArgs(['--network', 'slow-4g']).network).toBe('slow-4g');
    expect(parseArgs(['--network=slow-4g', '--runs', '2'])).toMatchObject({ network: 'slow-4g', runs: 2 });
  });

  it('refuse a network they do not know, naming the ones they do', () => {
    expect(() => parseArgs(['--network', '3g'])).toThrow(/--network must be one of slow-4g/);
    expect(() => parseArgs(['--network', 'constructor'])).toThrow(/--network must be one of/);
    expect(() => parseArgs(['--network'])).toThrow(/--network needs a value/);
  });
});
