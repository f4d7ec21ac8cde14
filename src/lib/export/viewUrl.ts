// The dashboard address of the view on screen, printed in an exported image.

/** Query keys only an embed page understands: the dashboard has no use for them. */
const EMBED_KEYS = ['chart', 'plain', 'theme'];

/**
 * The dashboard URL of the page at `href` with its state query: the page itself, or for an embed
 * the dashboard next to `embed.html`; the embed-only keys and the hash are dropped.
 * "https://x.org/t/embed.html?chart=oil&countries=ISR" → "https://x.org/t/?countries=ISR".
 */
export function viewUrl(href: string): string {
  const page = new URL(href);
  const dashboard = page.pathname.endsWith('/embed.html') ? new URL('./', page) : page;
  const params = new URLSearchParams(page.search);
  for (const key of EMBED_KEYS) params.delete(key);
  const query = params.toString().replace(/%2C/g, ',');
  return `${dashboard.origin}${dashboard.pathname}${query ? `?${query}` : ''}`;
}
