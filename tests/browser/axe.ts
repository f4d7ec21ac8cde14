// axe-core in the real page: WCAG 2.x A/AA rules and axe's best practices, violations listed by rule and target.
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/** Returns one line per violated rule; an empty list means no violations. */
export async function axeViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
  return result.violations.map((v) => `${v.id} (${v.nodes.length}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}
