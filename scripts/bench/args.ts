// Command-line options of `npm run bench`: which ref is the baseline and how many loads per build.
import { isNetworkName, NETWORKS, type NetworkName } from './network.ts';
import { DEFAULT_VIEWPORT, parseViewport, type Viewport } from './viewport.ts';

export interface BenchArgs {
  /** Git ref built as the baseline (default HEAD: compares uncommitted changes with the last commit). */
  baseline: string;
  /** Fresh loads per build, page and CPU rate. */
  runs: number;
  /** 1,000,000-row CSV imports per build (at 1× CPU only); 0 skips them. */
  importRuns: number;
  /** The dashboard is also measured on the shipped data scaled this many times (observation files); 0 skips it. */
  scale: number;
  /** The network every page is loaded over (network.ts); null: none emulated (a local server). */
  network: NetworkName | null;
  /** The window every page is loaded in (`--viewport 375x800`: a phone's). */
  viewport: Viewport;
}

const USAGE = `usage: npm run bench -- [--baseline <git ref>] [--runs N] [--import-runs N] [--scale N] [--network ${Object.keys(NETWORKS).join('|')}] [--viewport WIDTHxHEIGHT]   (defaults: --baseline HEAD --runs 5 --import-runs 1 --scale 100, no network emulated, --viewport ${DEFAULT_VIEWPORT.width}x${DEFAULT_VIEWPORT.height})`;

export function parseArgs(argv: string[]): BenchArgs {
  const args: BenchArgs = { baseline: 'HEAD', runs: 5, importRuns: 1, scale: 100, network: null, viewport: DEFAULT_VIEWPORT };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    // Accept both `--runs 5` and `--runs=5`.
    const [flag, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined || v === '') throw new Error(`${flag} needs a value\n${USAGE}`);
      return v;
    };
    if (flag === '--baseline') args.baseline = value();
    else if (flag === '--runs') {
      const n = Number(value());
      if (!Number.isInteger(n) || n < 1) throw new Error(`--runs must be a positive integer\n${USAGE}`);
      args.runs = n;
    } else if (flag === '--import-runs') {
      const n = Number(value());
      if (!Number.isInteger(n) || n < 0) throw new Error(`--import-runs must be a whole number (0 skips the import)\n${USAGE}`);
      args.importRuns = n;
    } else if (flag === '--scale') {
      const n = Number(value());
      if (!Number.isInteger(n) || n < 0) throw new Error(`--scale must be a whole number (0 skips the scaled dataset)\n${USAGE}`);
      args.scale = n;
    } else if (flag === '--network') {
      const name = value();
      if (!isNetworkName(name)) throw new Error(`--network must be one of ${Object.keys(NETWORKS).join(', ')}\n${USAGE}`);
      args.network = name;
    } else if (flag === '--viewport') {
      const text = value();
      const viewport = parseViewport(text);
      if (!viewport) throw new Error(`--viewport must be WIDTHxHEIGHT in CSS px, each 200-4000 (e.g. 375x800), not "${text}"\n${USAGE}`);
      args.viewport = viewport;
    } else if (flag === '--help' || flag === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else throw new Error(`unknown option ${arg}\n${USAGE}`);
  }
  return args;
}
