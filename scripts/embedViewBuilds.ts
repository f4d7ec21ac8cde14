// The embed page's builds: one per view, each its entry (src/embed.ts) with everything that view's first
// draw runs in one file, so an embed fetches one script rather than the entry, a shared chunk and the
// view's chunk (the view's file found only once the entry ran). The other views are not in that build at
// all (otherViewsLeftOut): their components are never drawn there, and with them in, their code and the
// parts of Svelte only they use came along in the view's file (the map's embed 46.1 -> 43.7 KB gzip).
// Each build writes its own stylesheet, of its own view's rules. Then embed.html, whose one inline script,
// in the head, picks the view's script and stylesheet by ?chart=. The cost: two embeds in one article
// share no cached file.
import type { Plugin, Rollup, UserConfig } from 'vite';
import { firstDrawGroup } from './firstDrawGroup.ts';
import { VIEW_DATASETS, VIEW_DRAWN } from './firstDrawChunks.ts';
import { packageFileFor } from '../src/lib/data/loadPackage.ts';

type ViewId = keyof typeof VIEW_DRAWN;
const VIEW_IDS = Object.keys(VIEW_DRAWN) as ViewId[];

const ENTRY = 'src/embed.ts';
/** The build an unknown ?chart= gets: its entry says the id is unknown. */
const FALLBACK: ViewId = 'map';
const ENTRY_TAG = '<script type="module" src="/src/embed.ts"></script>';

/** What one view's build wrote, as the page links them. */
export interface EmbedFiles {
  script: string;
  stylesheet: string;
  /** What the view's boot fetches: its datasets as the build checked them, in one file cut to the view
   *  (loadPackage.ts) and, for the map, the region. */
  data: readonly string[];
}

/** The view's data files, as its boot asks for them (boot.ts, loadPackage.ts). */
const viewData = (id: ViewId): string[] => [
  `./data/${packageFileFor({ datasets: VIEW_DATASETS[id], view: id })}`,
  // The view whose first draw loads the map's reader draws the map.
  ...((VIEW_DRAWN[id] as readonly string[]).includes('loadRegion.ts') ? ['./region.topo.json'] : []),
];

/** The page's loader, run in the head: adds the chosen view's stylesheet and fetches its script at once,
 *  running it once the stylesheet is in (or failed), as a stylesheet in the markup would hold a script
 *  after it: the view never measures an unstyled page. `blocking="render"` keeps the page unpainted until
 *  then too (a script's link does not block otherwise): no unstyled "Loading chart…". The view's data is
 *  fetched at once as well (`crossorigin` as fetch() asks, so boot gets the preloaded response) rather
 *  than once the script has run. The script and the data are asked for first, the small stylesheet last:
 *  the largest files start soonest (A/B, 16 loads a view at 1×: every embed drew 2–3 ms sooner). An
 *  unknown id gets the fallback's files, whose entry says the id is unknown, and no data.
 *  `Object.hasOwn`: `?chart=constructor` is not a view. */
export function embedLoaderScript(files: Readonly<Record<string, EmbedFiles>>, fallback: string): string {
  return (
    `{const f=${JSON.stringify(files)},c=new URLSearchParams(location.search).get("chart"),k=Object.hasOwn(f,c),v=k?f[c]:f[${JSON.stringify(fallback)}],` +
    `l=document.createElement("link"),p=document.createElement("link"),s=document.createElement("script");` +
    `l.rel="stylesheet";l.href=v.stylesheet;l.setAttribute("blocking","render");p.rel="modulepreload";p.href=v.script;` +
    `s.type="module";s.src=v.script;l.onload=l.onerror=()=>document.head.append(s);document.head.append(p);` +
    `for(const h of k?v.data:[]){const d=document.createElement("link");d.rel="preload";d.as="fetch";d.crossOrigin="anonymous";d.href=h;document.head.append(d)}document.head.append(l)}`
  );
}

/** Plugin for one view's build: the modules the other views import on demand to draw (their components,
 *  the map's reader) become a module that throws, so nothing of theirs is bundled. The page never loads
 *  them: an embed draws its one view. */
function otherViewsLeftOut(id: ViewId, environment: string): Plugin {
  const others = VIEW_IDS.filter((v) => v !== id).flatMap((v) => VIEW_DRAWN[v]);
  const PREFIX = '\0not-in-embed:';
  return {
    name: `embed-other-views-left-out:${id}`,
    apply: 'build',
    applyToEnvironment: (env) => env.name === environment,
    enforce: 'pre',
    resolveId: (source) => {
      const module = others.find((m) => source.endsWith(`/${m}`));
      return module ? PREFIX + module : null;
    },
    load: (moduleId) =>
      moduleId.startsWith(PREFIX) ? `throw new Error(${JSON.stringify(`${moduleId.slice(PREFIX.length)} is not in the ${id} embed's build`)});` : null,
  };
}

/** What the views' builds wrote, for the page's build to name. On globalThis because Vite evaluates
 *  the config anew for each environment it builds, so nothing in this module outlives one. */
function viewBuildsRecord(): Partial<Record<ViewId, EmbedFiles>> {
  const store = globalThis as { azerbaijanTiesEmbedViews?: ReturnType<typeof viewBuildsRecord> };
  return (store.azerbaijanTiesEmbedViews ??= {});
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
      build: { emptyOutDir: false, rollupOptions: { input: { [`embed-${id}`]: ENTRY }, output: { codeSplitting: { groups: draw.groups } } } },
    };
    plugins.push(draw.plugin, otherViewsLeftOut(id, name), {
      name: `embed-view-files:${id}`,
      apply: 'build',
      applyToEnvironment: (env) => env.name === name,
      // Last, once Vite has added the stylesheet to the bundle.
      generateBundle: {
        order: 'post',
        handler(_options, bundle) {
          const entry = Object.values(bundle).find((c): c is Rollup.OutputChunk => c.type === 'chunk' && c.isEntry);
          if (!entry || entry.imports.length > 0) throw new Error(`${name}: expected one entry file with no static imports, got ${entry?.fileName} importing ${entry?.imports.join(', ')}`);
          // cssCodeSplit is off: the view's rules are one file.
          const stylesheets = Object.keys(bundle).filter((f) => f.endsWith('.css'));
          if (stylesheets.length !== 1) throw new Error(`${name}: expected one stylesheet, got ${stylesheets.join(', ')}`);
          built[id] = { script: `./${entry.fileName}`, stylesheet: `./${stylesheets[0]}`, data: viewData(id) };
        },
      },
    });
  }
  plugins.push({
    name: 'embed-loader',
    apply: 'build',
    // Vite runs every plugin's HTML hooks on every page, whatever the environment: this picks its page.
    // Before Vite reads the page's scripts, so this build bundles none. In the head, so the stylesheet
    // can block the first paint and both files are asked for before the body is read. The page's CSP
    // allows the loader by its hash (pageHead.ts, which reads the page this returns).
    transformIndexHtml: {
      order: 'pre',
      handler(html, { filename }) {
        if (!filename.endsWith('/embed.html')) return html;
        if (!html.includes(ENTRY_TAG) || !html.includes('</head>') || VIEW_IDS.some((id) => !built[id])) {
          throw new Error(`embed.html: expected ${ENTRY_TAG} and a head, and the views' builds before it (built: ${Object.keys(built).join(', ')})`);
        }
        const loader = `<script>${embedLoaderScript(built as Record<ViewId, EmbedFiles>, FALLBACK)}</script>`;
        return html.replace(new RegExp(`\\s*${ENTRY_TAG}`), '').replace('</head>', `  ${loader}\n  </head>`);
      },
    },
  });
  return { environments, plugins };
}
