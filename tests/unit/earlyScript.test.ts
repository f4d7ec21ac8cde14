import { describe, expect, it } from 'vitest';
import type { HtmlTagDescriptor, IndexHtmlTransformContext, Rollup } from 'vite';
import { earlyScript } from '../../scripts/earlyScript.ts';

const chunk = (fileName: string, facadeModuleId: string | null, isEntry: boolean) => ({ type: 'chunk', fileName, facadeModuleId, isEntry }) as unknown as Rollup.OutputChunk;
const bundle = (...chunks: Rollup.OutputChunk[]): Rollup.OutputBundle => Object.fromEntries(chunks.map((c) => [c.fileName, c]));
const BUILT = bundle(
  chunk('assets/main-a1.js', '/app/index.html', true),
  chunk('assets/loads-b2.js', '/app/src/lib/boot/dashboardLoads.ts', true),
  chunk('assets/startLoads-c3.js', '/app/src/lib/boot/startLoads.ts', false),
);

/** The tags the plugin adds to `filename` of a build that wrote `built`. */
function tags(filename: string, built: Rollup.OutputBundle): HtmlTagDescriptor[] {
  const hook = earlyScript('src/lib/boot/dashboardLoads.ts').transformIndexHtml as { handler: (html: string, ctx: IndexHtmlTransformContext) => HtmlTagDescriptor[] };
  return hook.handler('', { filename, bundle: built, path: '/', server: undefined } as unknown as IndexHtmlTransformContext);
}

describe('earlyScript', () => {
  it('runs the early entry’s file from the top of the page’s head, as soon as it is in (async)', () => {
    expect(tags('/app/index.html', BUILT)).toEqual([
      { tag: 'script', attrs: { type: 'module', async: true, crossorigin: true, src: './assets/loads-b2.js' }, injectTo: 'head-prepend' },
    ]);
  });

  it('adds nothing to another page, or where the build has no such entry', () => {
    expect(tags('/app/embed.html', BUILT)).toEqual([]);
    expect(tags('/app/index.html', bundle(chunk('assets/main-a1.js', '/app/index.html', true), chunk('assets/dashboardLoads-d4.js', '/app/src/lib/boot/dashboardLoads.ts', false)))).toEqual([]);
  });
});
