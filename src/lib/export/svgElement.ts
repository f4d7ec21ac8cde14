// Creating SVG elements in the SVG namespace, with their attributes, for an exported image.

export const SVG_NS = 'http://www.w3.org/2000/svg';

/** A new `<tag>` with `attrs` set (numbers rounded to 2 decimals) and an optional text. */
export function svgElement(tag: string, attrs: Record<string, string | number> = {}, text?: string): SVGElement {
  const el = document.createElementNS(SVG_NS, tag) as SVGElement;
  for (const [name, value] of Object.entries(attrs)) {
    el.setAttribute(name, typeof value === 'number' ? String(Math.round(value * 100) / 100) : value);
  }
  if (text !== undefined) el.textContent = text;
  return el;
}
