// @vitest-environment jsdom
import { describe, it, expect } from 'vitest';
import {
  DEFAULT_EMBED_OPTIONS, EMBED_HEIGHTS, embedHeight, embedSnippet, embedSrc, escapeAttribute, linkGroup, type EmbedOptions,
} from '../../../src/lib/embed/embedSnippet.ts';
import { VIEW_IDS } from '../../../src/lib/catalogue/catalogue.ts';

const BASE = 'https://example.org/azerbaijan-ties/';
const OIL = { id: 'oil', title: "Azerbaijan's crude oil exports" };
const options = (o: Partial<EmbedOptions> = {}): EmbedOptions => ({ ...DEFAULT_EMBED_OPTIONS, ...o });

/** The snippet as a browser parses it: the iframe's and the script's attributes. */
function parse(snippet: string): { iframe: HTMLIFrameElement; script: HTMLScriptElement; count: number } {
  const template = document.createElement('template');
  template.innerHTML = snippet;
  return {
    iframe: template.content.querySelector('iframe')!,
    script: template.content.querySelector('script')!,
    count: template.content.children.length,
  };
}

describe('embedSrc', () => {
  it.each([
    ['no state, default options', '', {}, `${BASE}embed.html?chart=oil`],
    ['the state query follows chart', 'countries=ISR&start=2020', {}, `${BASE}embed.html?chart=oil&countries=ISR&start=2020`],
    ['commas stay readable', 'countries=ISR,USA', {}, `${BASE}embed.html?chart=oil&countries=ISR,USA`],
    ['plain adds plain=1', 'countries=ISR', { plain: true }, `${BASE}embed.html?chart=oil&countries=ISR&plain=1`],
    ['a theme is written; auto is left out', '', { theme: 'dark' as const }, `${BASE}embed.html?chart=oil&theme=dark`],
    ['plain and theme, in that order', 'start=2020', { plain: true, theme: 'light' as const }, `${BASE}embed.html?chart=oil&start=2020&plain=1&theme=light`],
  ])('embedSrc(base, "oil", query, options): %s', (_, query, o, expected) => {
    expect(embedSrc(BASE, 'oil', query, options(o))).toBe(expected);
  });

  it('embedSrc keeps only the keys the view reads (the oil chart drops the map’s layer and the visits’ kinds)', () => {
    expect(embedSrc(BASE, 'oil', 'start=2020&layer=arms&kinds=calls&unit=bbl&oil=x', options())).toBe(`${BASE}embed.html?chart=oil&start=2020&unit=bbl&oil=x`);
    expect(embedSrc(BASE, 'map', 'layer=arms&edition=2024&kinds=calls', options())).toBe(`${BASE}embed.html?chart=map&layer=arms&edition=2024`);
  });

  it('embedSrc lets the options, not the query, decide chart, plain and theme', () => {
    expect(embedSrc(BASE, 'oil', 'chart=arms&plain=1&theme=dark&countries=ISR', options())).toBe(`${BASE}embed.html?chart=oil&countries=ISR`);
  });

  it('embedSrc percent-encodes values a URL cannot carry', () => {
    const src = embedSrc(BASE, 'not a view', 'q=a b&r="<x>"', options());
    expect(src).toBe(`${BASE}embed.html?chart=not+a+view&q=a+b&r=%22%3Cx%3E%22`);
    expect(new URL(src).searchParams.get('r')).toBe('"<x>"');
  });
});

describe('embedSnippet', () => {
  it('embedSnippet(oil, defaults) is the README’s iframe and then embed.js', () => {
    expect(embedSnippet(BASE, OIL, 'countries=ISR', options())).toBe(
      `<iframe src="${BASE}embed.html?chart=oil&amp;countries=ISR" title="Azerbaijan's crude oil exports" style="width:100%;height:640px;border:0" loading="lazy"></iframe>\n` +
        `<script src="${BASE}embed.js" async></script>`,
    );
  });

  it('embedSnippet parses back to exactly one iframe (src = embedSrc) and one async embed.js', () => {
    const o = options({ plain: true, theme: 'dark' });
    const { iframe, script, count } = parse(embedSnippet(BASE, OIL, 'countries=ISR,USA&start=2020', o));
    expect(count).toBe(2);
    expect(iframe.getAttribute('src')).toBe(embedSrc(BASE, 'oil', 'countries=ISR,USA&start=2020', o));
    expect(iframe.getAttribute('title')).toBe(OIL.title);
    expect(iframe.getAttribute('loading')).toBe('lazy');
    expect(iframe.hasAttribute('data-link')).toBe(false);
    expect(script.getAttribute('src')).toBe(`${BASE}embed.js`);
    expect(script.hasAttribute('async')).toBe(true);
  });

  it.each(VIEW_IDS)('embedSnippet(%s) sets the view’s fixed height for when the script is stripped', (id) => {
    const { iframe } = parse(embedSnippet(BASE, { id, title: id }, '', options()));
    expect(iframe.getAttribute('style')).toBe(`width:100%;height:${EMBED_HEIGHTS[id]}px;border:0`);
    expect(embedHeight(id)).toBe(EMBED_HEIGHTS[id]);
  });

  it('embedHeight gives an unknown view a fixed height too', () => {
    expect(embedHeight('nope')).toBeGreaterThanOrEqual(560);
  });

  it.each([
    ['apostrophes', "Azerbaijan's crude oil exports"],
    ['double quotes', 'The "largest" buyer'],
    ['markup', '<script>alert(1)</script> & <b>bold</b>'],
    ['everything at once', `it's "a" <i>&amp;</i> '"><iframe src=x>`],
  ])('embedSnippet escapes a title with %s: it parses back unchanged and adds no element', (_, title) => {
    const snippet = embedSnippet(BASE, { id: 'oil', title }, '', options());
    const { iframe, count } = parse(snippet);
    expect(count).toBe(2);
    expect(iframe.getAttribute('title')).toBe(title);
    expect(snippet).not.toMatch(/<(?!iframe |\/iframe>|script |\/script>)/);
  });

  it('embedSnippet escapes a base URL with a quote', () => {
    const base = 'https://example.org/a"b/';
    const { iframe, script } = parse(embedSnippet(base, OIL, '', options()));
    expect(iframe.getAttribute('src')).toBe(`${base}embed.html?chart=oil`);
    expect(script.getAttribute('src')).toBe(`${base}embed.js`);
  });

  it('embedSnippet adds data-link for a valid group, trimmed, and leaves an invalid one out', () => {
    expect(parse(embedSnippet(BASE, OIL, '', options({ link: '  story-2024_a ' }))).iframe.getAttribute('data-link')).toBe('story-2024_a');
    expect(embedSnippet(BASE, OIL, '', options({ link: 'story' }))).toContain('loading="lazy" data-link="story"></iframe>');
    for (const link of ['', '   ', 'a"b', 'x y', '<b>', 'a'.repeat(41)]) {
      expect(parse(embedSnippet(BASE, OIL, '', options({ link }))).iframe.hasAttribute('data-link')).toBe(false);
    }
  });
});

describe('linkGroup', () => {
  it.each([
    ['', ''],
    ['  ', ''],
    ['story', 'story'],
    ['Story_2024-oil', 'Story_2024-oil'],
    [' padded ', 'padded'],
    ['a'.repeat(40), 'a'.repeat(40)],
    ['a'.repeat(41), null],
    ['two words', null],
    ['quote"', null],
    ['<b>', null],
    ['émigré', null],
    ['a.b', null],
  ])('linkGroup(%j) is %j', (raw, expected) => {
    expect(linkGroup(raw)).toBe(expected);
  });
});

describe('escapeAttribute', () => {
  it('escapeAttribute escapes &, ", < and > and leaves apostrophes (values are always double-quoted)', () => {
    expect(escapeAttribute(`a&b "c" <d> it's`)).toBe('a&amp;b &quot;c&quot; &lt;d&gt; it\'s');
  });
});
