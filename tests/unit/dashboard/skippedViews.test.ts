// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { markSkippedViews } from '../../../src/lib/dashboard/skippedViews.ts';

/** The event Chromium fires at an element with content-visibility: auto (it does not bubble). */
function skipState(target: Element, skipped: boolean) {
  target.dispatchEvent(Object.assign(new Event('contentvisibilityautostatechange', { bubbles: false }), { skipped }));
}

describe('markSkippedViews', () => {
  function views() {
    const container = document.createElement('div');
    container.innerHTML = '<div class="chart-slot"><figure class="chart"></figure></div><div class="chart-slot"><figure class="chart"></figure></div>';
    document.body.append(container);
    const [first, second] = [...container.querySelectorAll('.chart-slot')];
    return { container, first: first!, second: second!, figure: first!.querySelector('figure')! };
  }

  it('marks the cell of a view whose rendering is skipped, and unmarks it once it is rendered', () => {
    const { container, first, second, figure } = views();
    const detach = markSkippedViews(container);
    skipState(figure, true);
    expect(first.hasAttribute('data-skipped')).toBe(true);
    expect(figure.hasAttribute('data-skipped')).toBe(false);
    expect(second.hasAttribute('data-skipped')).toBe(false);
    skipState(figure, false);
    expect(first.hasAttribute('data-skipped')).toBe(false);
    if (typeof detach === 'function') detach();
    skipState(figure, true);
    expect(first.hasAttribute('data-skipped')).toBe(false);
    container.remove();
  });
});
