// Greedy line breaking of a text to a width, for the title, subtitle and footer of an exported image.

/** The width of a text as it will be drawn, in px. */
export type Measure = (text: string) => number;

/**
 * Breaks `text` into lines no wider than `width`: at spaces, and a word wider than a line (a URL)
 * after `/ ? & = ,` where it can, else between characters. An empty text gives no lines.
 */
export function wrapText(text: string, width: number, measure: Measure): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const joined = line ? `${line} ${word}` : word;
    if (measure(joined) <= width) {
      line = joined;
      continue;
    }
    if (line) lines.push(line);
    const pieces = measure(word) <= width ? [word] : breakWord(word, width, measure);
    lines.push(...pieces.slice(0, -1));
    line = pieces.at(-1) ?? '';
  }
  if (line) lines.push(line);
  return lines;
}

/** A word too wide for a line, in pieces that fit (each at least one character). */
function breakWord(word: string, width: number, measure: Measure): string[] {
  const parts = word.split(/(?<=[/?&=,])/).flatMap((part) => (measure(part) <= width ? [part] : [...part]));
  const pieces: string[] = [];
  let piece = '';
  for (const part of parts) {
    if (piece && measure(piece + part) > width) {
      pieces.push(piece);
      piece = part;
    } else piece += part;
  }
  if (piece) pieces.push(piece);
  return pieces;
}
