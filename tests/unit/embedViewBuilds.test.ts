import { describe, expect, it } from 'vitest';
import { runInNewContext } from 'node:vm';
import { embedLoaderScript } from '../../scripts/embedViewBuilds.ts';
import { VIEW_DRAWN } from '../../scripts/firstDrawChunks.ts';
import { VIEW_IDS } from '../../src/lib/catalogue/catalogue.ts';

const FILES = {
  map: { script: './assets/embed-map-A.js', stylesheet: './assets/style-A.css' },
  oil: { script: './assets/embed-oil-B.js', stylesheet: './assets/style-B.css' },
};

type Element = { tag: string; attributes: Record<string, string> } & Record<string, unknown>;

/** Runs the page's loader at a URL's query and returns what it appended to the head. */
function loaded(search: string): Element[] {
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
  return appended.map(({ setAttribute: _, ...el }) => el as Element);
}

const linkAndScript = (files: { script: string; stylesheet: string }) => [
  { tag: 'link', rel: 'stylesheet', href: files.stylesheet, attributes: { blocking: 'render' } },
  { tag: 'script', type: 'module', src: files.script, attributes: {} },
];

describe('embedLoaderScript', () => {
  it('adds the chosen view’s stylesheet, holding the first paint, and its module script', () => {
    expect(loaded('?chart=oil&theme=dark')).toEqual(linkAndScript(FILES.oil));
  });

  it('gives an unknown, inherited or missing id the fallback’s files, whose entry says so', () => {
    for (const search of ['?chart=nope', '?chart=constructor', '?chart=__proto__', '']) {
      expect(loaded(search)).toEqual(linkAndScript(FILES.map));
    }
  });
});

describe('VIEW_DRAWN', () => {
  it('has one build for each view of the catalogue (the config cannot import it)', () => {
    expect(Object.keys(VIEW_DRAWN)).toEqual([...VIEW_IDS]);
  });
});
