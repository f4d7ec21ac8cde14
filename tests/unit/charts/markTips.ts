// Shared by the mark tests: a view's marks as markNavigation finds them, and what each must carry
// before the action runs (rendered with the action stubbed).
import { expect } from 'vitest';

export const marks = (c: HTMLElement) => [...c.querySelectorAll('[data-mark]')];
export const lines = (m: Element) => m.getAttribute('data-tip')!.split('\n');

/** Every mark is an image named by its tip's lines and ending with its source; no <title>, no tab stop of its own. */
export function expectMarksReady(c: HTMLElement): void {
  expect(marks(c).length).toBeGreaterThan(3);
  for (const m of marks(c)) {
    expect(m.getAttribute('role')).toBe('img');
    expect(m.getAttribute('aria-label')).toBe(lines(m).join(', '));
    expect(lines(m).at(-1)).toMatch(/^Source: .+/);
    expect(m.hasAttribute('tabindex')).toBe(false);
  }
  expect(c.querySelector('.plot-area title')).toBeNull();
  expect(c.querySelector('.plot-area [tabindex]')).toBeNull();
}
