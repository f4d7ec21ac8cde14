// The embed code a journalist pastes into an article, as pure strings: the embed page's URL and
// the iframe + loader snippet (README, "Embedding a chart in an article").
import { COMMON_KEYS, viewById } from '../catalogue/catalogue.ts';

export type EmbedTheme = 'auto' | 'light' | 'dark';

export interface EmbedOptions {
  /** `plain=1`: title and subtitle kept for screen readers only. Default false. */
  plain: boolean;
  /** `theme=`; 'auto' (the reader's setting) is the embed's default and stays out of the URL. */
  theme: EmbedTheme;
  /** A link group name for `data-link` (see {@link linkGroup}); '' for none. */
  link: string;
}

export const DEFAULT_EMBED_OPTIONS: EmbedOptions = { plain: false, theme: 'auto', link: '' };

/** The iframe's fixed height per view, for when a CMS strips the loader script: each view's own
 *  height in a 720 px article column (map 1071, oil 610, the others ≈ 640 px) with a little room. */
export const EMBED_HEIGHTS: Readonly<Record<string, number>> = { map: 1080, oil: 640, arms: 660, investment: 660, visits: 660 };
const FALLBACK_HEIGHT = 660;

/** The fixed height of a view's iframe (see {@link EMBED_HEIGHTS}). */
export const embedHeight = (id: string): number => EMBED_HEIGHTS[id] ?? FALLBACK_HEIGHT;

/** Longest link group name the field accepts. */
export const LINK_GROUP_MAX = 40;

/** A link group name as typed, trimmed: the name, '' when empty, or null when it has a character
 *  outside [A-Za-z0-9_-] or is longer than {@link LINK_GROUP_MAX}. */
export function linkGroup(raw: string): string | null {
  const name = raw.trim();
  return new RegExp(`^[A-Za-z0-9_-]{0,${LINK_GROUP_MAX}}$`).test(name) ? name : null;
}

/** Escapes text for a double-quoted HTML attribute value (an apostrophe needs nothing there). */
export function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * The embed page's URL: `{base}embed.html?chart={id}&{query}&plain=1&theme=dark`. `query` is the
 * dashboard state without '?'; only the keys the view reads are kept (a map's `layer` would mean
 * nothing to the oil chart), and any `chart`, `plain` or `theme` in it is replaced by the options.
 */
export function embedSrc(base: string, id: string, query: string, options: Pick<EmbedOptions, 'plain' | 'theme'>): string {
  const view = viewById(id);
  const read: readonly string[] | null = view && [...COMMON_KEYS, ...view.keys];
  const keeps = (key: string) => (read ? read.includes(key) : !['chart', 'plain', 'theme'].includes(key));
  const params = new URLSearchParams({ chart: id });
  for (const [key, value] of new URLSearchParams(query)) if (keeps(key)) params.append(key, value);
  if (options.plain) params.set('plain', '1');
  if (options.theme !== 'auto') params.set('theme', options.theme);
  // Commas stay readable, as in the dashboard's own links.
  return `${base}embed.html?${params.toString().replace(/%2C/g, ',')}`;
}

/** The snippet: the iframe (a fixed height for when the script is stripped) and then embed.js,
 *  which sizes it to its chart. Every attribute value is escaped; an invalid link group is left out. */
export function embedSnippet(base: string, view: { id: string; title: string }, query: string, options: EmbedOptions): string {
  const src = embedSrc(base, view.id, query, options);
  const link = linkGroup(options.link);
  const dataLink = link ? ` data-link="${escapeAttribute(link)}"` : '';
  return (
    `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(view.title)}" style="width:100%;height:${embedHeight(view.id)}px;border:0" loading="lazy"${dataLink}></iframe>\n` +
    `<script src="${escapeAttribute(`${base}embed.js`)}" async></script>`
  );
}
