// @vitest-environment jsdom
// The roving tabindex: one Tab stop among a view's marks, kept across redraws.
import { describe, expect, it } from 'vitest';
import { markNavigation } from '../../../src/lib/frame/markNavigation.ts';

function area(n: number): HTMLElement {
  const node = document.createElement('div');
  node.innerHTML = Array.from({ length: n }, (_, i) => `<span data-mark data-tip="mark ${i}"></span>`).join('');
  document.body.append(node);
  return node;
}

const tabindexes = (node: HTMLElement) => [...node.querySelectorAll('[data-mark]')].map((m) => m.getAttribute('tabindex'));
const flush = () => new Promise((r) => setTimeout(r));

describe('markNavigation', () => {
  it('makes the first mark the one Tab stop, and a redraw touches only the marks whose stop changed', async () => {
    const node = area(3);
    const nav = markNavigation(node, { onTip: () => {} });
    expect(tabindexes(node)).toEqual(['0', '-1', '-1']);

    const changed: (string | null)[] = [];
    const watch = new MutationObserver((list) => list.forEach((m) => changed.push((m.target as Element).getAttribute('data-tip'))));
    watch.observe(node, { attributes: true, attributeFilter: ['tabindex'], subtree: true });
    // A redraw adds a mark: the area looks its marks up again.
    node.insertAdjacentHTML('beforeend', '<span data-mark data-tip="mark 3"></span>');
    await flush();
    expect(tabindexes(node)).toEqual(['0', '-1', '-1', '-1']);
    expect(changed).toEqual(['mark 3']);
    watch.disconnect();
    nav.destroy?.();
    node.remove();
  });

  it('an arrow key past the last mark, or Home on the first, shows the tip again after Escape hid it', () => {
    const node = area(3);
    let tip: string[][] | null = null;
    const nav = markNavigation(node, { onTip: (t) => (tip = t && t.marks) });
    const marks = [...node.querySelectorAll<HTMLElement>('[data-mark]')];
    const key = (target: Element, k: string) => target.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true }));
    marks[2]!.focus();
    expect(tip).toEqual([['mark 2']]);
    key(marks[2]!, 'Escape');
    expect(tip).toBeNull();
    key(marks[2]!, 'ArrowRight');
    expect(document.activeElement).toBe(marks[2]);
    expect(tip).toEqual([['mark 2']]);
    key(marks[2]!, 'ArrowLeft');
    expect(document.activeElement).toBe(marks[1]);
    expect(tip).toEqual([['mark 1']]);
    key(marks[1]!, 'Home');
    key(marks[0]!, 'Escape');
    key(marks[0]!, 'Home');
    expect(tip).toEqual([['mark 0']]);
    nav.destroy?.();
    node.remove();
  });
});
