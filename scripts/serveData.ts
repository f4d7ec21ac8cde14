// Vite plugin: serves data/ at ./data/ in dev and copies it into the build, under stable names
// (journalists link to and download these files; hashed names would break their links), with the
// build's check of the files beside them (data/checked/: what the page loads and draws).
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
import { checkedFiles } from './data/checkedFiles.ts';

export function serveData(dataDir: string): Plugin {
  let outDir = 'dist';
  let building = false;
  // The check of the folder as its files stand: a page asks for six tables at once, checked once.
  let checked: { stamp: string; files: Map<string, string> } | null = null;
  const checkedNow = () => {
    const stamp = readdirSync(dataDir).map((f) => `${f}:${statSync(path.join(dataDir, f)).mtimeMs}`).join('|');
    if (checked?.stamp !== stamp) checked = { stamp, files: checkedFiles(dataDir) };
    return checked.files;
  };
  return {
    name: 'serve-data',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
      // Vitest runs Vite as a server with a placeholder outDir and still closes the bundle: copy only in a real build.
      building = config.command === 'build';
    },
    configureServer(server) {
      server.middlewares.use('/data', (req, res, next) => {
        const name = decodeURIComponent((req.url ?? '').split('?')[0]!).replace(/^\//, '');
        // Checked again whenever a file changed, so an edited CSV shows at once in dev.
        const table = name.startsWith('checked/') ? checkedNow().get(name) : undefined;
        const file = path.join(dataDir, path.basename(name));
        if (table === undefined && (name.startsWith('checked/') || !existsSync(file))) return next();
        res.setHeader('Content-Type', table !== undefined || file.endsWith('.json') ? 'application/json' : 'text/csv; charset=utf-8');
        res.end(table ?? readFileSync(file));
      });
    },
    closeBundle() {
      if (!building) return;
      cpSync(dataDir, path.join(outDir, 'data'), { recursive: true });
      for (const [name, text] of checkedNow()) {
        const target = path.join(outDir, 'data', name);
        mkdirSync(path.dirname(target), { recursive: true });
        writeFileSync(target, text);
      }
    },
  };
}
