// A host page of another origin for the embed tests: served by its own loopback server and
// reached as `localhost` (the site is 127.0.0.1), as an article on a news site would be.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/** Serves `pages` (path → HTML, given the host's own base URL); returns the host's base URL. */
export async function hostServer(pages: Record<string, (host: string) => string>): Promise<{ host: string; close: () => void }> {
  const server = createServer((req, res) => {
    const host = `http://localhost:${(server.address() as AddressInfo).port}/`;
    const page = pages[(req.url ?? '').slice(1)];
    res.writeHead(page ? 200 : 404, { 'Content-Type': 'text/html; charset=utf-8' }).end(page ? page(host) : '');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { host: `http://localhost:${(server.address() as AddressInfo).port}/`, close: () => server.close() };
}
