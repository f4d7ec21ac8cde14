import { describe, expect, it } from 'vitest';
import { runInNewContext } from 'node:vm';
import { embedLoaderScript } from '../../scripts/embedViewBuilds.ts';
import { VIEW_DRAWN } from '../../scripts/firstDrawChunks.ts';
import { VIEW_IDS } from '../../src/lib/catalogue/catalogue.ts';

const FILES = { map: './assets/embed-map-A.js', oil: './assets/embed-oil-B.js' };

/** Runs the page's loader at a URL's query and returns the script it appended. */
function loaded(search: string): { type: string; src: string }[] {
  const appended: { type: string; src: string }[] = [];
  const document = { createElement: () => ({ type: '', src: '' }), body: { append: (s: { type: string; src: string }) => appended.push(s) } };
  runInNewContext(embedLoaderScript(FILES, 'map'), { document, location: { search }, URLSearchParams, Object });
  return appended;
}

describe('embedLoaderScript', () => {
  it('appends the chosen view’s module script', () => {
    expect(loaded('?chart=oil&theme=dark')).toEqual([{ type: 'module', src: './assets/embed-oil-B.js' }]);
  });

  it('gives an unknown, inherited or missing id the fallback’s script, whose entry says so', () => {
    for (const search of ['?chart=nope', '?chart=constructor', '?chart=__proto__', '']) {
      expect(loaded(search)).toEqual([{ type: 'module', src: './assets/embed-map-A.js' }]);
    }
  });
});

describe('VIEW_DRAWN', () => {
  it('has one build for each view of the catalogue (the config cannot import it)', () => {
    expect(Object.keys(VIEW_DRAWN)).toEqual([...VIEW_IDS]);
  });
});
