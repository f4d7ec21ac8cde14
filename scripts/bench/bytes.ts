// Bytes a page fetched before its first full draw, by kind, raw and gzip (node zlib level 9 of the dist file).
import { existsSync, readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import type { LoadResult } from './measureLoad.ts';

export const KINDS = ['js', 'css', 'data', 'map', 'html', 'other'] as const;
export type Kind = (typeof KINDS)[number];

export interface FileBytes {
  path: string;
  kind: Kind;
  raw: number;
  gzip: number;
}

export interface ByteSummary {
  files: FileBytes[];
  totals: Record<Kind, { raw: number; gzip: number; count: number }>;
}

function kindOf(file: string): Kind {
  if (file === 'region.topo.json' || file.endsWith('/region.topo.json')) return 'map';
  if (file.startsWith('data/')) return 'data';
  if (file.endsWith('.js') || file.endsWith('.mjs')) return 'js';
  if (file.endsWith('.css')) return 'css';
  if (file.endsWith('.html')) return 'html';
  return 'other';
}

/**
 * The files a load asked for before every view was drawn (null if it never was): what the first
 * draw waited for. Not until its frame was painted: the page asks for what it shows below the views
 * (the panels' code) in that frame, which the size budgets (tests/browser/budget.browser.ts) do not count either.
 */
export function fetchedBeforeDrawn(load: Pick<LoadResult, 'drawn' | 'fetched'>): string[] | null {
  const drawn = load.drawn;
  return drawn ? load.fetched.filter((f) => f.start <= drawn.drawnAt).map((f) => f.path) : null;
}

/** Sizes come from the dist files (the server sends them as they are), so they are deterministic. */
export function byteSummary(dist: string, fetchedPaths: string[]): ByteSummary {
  const files: FileBytes[] = [];
  for (const p of new Set(fetchedPaths.map((f) => f.split('?')[0]!))) {
    const rel = p === '' || p.endsWith('/') ? `${p}index.html` : p;
    const full = path.join(dist, rel);
    if (!existsSync(full) || !statSync(full).isFile()) continue; // a 404 (e.g. favicon) fetched nothing
    const body = readFileSync(full);
    files.push({ path: rel, kind: kindOf(rel), raw: body.length, gzip: gzipSync(body, { level: 9 }).length });
  }
  files.sort((a, b) => KINDS.indexOf(a.kind) - KINDS.indexOf(b.kind) || a.path.localeCompare(b.path));
  const totals = Object.fromEntries(KINDS.map((k) => [k, { raw: 0, gzip: 0, count: 0 }])) as ByteSummary['totals'];
  for (const f of files) {
    totals[f.kind].raw += f.raw;
    totals[f.kind].gzip += f.gzip;
    totals[f.kind].count++;
  }
  return { files, totals };
}
