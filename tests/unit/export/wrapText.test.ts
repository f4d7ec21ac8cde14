import { describe, it, expect } from 'vitest';
import { wrapText } from '../../../src/lib/export/wrapText.ts';

/** Every character 1 px wide. */
const measure = (text: string) => text.length;

describe('wrapText', () => {
  it.each([
    ['', 10, []],
    ['one line', 10, ['one line']],
    ['tonnes, 2020–2024 · each line spans', 12, ['tonnes,', '2020–2024 ·', 'each line', 'spans']],
    ['  spaces   collapse ', 20, ['spaces collapse']],
    ['x https://x.org/t/?countries=ISR&start=2020', 16, ['x', 'https://x.org/t/', '?countries=ISR&', 'start=2020']],
    ['abcdefghij', 4, ['abcd', 'efgh', 'ij']],
  ] as const)('wrapText(%j, %i) gives %j', (text, width, lines) => {
    expect(wrapText(text, width, measure)).toEqual(lines);
  });

  it('wrapText never gives a line wider than the width unless it is one character', () => {
    const text = 'Source: Globes, Middle East Eye (live blog; French mirror on mfvnnews.com), Azernews via Today.az';
    for (const width of [1, 5, 17, 40]) {
      for (const line of wrapText(text, width, measure)) expect(line.length <= width || line.length === 1).toBe(true);
    }
    expect(wrapText(text, 17, measure).join(' ')).toBe(text);
  });
});
