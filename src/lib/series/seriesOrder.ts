// The order series are drawn and listed in: Israel first (the story's focus), then by size.
import { compareText } from '../text/compareText.ts';

/** Codes sorted Israel first, then by `size` (largest first), then alphabetically. */
export function israelFirst(size: ReadonlyMap<string, number>): string[] {
  return [...size.keys()].sort((a, b) => Number(b === 'ISR') - Number(a === 'ISR') || size.get(b)! - size.get(a)! || compareText(a, b));
}
