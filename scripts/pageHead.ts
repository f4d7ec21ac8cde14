// Vite plugin: the head every built page shares, written once: the Content-Security-Policy (DESIGN.md
// "Embeds"; image export must work under it too), viewport, colour schemes and icon.
import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';

/** The policy; inline scripts only by their hash (the embed page's loader). */
export const contentSecurityPolicy = (scriptHashes: readonly string[] = []) => [
  "default-src 'self'",
  ["script-src 'self'", ...scriptHashes].join(' '),
  // Said outright, not left to fall back on script-src: the CSV check reads files in a worker.
  "worker-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** The CSP source of each inline script in a page. */
export const inlineScriptHashes = (html: string) =>
  [...html.matchAll(/<script>([^<]*)<\/script>/g)].map((m) => `'sha256-${createHash('sha256').update(m[1]!).digest('base64')}'`);

export function pageHead(): Plugin {
  return {
    name: 'page-head',
    // Built pages only: the dev server injects its own client and styles as it likes.
    apply: 'build',
    transformIndexHtml: (html) => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy(inlineScriptHashes(html)) }, injectTo: 'head-prepend' },
      { tag: 'meta', attrs: { name: 'viewport', content: 'width=device-width, initial-scale=1' }, injectTo: 'head-prepend' },
      { tag: 'meta', attrs: { name: 'color-scheme', content: 'light dark' }, injectTo: 'head-prepend' },
      // A PNG, not an SVG: Chromium fetches the icon again after every history entry (scripts/build-favicon.ts).
      { tag: 'link', attrs: { rel: 'icon', href: './favicon.png', type: 'image/png', sizes: '64x64' }, injectTo: 'head-prepend' },
    ],
  };
}
