// Size budgets of the built site: deterministic (gzip of the files), so they are tests; times are not.
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { test, assert } from './harness.ts';

const gzipKb = (files: string[]) => files.reduce((s, f) => s + gzipSync(readFileSync(f), { level: 9 }).length, 0) / 1024;
const assets = (ext: string) => readdirSync('dist/assets').filter((f) => f.endsWith(ext)).map((f) => path.join('dist/assets', f));

test('the JavaScript stays within 120 KB gzip, the CSS within 10 KB', async () => {
  const js = gzipKb(assets('.js'));
  const css = gzipKb(assets('.css'));
  assert(js <= 120, `JS is ${js.toFixed(1)} KB gzip`);
  assert(css <= 10, `CSS is ${css.toFixed(1)} KB gzip`);
});

test('the regional map stays within 15 KB gzip', async () => {
  const map = gzipKb(['dist/region.topo.json']);
  assert(map <= 15, `region.topo.json is ${map.toFixed(1)} KB gzip`);
});
