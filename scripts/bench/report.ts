// Prints the comparison tables (figure | baseline | this | ratio) and writes the JSON results file.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { KINDS, type ByteSummary, type Kind } from './bytes.ts';
import type { Summary } from './summarise.ts';
import type { ImportSummary } from './summariseImport.ts';

type Cell = number | null | undefined;
const NA = 'n/a';

const ms = (v: Cell) => (v == null ? NA : `${v >= 100 ? v.toFixed(0) : v.toFixed(1)} ms`);
/** The Long Tasks API only reports tasks of 50 ms or more, so 0 means "none that long". */
const taskMs = (v: Cell) => (v == null ? NA : v < 50 ? '< 50 ms' : ms(v));
const kb = (v: Cell) => (v == null ? NA : `${(v / 1024).toFixed(1)} KB`);
const mb = (v: Cell) => (v == null ? NA : `${(v / 1024 / 1024).toFixed(1)} MB`);
const perSecond = (v: Cell) => (v == null ? NA : `${Math.round(v).toLocaleString('en')}/s`);
const count = (v: Cell) => (v == null ? NA : String(v));

/** current / baseline; n/a when either side is missing (or below what can be measured). */
function ratio(base: Cell, current: Cell, floor = 0): string {
  if (base == null || current == null || base <= floor || current <= floor) return NA;
  return (current / base).toFixed(2);
}

function table(title: string, rows: string[][]): string {
  const header = ['figure', 'baseline', 'this', 'ratio'];
  const all = [header, ...rows];
  const widths = header.map((_, i) => Math.max(...all.map((r) => r[i]!.length)));
  const line = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ').trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return [title, line(header), rule, ...rows.map(line)].join('\n');
}

/** A row maker for one table: label, the figure picked from each side, formatted, and its ratio. */
function comparing<S>(base: S | null, cur: S | null) {
  return (label: string, pick: (s: S) => Cell, fmt: (v: Cell) => string, floor = 0) => {
    const b = base ? pick(base) : null;
    const c = cur ? pick(cur) : null;
    return [label, fmt(b), fmt(c), ratio(b, c, floor)];
  };
}

export function timingTable(title: string, base: Summary | null, cur: Summary | null): string {
  const row = comparing(base, cur);
  const rows = [
    row('every view drawn, median', (s) => s.drawnMedian, ms),
    row('every view drawn, p95', (s) => s.drawnP95, ms),
  ];
  if ((base?.changes ?? 0) + (cur?.changes ?? 0) > 0) {
    rows.push(
      row(`filter change → laid out, median`, (s) => s.renderedMedian, ms),
      row(`filter change → laid out, p95`, (s) => s.renderedP95, ms),
      row(`filter change → next frame painted, median`, (s) => s.changeMedian, ms),
      row(`filter change → next frame painted, p95`, (s) => s.changeP95, ms),
      row(`filter change → every view updated, painted, median`, (s) => s.everyViewMedian, ms),
      row(`filter change → every view updated, painted, p95`, (s) => s.everyViewP95, ms),
    );
  }
  rows.push(
    row('longest task in load, median load', (s) => s.loadTaskMedian, taskMs, 49.999),
    row('longest task in load, worst load', (s) => s.loadTaskWorst, taskMs, 49.999),
    row('longest task after the draw, median load', (s) => s.afterDrawTaskMedian, taskMs, 49.999),
    row('longest task after the draw, worst load', (s) => s.afterDrawTaskWorst, taskMs, 49.999),
  );
  if ((base?.changes ?? 0) + (cur?.changes ?? 0) > 0) {
    rows.push(
      row('longest task in changes, median load', (s) => s.changeTaskMedian, taskMs, 49.999),
      row('longest task in changes, worst load', (s) => s.changeTaskWorst, taskMs, 49.999),
    );
  }
  const counts = [base, cur].map((s) => (s ? `${s.loads - s.failed}/${s.loads} loads drawn, ${s.changes} changes` : NA));
  return `${table(title, rows)}\n(baseline: ${counts[0]}; this: ${counts[1]})`;
}

export function importTable(title: string, base: ImportSummary | null, cur: ImportSummary | null): string {
  const row = comparing(base, cur);
  const rows = [
    row('rows/s (file chosen → previewed), median', (s) => s.rowsPerSecondMedian, perSecond),
    row('file chosen → previewed, median', (s) => s.previewedMedian, ms),
    row('longest main-thread task, worst run', (s) => s.longestTaskWorst, taskMs, 49.999),
    row('tasks ≥ 50 ms, median run', (s) => s.longTasksMedian, count),
    row('peak page heap (JS + buffers)', (s) => s.peakPageHeap, mb),
    row('peak worker heap (JS + buffers)', (s) => s.peakWorkerHeap, mb),
    row("worker's own time, median (if it says)", (s) => s.workerMsMedian, ms),
  ];
  const counts = [base, cur].map((s) => (s ? `${s.runs - s.failed}/${s.runs} imports previewed` : NA));
  return `${table(title, rows)}\n(baseline: ${counts[0]}; this: ${counts[1]})`;
}

const KIND_LABEL: Record<Kind, string> = { js: 'JS', css: 'CSS', data: 'data (data/*)', map: 'map (region.topo.json)', html: 'HTML', other: 'other' };

export function bytesTable(title: string, base: ByteSummary | null, cur: ByteSummary | null): string {
  const rows: string[][] = [];
  const total = (s: ByteSummary | null, key: 'raw' | 'gzip') => (s ? KINDS.reduce((n, k) => n + s.totals[k][key], 0) : null);
  for (const kind of KINDS) {
    const b = base?.totals[kind];
    const c = cur?.totals[kind];
    if (!b?.count && !c?.count) continue;
    rows.push([`${KIND_LABEL[kind]}, files`, b ? String(b.count) : NA, c ? String(c.count) : NA, '']);
    for (const key of ['raw', 'gzip'] as const) rows.push([`${KIND_LABEL[kind]}, ${key}`, kb(b?.[key]), kb(c?.[key]), ratio(b?.[key], c?.[key])]);
  }
  for (const key of ['raw', 'gzip'] as const) rows.push([`total, ${key}`, kb(total(base, key)), kb(total(cur, key)), ratio(total(base, key), total(cur, key))]);
  const list = (name: string, s: ByteSummary | null) =>
    `  ${name}: ` +
    (s ? s.files.filter((f) => f.kind === 'js').map((f) => `${f.path} (${kb(f.raw)}, ${kb(f.gzip)} gzip)`).join(', ') || 'none' : NA);
  return [table(title, rows), 'JS fetched before the first full draw:', list('baseline', base), list('this    ', cur)].join('\n');
}

/** ISO timestamp with ':' and '.' replaced, so the file name is valid on every file system. */
export function writeJson(repo: string, results: unknown): string {
  const dir = path.join(repo, 'bench-results');
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `bench-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, JSON.stringify(results, null, 2) + '\n');
  return file;
}
