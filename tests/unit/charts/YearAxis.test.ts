// @vitest-environment jsdom
// The time axis's hatched "not collected" years: where they are drawn, and that a new range moves
// the hatches it has rather than making new ones (a From-year change redraws the axis of every chart).
import { describe, expect, it } from 'vitest';
import { render } from '@testing-library/svelte';
import YearAxis from '../../../src/lib/charts/YearAxis.svelte';
import { timeScale } from '../../../src/lib/charts/timeScale.ts';

const axis = (start: number, end: number) => ({ scale: timeScale(start, end, 0, 600), y: 200, top: 20, uncollected: [2015, 2016, 2020] });
const hatches = (root: Element) => [...root.querySelectorAll('rect.uncollected')];

describe('YearAxis', () => {
  it('hatches each run of years with no figures, from the top to the baseline', () => {
    const { container } = render(YearAxis, axis(2014, 2025));
    const rects = hatches(container);
    // 2015–2016 is one run, 2020 another: 50 px a year over 2014–2025.
    expect(rects.map((r) => [r.getAttribute('x'), r.getAttribute('width'), r.getAttribute('height')])).toEqual([
      ['50', '100', '180'],
      ['300', '50', '180'],
    ]);
  });

  it('a new range moves the same hatches to their new years', async () => {
    const { container, rerender } = render(YearAxis, axis(2014, 2025));
    const before = hatches(container);
    await rerender(axis(2015, 2026));
    const after = hatches(container);
    expect(after).toHaveLength(2);
    expect(after.every((r, i) => r === before[i])).toBe(true);
    expect(after.map((r) => r.getAttribute('x'))).toEqual(['0', '250']);
  });
});
