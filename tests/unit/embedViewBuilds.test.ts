import { describe, expect, it } from 'vitest';
import { runInNewContext } from 'node:vm';
import { embedLoaderScript } from '../../scripts/embedViewBuilds.ts';
import { VIEW_DATASETS, VIEW_DRAWN } from '../../scripts/firstDrawChunks.ts';
import { CATALOGUE, VIEW_IDS } from '../../src/lib/catalogue/catalogue.ts';

const FILES = {
  map: { script: './assets/embed-map-A.js', stylesheet: './assets/style-A.css', data: ['./data/checked/a.json', './region.topo.json'] },
  oil: { script: './assets/embed-oil-B.js', stylesheet: './assets/style-B.css', data: ['./data/checked/b.json'] },
};

type Element = { tag: string; attributes: Record<string, string>; onload?: () => void; onerror?: () => void } & Record<string, unknown>;

/** Runs the page's loader at a URL's query; returns what it appended to the head at once, and after the
 *  stylesheet's load event (`loaded`) or error event (`failed`). */
function run(search: string): { atOnce: Element[]; loaded: () => Element[]; failed: () => Element[] } {
  const appended: Element[] = [];
  const document = {
    createElement: (tag: string): Element => {
      const el: Element = { tag, attributes: {} };
      el['setAttribute'] = (name: string, value: string) => (el.attributes[name] = value);
      return el;
    },
    head: { append: (...els: Element[]) => appended.push(...els) },
  };
  runInNewContext(embedLoaderScript(FILES, 'map'), { document, location: { search }, URLSearchParams, Object });
  const plain = () => appended.map(({ setAttribute: _s, onload: _l, onerror: _e, ...el }) => el as Element);
  const atOnce = plain();
  const stylesheet = appended.find((el) => el['rel'] === 'stylesheet')!;
  return {
    atOnce,
    loaded: () => (stylesheet.onload?.(), plain().slice(atOnce.length)),
    failed: () => (stylesheet.onerror?.(), plain().slice(atOnce.length)),
  };
}

const stylesheet = (files: { stylesheet: string }) => ({ tag: 'link', rel: 'stylesheet', href: files.stylesheet, attributes: { blocking: 'render' } });
const scriptPreload = (files: { script: string }) => ({ tag: 'link', rel: 'modulepreload', href: files.script, attributes: {} });
const script = (files: { script: string }) => [{ tag: 'script', type: 'module', src: files.script, attributes: {} }];
// As fetch() asks for them (same-origin CORS mode), so the view's boot gets the preloaded responses.
const dataPreloads = (files: { data: readonly string[] }) => files.data.map((href) => ({ tag: 'link', rel: 'preload', as: 'fetch', crossOrigin: 'anonymous', href, attributes: {} }));

describe('embedLoaderScript', () => {
  it('asks at once for the chosen view’s script and data, the larger files, then its stylesheet, which holds the first paint', () => {
    expect(run('?chart=oil&theme=dark').atOnce).toEqual([scriptPreload(FILES.oil), ...dataPreloads(FILES.oil), stylesheet(FILES.oil)]);
    expect(run('?chart=map').atOnce).toEqual([scriptPreload(FILES.map), ...dataPreloads(FILES.map), stylesheet(FILES.map)]);
  });

  it('runs the script only once the stylesheet is in, or has failed (the chart then draws unstyled rather than not at all)', () => {
    expect(run('?chart=oil').loaded()).toEqual(script(FILES.oil));
    expect(run('?chart=oil').failed()).toEqual(script(FILES.oil));
  });

  it('gives an unknown, inherited or missing id the fallback’s files, whose entry says so, and fetches no data for it', () => {
    for (const search of ['?chart=nope', '?chart=constructor', '?chart=__proto__', '']) {
      const page = run(search);
      expect(page.atOnce).toEqual([scriptPreload(FILES.map), stylesheet(FILES.map)]);
      expect(page.loaded()).toEqual(script(FILES.map));
    }
  });
});

describe('VIEW_DATASETS', () => {
  it('names, for each view, the datasets the catalogue says it draws (the loader preloads these)', () => {
    expect(Object.fromEntries(VIEW_IDS.map((id) => [id, CATALOGUE[id].datasets]))).toEqual(VIEW_DATASETS);
  });
});

describe('VIEW_DRAWN', () => {
  it('has one build for each view of the catalogue (the config cannot import it)', () => {
    expect(Object.keys(VIEW_DRAWN)).toEqual([...VIEW_IDS]);
  });
});
