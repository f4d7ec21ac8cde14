// A copy of a live SVG as drawn, its computed styles written on each element, placed in a box.
import { svgStyleText } from './svgStyle.ts';

/** Elements that draw nothing themselves: copied as they are. */
const NOT_DRAWN = new Set(['title', 'desc', 'metadata']);

function inlineStyles(live: Element, clone: Element, parent: CSSStyleDeclaration | null): void {
  if (NOT_DRAWN.has(live.localName)) return;
  const own = getComputedStyle(live);
  const style = svgStyleText((p) => own.getPropertyValue(p), parent && ((p) => parent.getPropertyValue(p)));
  if (style) clone.setAttribute('style', style);
  else clone.removeAttribute('style');
  clone.removeAttribute('tabindex');
  for (let i = 0; i < live.children.length; i++) inlineStyles(live.children[i]!, clone.children[i]!, own);
}

/**
 * `live` deep-cloned with its computed styles inlined (CSS variables thus resolved), sized to
 * `box` (px, in the exported image's coordinates) and keeping its own viewBox and overflow.
 */
export function cloneSvg(live: SVGSVGElement, box: { x: number; y: number; width: number; height: number }): SVGSVGElement {
  const clone = live.cloneNode(true) as SVGSVGElement;
  inlineStyles(live, clone, null);
  for (const [name, value] of Object.entries(box)) clone.setAttribute(name, String(Math.round(value * 100) / 100));
  clone.setAttribute('overflow', getComputedStyle(live).overflow === 'visible' ? 'visible' : 'hidden');
  return clone;
}
