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

  it("load pages in a laptop's window by default, and in the one asked for", () => {
    expect(parseArgs([]).viewport).toEqual({ width: 1280, height: 900 });
    expect(parseArgs(['--viewport', '375x800']).viewport).toEqual({ width: 375, height: 800 });
    expect(parseArgs(['--viewport=390x844', '--network', 'slow-4g'])).toMatchObject({ viewport: { width: 390, height: 844 }, network: 'slow-4g' });
  });

  it('refuse a window that is not WIDTHxHEIGHT within 200-4000 px, quoting it', () => {
    for (const bad of ['375', '375x', 'x800', '375×800', '375x800x2', '100x800', '375x5000', '-375x800', '375.5x800']) {
      expect(() => parseArgs(['--viewport', bad])).toThrow(`--viewport must be WIDTHxHEIGHT in CSS px, each 200-4000 (e.g. 375x800), not "${bad}"`);
    }
    expect(() => parseArgs(['--viewport'])).toThrow(/--viewport needs a value/);
  });
});
