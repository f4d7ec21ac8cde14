// `npm run check-data` as a data editor uses it: the shipped data passes, a broken copy fails loudly.
import { describe, it, expect } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

function checkData(dir: string, ...flags: string[]) {
  const r = spawnSync('npx', ['tsx', 'scripts/check-data.ts', dir, ...flags], { encoding: 'utf8' });
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

  it('names a hostile file\'s problems by row and column, counts the rows an unterminated quote swallowed, and names a Latin-1 file', () => {
    const dir = brokenCopy((d) => {
      cpSync('tests/fixtures/bad/unterminated-quote.csv', path.join(d, 'oil-exports.csv'));
      cpSync('tests/fixtures/bad/latin1.csv', path.join(d, 'investment.csv'));
    });
    const { code, out } = checkData(dir);
    expect(code).toBe(1);
    expect(out).toMatch(/^oil-exports\.csv: 5 read, 1 kept, 4 rejected$/m);
    expect(out).toContain('oil-exports.csv:3:note "opened and never closed\\ncrude_oil_exports,2021');
    expect(out).toContain('— unterminated quote: rows 4–7 are inside the quoted field opened here');
    expect(out).toMatch(/investment\.csv:3: "crude_oil_exports,2020.*" — not UTF-8 text \(byte 0xE9 on line 3/);
  }, 30000);

  it('writes every problem, past the page\'s 200, to a CSV with --problems FILE', () => {
    const bad = Array.from({ length: 250 }, (_, i) => `crude_oil_exports,2019,AZE,ISR,bad${i},tonnes,approx,,todayaz_2019_h1,`);
    const dir = brokenCopy((d) => writeFileSync(path.join(d, 'oil-exports.csv'), ['indicator,period,from,to,value,unit,qualifier,item,source_id,note', ...bad].join('\n')));
    const file = path.join(dir, 'problems.csv');
    const { code, out } = checkData(dir, '--problems', file);
    expect(code).toBe(1);
    expect(out).toMatch(/250 problem\(s\) written to/);
    const lines = readFileSync(file, 'utf8').trim().split('\n');
    expect(lines[0]).toBe('file,row,column,value,reason');
    expect(lines).toHaveLength(251);
    expect(lines[250]).toBe('oil-exports.csv,251,value,bad249,not a number');
  }, 30000);
});
