// The embed page's builds: one per view, each its entry (src/embed.ts) with everything that view's first
// draw runs in one file, tree-shaken of the other views' shared code, so an embed fetches one script of
// 36.6–45.3 KB gzip rather than the entry, a shared chunk and the view's chunk (41–52 KB, the view's
// file found only once the entry ran). Then embed.html, whose one inline script picks the file by ?chart=.
// The cost: two embeds in one article no longer share a cached file.
import type { Plugin, Rollup, UserConfig } from 'vite';
import { firstDrawGroup } from './firstDrawGroup.ts';
import { VIEW_DRAWN } from './firstDrawChunks.ts';

type ViewId = keyof typeof VIEW_DRAWN;
const VIEW_IDS = Object.keys(VIEW_DRAWN) as ViewId[];

const ENTRY = 'src/embed.ts';
/** The build an unknown ?chart= gets (its entry says so), and whose stylesheet the page links. */
const FALLBACK: ViewId = 'map';
const ENTRY_TAG = '<script type="module" src="/src/embed.ts"></script>';

/** The page's loader: appends the chosen view's script (an unknown id gets the fallback's, whose entry
 *  says the id is unknown). `Object.hasOwn`: `?chart=constructor` is not a view. */
export function embedLoaderScript(files: Readonly<Record<string, string>>, fallback: string): string {
  return `{const f=${JSON.stringify(files)},c=new URLSearchParams(location.search).get("chart"),s=document.createElement("script");s.type="module";s.src=Object.hasOwn(f,c)?f[c]:f[${JSON.stringify(fallback)}];document.body.append(s)}`;
}

/** What the views' builds wrote, for the page's build to name. On globalThis because Vite evaluates
 *  the config anew for each environment it builds, so nothing in this module outlives one. */
function viewBuildsRecord(): { files: Partial<Record<ViewId, string>>; stylesheet: string } {
  const store = globalThis as { azerbaijanTiesEmbedViews?: ReturnType<typeof viewBuildsRecord> };
  return (store.azerbaijanTiesEmbedViews ??= { files: {}, stylesheet: '' });
}

export function embedViewBuilds(): { environments: NonNullable<UserConfig['environments']>; plugins: Plugin[] } {
  const built = viewBuildsRecord();
  const environments: NonNullable<UserConfig['environments']> = {};
  const plugins: Plugin[] = [];
  for (const id of VIEW_IDS) {
    const name = `embed_${id}`;
    const draw = firstDrawGroup(name, name, VIEW_DRAWN[id]);
    environments[name] = {
      consumer: 'client',
      build: { emptyOutDir: false, rollupOptions: { input: { [`embed-${id}`]: ENTRY }, output: { codeSplitting: { groups: [draw.group] } } } },
    };
    plugins.push(draw.plugin, {
      name: `embed-view-files:${id}`,
      apply: 'build',
      applyToEnvironment: (env) => env.name === name,
      // Last, once Vite has added the stylesheet to the bundle.
      generateBundle: {
        order: 'post',
        handler(_options, bundle) {
          const entry = Object.values(bundle).find((c): c is Rollup.OutputChunk => c.type === 'chunk' && c.isEntry);
          if (!entry || entry.imports.length > 0) throw new Error(`${name}: expected one entry file with no static imports, got ${entry?.fileName} importing ${entry?.imports.join(', ')}`);
          built.files[id] = `./${entry.fileName}`;
          // Each view's build holds every component, so the same rules (cssCodeSplit is off), in an order
          // of its own: the page links one, the fallback's, and the others are not written.
          const stylesheets = Object.keys(bundle).filter((f) => f.endsWith('.css'));
          if (stylesheets.length !== 1) throw new Error(`${name}: expected one stylesheet, got ${stylesheets.join(', ')}`);
          if (id === FALLBACK) built.stylesheet = stylesheets[0]!;
          else delete bundle[stylesheets[0]!];
        },
      },
    });
  }
  // Vite runs every plugin's HTML hooks on every page, whatever the environment: each hook picks its page.
  const isEmbedPage = (filename: string) => filename.endsWith('/embed.html');
  plugins.push(
    {
      name: 'embed-loader',
      apply: 'build',
      // Before Vite reads the page's scripts, so this build bundles none. The page's CSP allows the
      // loader by its hash (pageHead.ts).
      transformIndexHtml: {
        order: 'pre',
        handler(html, { filename }) {
          if (!isEmbedPage(filename)) return html;
          if (!html.includes(ENTRY_TAG) || VIEW_IDS.some((id) => !built.files[id])) {
            throw new Error(`embed.html: expected ${ENTRY_TAG}, and the views' builds before it (built: ${Object.keys(built.files).join(', ')})`);
          }
          return html.replace(ENTRY_TAG, `<script>${embedLoaderScript(built.files, FALLBACK)}</script>`);
        },
      },
    },
    {
      name: 'embed-stylesheet',
      apply: 'build',
      // After Vite has read the page's links: the views' builds wrote this file, not this one.
      transformIndexHtml: {
        order: 'post',
        handler: (_html, { filename }) => !isEmbedPage(filename) ? [] : [{ tag: 'link', attrs: { rel: 'stylesheet', crossorigin: true, href: `./${built.stylesheet}` }, injectTo: 'head' }],
      },
    },
  );
  return { environments, plugins };
}
