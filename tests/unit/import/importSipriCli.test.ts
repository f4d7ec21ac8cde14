// `npm run import-sipri` as a data editor uses it: output files in the contract's columns, a report, an honest exit code.
import { describe, it, expect } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fixturePath, repoRoot } from './sipri/fixture.ts';

function importSipriCli(...args: string[]) {
  const out = mkdtempSync(path.join(tmpdir(), 'import-sipri-'));
  const r = spawnSync('npx', ['tsx', 'scripts/import-sipri.ts', ...args, '--out', out], { cwd: repoRoot, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, out };
}

describe('npm run import-sipri', () => {
  it('writes <name>.observations.csv and <name>.sources.csv and reports what it did', () => {
    const { code, stdout, out } = importSipriCli(fixturePath('register_deliveries_with_notes.csv'));
    expect(code).toBe(0);
    expect(stdout).toMatch(/layout: trade register, one row per deal and delivery year \(register-deliveries\)/);
    expect(stdout).toMatch(/generated: 2026-02-12; source_id sipri_register_2026_02_12; edition register2026/);
    expect(stdout).toMatch(/rows: 6 read, 36 written \(arms_transfers_tiv_regsum\)/);
    expect(stdout).toMatch(/problems: 0/);
    const observations = readFileSync(path.join(out, 'register_deliveries_with_notes.observations.csv'), 'utf8').split('\n');
    expect(observations[0]).toBe('indicator,period,from,to,value,unit,qualifier,item,source_id,note');
    expect(observations).toContain('arms_transfers_tiv_regsum,2020,TUR,AZE,2.05,tiv_millions,exact,,sipri_register_2026_02_12,computed: sum of TIV delivery values of SIPRI trade-register rows for this delivery year');
    const sources = readFileSync(path.join(out, 'register_deliveries_with_notes.sources.csv'), 'utf8').split('\n');
    expect(sources[0]).toBe('source_id,publisher,title,url,published,evidence');
    expect(sources[1]).toMatch(/^sipri_register_2026_02_12,SIPRI,/);
  });

  it('exits 1 when rows were lost, naming row, column and the unmapped name', () => {
    const { code, stdout } = importSipriCli(fixturePath('register_deals_with_notes.csv'));
    expect(code).toBe(1);
    expect(stdout).toMatch(/row 14, column "Recipient", "Atlantis": cannot map "Atlantis"/);
    expect(stdout).toMatch(/unmapped names: Atlantis/);
  });

  it('declares totals for a copy without notes when the editor names the parties it holds in full', () => {
    const { code, stdout, out } = importSipriCli(fixturePath('extract_register_2026.csv'), '--generated', '2026-02-12', '--all-imports-of', 'AZE', '--all-exports-of', 'ISR');
    expect(code).toBe(0);
    expect(stdout).toMatch(/source_id sipri_register_2026_02_12/);
    expect(readFileSync(path.join(out, 'extract_register_2026.observations.csv'), 'utf8')).toMatch(/^arms_transfers_tiv_regsum,2017,ISR,AZE,150.85,tiv_millions,/m);
  });

  it('refuses a file of another kind and writes nothing', () => {
    const { code, stderr, out } = importSipriCli(fixturePath('not_sipri.csv'));
    expect(code).toBe(2);
    expect(stderr).toMatch(/not a SIPRI Arms Transfers Database export/);
    expect(existsSync(path.join(out, 'not_sipri.observations.csv'))).toBe(false);
  });
});
