// Vite plugin: serves data/ at ./data/ in dev and copies it into the build, under stable names
// (journalists link to and download these files; hashed names would break their links).
import { cpSync, existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';

export function serveData(dataDir: string): Plugin {
  let outDir = 'dist';
  let building = false;
  return {
    name: 'serve-data',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
      // Vitest runs Vite as a server with a placeholder outDir and still closes the bundle: copy only in a real build.
      building = config.command === 'build';
    },
    configureServer(server) {
      server.middlewares.use('/data', (req, res, next) => {
        const file = path.join(dataDir, path.basename(decodeURIComponent((req.url ?? '').split('?')[0]!)));
        if (!existsSync(file)) return next();
        res.setHeader('Content-Type', file.endsWith('.json') ? 'application/json' : 'text/csv; charset=utf-8');
        res.end(readFileSync(file));
      });
    },
    closeBundle() {
      if (!building) return;
      cpSync(dataDir, path.join(outDir, 'data'), { recursive: true });
    },
  };
}
