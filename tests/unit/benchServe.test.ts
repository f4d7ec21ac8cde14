// The bench's static server: a build served as it is, or on another data folder.
import { afterAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { serveStatic } from '../../scripts/bench/serveStatic.ts';

const root = mkdtempSync(path.join(tmpdir(), 'bench-serve-'));
const dist = path.join(root, 'dist');
const other = path.join(root, 'other');
mkdirSync(path.join(dist, 'data'), { recursive: true });
mkdirSync(other);
writeFileSync(path.join(dist, 'index.html'), '<p>page</p>');
writeFileSync(path.join(dist, 'data', 'oil-exports.csv'), 'shipped\n');
writeFileSync(path.join(dist, 'data', 'sources.csv'), 'shipped sources\n');
writeFileSync(path.join(other, 'oil-exports.csv'), 'scaled\n');
afterAll(() => rmSync(root, { recursive: true, force: true }));

const get = async (base: string, file: string) => {
  const res = await fetch(base + file);
  return [res.status, await res.text()];
};

describe('serveStatic', () => {
  it('serveStatic(dist) serves the build and its own data/', async () => {
    const site = await serveStatic(dist);
    try {
      expect(await get(site.baseUrl, '')).toEqual([200, '<p>page</p>']);
      expect(await get(site.baseUrl, 'data/oil-exports.csv')).toEqual([200, 'shipped\n']);
    } finally {
      await site.close();
    }
  });

  it('serveStatic(dist, dataDir) serves the same page with data/ taken from dataDir only', async () => {
    const site = await serveStatic(dist, other);
    try {
      expect(await get(site.baseUrl, 'index.html')).toEqual([200, '<p>page</p>']);
      expect(await get(site.baseUrl, 'data/oil-exports.csv')).toEqual([200, 'scaled\n']);
      expect((await get(site.baseUrl, 'data/sources.csv'))[0]).toBe(404);
      expect((await get(site.baseUrl, 'data/..%2Fdist%2Findex.html'))[0]).toBe(404);
    } finally {
      await site.close();
    }
  });
});
