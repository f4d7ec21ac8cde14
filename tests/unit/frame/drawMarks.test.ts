// @vitest-environment jsdom
// A layer drawn from plain data: the elements a reader (and a screen reader) meets, kept across
// redraws so focus stays where it was.
import { describe, expect, it } from 'vitest';
import { drawMarks, type Mark } from '../../../src/lib/frame/drawMarks.ts';

const layer = () => document.createElementNS('http://www.w3.org/2000/svg', 'g');
const dot = (key: string, cx: number, extra: Partial<Mark> = {}): Mark => ({ key, tag: 'circle', attrs: { cx, cy: 5, r: 3, 'data-key': key }, ...extra });
const keys = (g: Element) => [...g.children].map((c) => c.getAttribute('data-key'));

describe('drawMarks', () => {
  it('draws one SVG element per mark, in order, with its attributes, style and text', () => {
    const g = layer();
    drawMarks(g, [dot('a', 1), { key: 'label', tag: 'text', attrs: { x: 2, 'data-key': 'label' }, style: { fill: 'var(--flow-oil)' }, text: 'Israel' }]);
    expect(keys(g)).toEqual(['a', 'label']);
    const [circle, text] = [...g.children] as SVGElement[];
    expect(circle!.namespaceURI).toBe('http://www.w3.org/2000/svg');
    expect(circle!.getAttribute('cx')).toBe('1');
    expect(text!.textContent).toBe('Israel');
    expect(text!.style.getPropertyValue('fill')).toBe('var(--flow-oil)');
  });

  it('keeps the element of a kept key (focus stays on it), updates what changed and drops what is gone', () => {
    const g = layer();
    drawMarks(g, [dot('a', 1, { attrs: { cx: 1, 'aria-pressed': 'false', 'data-key': 'a' } }), dot('b', 2), dot('c', 3)]);
    const [a, , c] = [...g.children];
    drawMarks(g, [dot('c', 30), dot('a', 10), dot('d', 4)]);
    expect(keys(g)).toEqual(['c', 'a', 'd']);
    expect(g.children[0]).toBe(c);
    expect(g.children[1]).toBe(a);
    expect(a!.getAttribute('cx')).toBe('10');
    // An attribute the new mark does not have is taken off, not left stale.
    expect(a!.hasAttribute('aria-pressed')).toBe(false);
  });

  it('leaves an initial attribute to whoever moves it after (the roving tabindex)', () => {
    const g = layer();
    drawMarks(g, [dot('a', 1, { initial: { tabindex: '-1' } })]);
    g.children[0]!.setAttribute('tabindex', '0');
    drawMarks(g, [dot('a', 2, { initial: { tabindex: '-1' } })]);
    expect(g.children[0]!.getAttribute('tabindex')).toBe('0');
  });

  it('takes off an attribute set to null and a style no longer given', () => {
    const g = layer();
    drawMarks(g, [dot('a', 1, { attrs: { 'stroke-dasharray': '4 2', 'data-key': 'a' }, style: { stroke: 'red' } })]);
    drawMarks(g, [dot('a', 1, { attrs: { 'stroke-dasharray': null, 'data-key': 'a' } })]);
    const el = g.children[0] as SVGElement;
    expect(el.hasAttribute('stroke-dasharray')).toBe(false);
    expect(el.style.getPropertyValue('stroke')).toBe('');
  });

  it('draws children as a layer of their own, and a new tag under a kept key makes a new element', () => {
    const g = layer();
    const group = (children: Mark[]): Mark => ({ key: 'isr', tag: 'g', attrs: { 'data-key': 'isr' }, children });
    drawMarks(g, [group([dot('x', 1), { key: 'y', tag: 'path', attrs: { d: 'M0,0' } }])]);
    const outer = g.children[0]!;
    const x = outer.children[0];
    drawMarks(g, [group([dot('x', 2), { key: 'y', tag: 'circle', attrs: { r: 2 } }])]);
    expect(g.children[0]).toBe(outer);
    expect(outer.children[0]).toBe(x);
    expect([...outer.children].map((c) => c.tagName)).toEqual(['circle', 'circle']);
    drawMarks(g, [group([])]);
    expect(outer.children).toHaveLength(0);
  });

  it('puts marks in their new order by moving the fewest elements: one raised to the top moves alone', async () => {
    const g = layer();
    const all = 'abcdefghij'.split('');
    drawMarks(g, all.map((k, i) => dot(k, i)));
    const before = [...g.children];
    const moved = new Set<Node>();
    const watch = new MutationObserver((records) => records.forEach((r) => r.addedNodes.forEach((n) => moved.add(n))));
    watch.observe(g, { childList: true });
    // The selected partner's group is drawn last, on top of the nine others.
    drawMarks(g, [...all.slice(1), 'a'].map((k, i) => dot(k, i)));
    await Promise.resolve();
    expect(keys(g)).toEqual([...all.slice(1), 'a']);
    expect([...moved].map((n) => (n as Element).getAttribute('data-key'))).toEqual(['a']);
    // Every element is the one drawn before: none was made again.
    expect(new Set(g.children)).toEqual(new Set(before));
    watch.disconnect();
  });

  it('reverses, interleaves new marks and drops gone ones, each in the order given', () => {
    const g = layer();
    drawMarks(g, ['a', 'b', 'c', 'd'].map((k, i) => dot(k, i)));
    const [a, , c] = [...g.children];
    drawMarks(g, ['d', 'x', 'c', 'a', 'y'].map((k, i) => dot(k, i)));
    expect(keys(g)).toEqual(['d', 'x', 'c', 'a', 'y']);
    expect(g.children[2]).toBe(c);
    expect(g.children[3]).toBe(a);
  });

  it('refuses two marks with one key, which would make one of them unreachable', () => {
    expect(() => drawMarks(layer(), [dot('a', 1), dot('a', 2)])).toThrow(/two marks keyed "a"/);
  });
});
