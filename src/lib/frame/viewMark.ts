// What makes a drawn element a mark of its view (markNavigation reads these): an image named by
// its tip's lines, the lines the shared tooltip shows, and the year the crosshair follows.
import type { AttributeValue } from './drawMarks.ts';

/** A mark's attributes from its tip's lines (one per line in the tooltip) and its year (null: none). */
export function viewMark(lines: readonly string[], year: number | null): Record<string, AttributeValue> {
  return { role: 'img', 'aria-label': lines.join(', '), 'data-mark': '', 'data-tip': lines.join('\n'), 'data-year': year };
}
