// Builds the baseline ref in a temporary git worktree and this checkout into a temporary folder; removes both afterwards.
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface Build {
  /** The checkout it was built from (its scripts check data the way its page reads it). */
  root: string;
  /** The built site. */
  dist: string;
  /** Short commit (and "+ uncommitted changes" for this checkout), for the report. */
  label: string;
}

export function git(args: string[], cwd: string): string {
  // stderr piped: git's chatter ("Preparing worktree…") would clutter the report; a failure still throws with it.
  return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
}

/** Runs a command quietly; its output is shown only when it fails. */
export function run(cmd: string, args: string[], cwd: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`${cmd} ${args.join(' ')} failed in ${cwd} (exit ${code}):\n${out}`))));
  });
}

export class Workspace {
  private readonly tmp = mkdtempSync(path.join(tmpdir(), 'bench-'));
  private worktree: string | null = null;

  constructor(private readonly repo: string) {}

  /** The ref's own sources, lockfile, data/ and public/ (all committed), built with its own config. */
  async buildBaseline(ref: string): Promise<Build> {
    const commit = git(['rev-parse', '--verify', `${ref}^{commit}`], this.repo);
    this.worktree = path.join(this.tmp, 'baseline');
    git(['worktree', 'add', '--detach', this.worktree, commit], this.repo);
    await run('npm', ['ci', '--prefer-offline', '--no-audit', '--no-fund'], this.worktree);
    await run('npm', ['run', '-s', 'build'], this.worktree);
    return { root: this.worktree, dist: path.join(this.worktree, 'dist'), label: `${ref} (${commit.slice(0, 7)})` };
  }

  /**
   * The working tree as it is. Built into a temporary folder rather than dist/: others' test runs
   * rebuild dist/ at any moment, and the served files must not change under a measurement.
   */
  async buildCurrent(): Promise<Build> {
    const dist = path.join(this.tmp, 'current');
    await run('npm', ['run', '-s', 'build', '--', '--outDir', dist, '--emptyOutDir'], this.repo);
    const head = git(['rev-parse', '--short=7', 'HEAD'], this.repo);
    const dirty = git(['status', '--porcelain', '--untracked-files=no'], this.repo) !== '';
    return { root: this.repo, dist, label: `working tree (${head}${dirty ? ' + uncommitted changes' : ''})` };
  }

  /** Synchronous, so it can run from a signal handler as well as from `finally`. */
  cleanup(): void {
    if (this.worktree) {
      try {
        git(['worktree', 'remove', '--force', this.worktree], this.repo);
      } catch {
        // Half-created worktree: drop the folder, then git's record of it.
        rmSync(this.worktree, { recursive: true, force: true });
        try {
          git(['worktree', 'prune'], this.repo);
        } catch {}
      }
      this.worktree = null;
    }
    rmSync(this.tmp, { recursive: true, force: true });
  }
}
