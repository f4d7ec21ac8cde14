// SVG path data for the contact marks' shapes, centred on (cx, cy) with radius r.
import type { ContactShape } from '../../series/contactKinds.ts';

/** A circle, diamond, upward triangle or square of about the same visual weight. */
export function glyphPath(shape: ContactShape, cx: number, cy: number, r: number): string {
  const f = (n: number) => Math.round(n * 100) / 100;
  switch (shape) {
    case 'circle':
      return `M${f(cx - r)},${f(cy)}a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0Z`;
    case 'diamond': {
      const d = r * 1.3;
      return `M${f(cx)},${f(cy - d)}L${f(cx + d)},${f(cy)}L${f(cx)},${f(cy + d)}L${f(cx - d)},${f(cy)}Z`;
    }
    case 'triangle': {
      const h = r * 1.25;
      return `M${f(cx)},${f(cy - h)}L${f(cx + h)},${f(cy + h * 0.8)}L${f(cx - h)},${f(cy + h * 0.8)}Z`;
    }
    case 'square': {
      const h = r * 0.9;
      return `M${f(cx - h)},${f(cy - h)}h${f(2 * h)}v${f(2 * h)}h${f(-2 * h)}Z`;
    }
  }
}
