// A legend key drawn by CSS (a `::before` box: a bordered line, a dot, a square, a glyph) as SVG shapes.

export interface Shape {
  tag: 'line' | 'rect' | 'circle' | 'text';
  attrs: Record<string, string | number>;
  text?: string;
}

const px = (value: string) => parseFloat(value) || 0;
const painted = (colour: string) => colour !== 'transparent' && colour !== 'rgba(0, 0, 0, 0)';

function dashes(style: string, width: number): string | null {
  if (style === 'dashed') return `${2 * width} ${width}`;
  if (style === 'dotted') return `${width} ${width}`;
  return null;
}

/**
 * The shapes that draw a pseudo-element whose computed style is `get`, its box starting at
 * `left` and centred on `centreY`: a box with no height but a top border is a line; a box with
 * a 50% radius a circle; other boxes a rectangle (background fill, border stroke); a text
 * `content` a glyph in its colour with its bottom border. Nothing when it is not drawn.
 */
export function pseudoSwatch(get: (name: string) => string, left: number, centreY: number): Shape[] {
  const content = get('content');
  if (content === 'none' || content === 'normal' || get('display') === 'none') return [];
  const w = px(get('width'));
  const h = px(get('height'));
  const top = { width: px(get('border-top-width')), style: get('border-top-style'), colour: get('border-top-color') };
  const bottom = { width: px(get('border-bottom-width')), colour: get('border-bottom-color') };
  const opacity = get('opacity');
  const common: Record<string, string | number> = opacity && opacity !== '1' ? { opacity } : {};
  const stroke = (b: { width: number; style?: string; colour: string }) => ({
    stroke: b.colour,
    'stroke-width': b.width,
    ...(b.style && dashes(b.style, b.width) ? { 'stroke-dasharray': dashes(b.style, b.width)! } : {}),
  });
  const glyph = content.replace(/^["']|["']$/g, '');
  const shapes: Shape[] = [];

  if (glyph) {
    shapes.push({
      tag: 'text',
      text: glyph,
      attrs: { ...common, x: left + w / 2, y: centreY - bottom.width / 2, 'text-anchor': 'middle', 'dominant-baseline': 'central', fill: get('color'), 'font-size': get('font-size') },
    });
    if (bottom.width > 0) {
      const y = centreY + h / 2 - bottom.width / 2;
      shapes.push({ tag: 'line', attrs: { ...common, x1: left, x2: left + w, y1: y, y2: y, ...stroke(bottom) } });
    }
  } else if (h <= top.width + 0.5) {
    if (top.width > 0 && top.style !== 'none') shapes.push({ tag: 'line', attrs: { ...common, x1: left, x2: left + w, y1: centreY, y2: centreY, ...stroke(top) } });
  } else {
    const border = top.width > 0 && top.style !== 'none' ? stroke(top) : {};
    const inset = top.width > 0 && top.style !== 'none' ? top.width / 2 : 0;
    const fill = painted(get('background-color')) ? get('background-color') : 'none';
    const radius = get('border-top-left-radius');
    if (radius === '50%' || px(radius) >= Math.min(w, h) / 2) {
      shapes.push({ tag: 'circle', attrs: { ...common, cx: left + w / 2, cy: centreY, r: Math.min(w, h) / 2 - inset, fill, ...border } });
    } else {
      shapes.push({ tag: 'rect', attrs: { ...common, x: left + inset, y: centreY - h / 2 + inset, width: w - 2 * inset, height: h - 2 * inset, fill, ...border } });
    }
  }
  return shapes;
}
