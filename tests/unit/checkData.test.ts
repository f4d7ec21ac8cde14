// `npm run check-data` as a data editor uses it: the shipped data passes, a broken copy fails loudly.
import { describe, it, expect } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

function checkData(dir: string) {
  const r = spawnSync('npx', ['tsx', 'scripts/check-data.ts', dir], { encoding: 'utf8' });
  return { code: r.status, out: r.stdout + r.stderr };
}

function brokenCopy(edit: (file: string) => void): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'check-data-'));
  cpSync('data', dir, { recursive: true });
  edit(dir);
  return dir;
}

function replaceLine(file: string, line: number, from: string, to: string) {
  const lines = readFileSync(file, 'utf8').split('\n');
  expect(lines[line - 1]).toContain(from);
  lines[line - 1] = lines[line - 1]!.replace(from, to);
  writeFileSync(file, lines.join('\n'));
}

describe('npm run check-data', () => {
  it('passes the shipped data with per-file counts', () => {
    const { code, out } = checkData('data');
    expect(code).toBe(0);
    expect(out).toMatch(/^oil-exports\.csv: 129 read, 129 kept, 0 rejected$/m);
    expect(out).toMatch(/all files valid/);
  });

  it('fails a broken copy, naming file, row, column, value and reason, and keeps counting the rest', () => {
    const dir = brokenCopy((d) => {
      replaceLine(path.join(d, 'oil-exports.csv'), 3, ',2019-01/2019-06,', ',2019-13,');
      replaceLine(path.join(d, 'investment.csv'), 2, ',usd,', ',dollars,');
    });
    const { code, out } = checkData(dir);
    expect(code).toBe(1);
    expect(out).toContain('oil-exports.csv:3:period "2019-13" — bad period');
    expect(out).toMatch(/investment\.csv:2:unit "dollars" — not one of the declared values/);
    expect(out).toMatch(/^oil-exports\.csv: 129 read, 128 kept, 1 rejected$/m);
    expect(out).toMatch(/2 error\(s\)/);
  }, 30000);

  it('fails when a file the descriptor names is empty', () => {
    const dir = brokenCopy((d) => writeFileSync(path.join(d, 'claims.csv'), ''));
    const { code, out } = checkData(dir);
    expect(code).toBe(1);
    expect(out).toContain('claims.csv:1: — empty file');
  }, 30000);
});
