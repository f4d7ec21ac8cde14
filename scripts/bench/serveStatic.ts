// A tiny static file server for one built dist/ folder on 127.0.0.1 (no dependency serves files here).
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
};

export interface StaticSite {
  baseUrl: string;
  close(): Promise<void>;
}

/**
 * Serves `root` on an ephemeral port; unknown types and missing files are 404 (never a fallback page).
 * With `dataDir`, the site's data/ is that folder instead of root/data/ (the same build on other data).
 */
export async function serveStatic(root: string, dataDir?: string): Promise<StaticSite> {
  const site = path.resolve(root);
  const data = dataDir && path.resolve(dataDir);
  const server: Server = createServer(async (req, res) => {
    try {
      const requested = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      const [base, pathname] = data && requested.startsWith('/data/') ? [data, requested.slice('/data'.length)] : [site, requested];
      let file = path.join(base, path.normalize(pathname));
      // normalize + join cannot climb above base for URL paths, but check anyway: this serves a folder only.
      if (file !== base && !file.startsWith(base + path.sep)) throw new Error('outside root');
      if ((await stat(file)).isDirectory()) file = path.join(file, 'index.html');
      const type = TYPES[path.extname(file).toLowerCase()];
      if (!type) throw new Error('unknown type');
      const body = await readFile(file);
      res.writeHead(200, { 'Content-Type': type, 'Content-Length': body.length });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('not found');
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('static server has no port');
  return {
    baseUrl: `http://127.0.0.1:${address.port}/`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
