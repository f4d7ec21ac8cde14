// Text measured in the browser's own fonts, so the export's wrapping and baselines match the drawing.
import { FONT_STACK } from './svgStyle.ts';

let context: CanvasRenderingContext2D | null = null;

/** The CSS font of a text in FONT_STACK. */
export const cssFont = (size: string | number, weight: string | number = 400, style = 'normal') =>
  `${style} ${weight} ${typeof size === 'number' ? `${size}px` : size} ${FONT_STACK}`;

/** Width, ascent and descent (px) of `text` drawn in `font`. */
export function textMetrics(text: string, font: string): { width: number; ascent: number; descent: number } {
  context ??= document.createElement('canvas').getContext('2d');
  if (!context) return { width: text.length * 7, ascent: 10, descent: 3 };
  context.font = font;
  const m = context.measureText(text);
  return { width: m.width, ascent: m.fontBoundingBoxAscent, descent: m.fontBoundingBoxDescent };
}
