// Which computed styles an exported SVG needs written on its elements, since the page's CSS stays behind.

/** Every exported text names the page's fonts with a generic fallback, so it renders anywhere. */
export const FONT_STACK = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";

interface StyleProperty {
  name: string;
  /** Inherited properties are written where they differ from the parent; the others where they differ from their default. */
  inherited: boolean;
  /** Values that need not be written on an element whose parent is not styled (an SVG's root). */
  isDefault: (value: string) => boolean;
}

const is = (...values: string[]) => (value: string) => values.includes(value);

/** The properties that change how SVG renders, as getComputedStyle names them. */
export const SVG_STYLE_PROPERTIES: readonly StyleProperty[] = [
  { name: 'fill', inherited: true, isDefault: is('rgb(0, 0, 0)') },
  { name: 'fill-opacity', inherited: true, isDefault: is('1') },
  { name: 'stroke', inherited: true, isDefault: is('none') },
  { name: 'stroke-width', inherited: true, isDefault: is('1px', '1') },
  { name: 'stroke-dasharray', inherited: true, isDefault: is('none') },
  { name: 'stroke-dashoffset', inherited: true, isDefault: is('0px', '0') },
  { name: 'stroke-linecap', inherited: true, isDefault: is('butt') },
  { name: 'stroke-linejoin', inherited: true, isDefault: is('miter') },
  { name: 'stroke-opacity', inherited: true, isDefault: is('1') },
  { name: 'paint-order', inherited: true, isDefault: is('normal') },
  { name: 'font-family', inherited: true, isDefault: () => false },
  { name: 'font-size', inherited: true, isDefault: () => false },
  { name: 'font-weight', inherited: true, isDefault: is('400') },
  { name: 'font-style', inherited: true, isDefault: is('normal') },
  { name: 'font-variant-numeric', inherited: true, isDefault: is('normal') },
  { name: 'text-anchor', inherited: true, isDefault: is('start') },
  { name: 'dominant-baseline', inherited: true, isDefault: is('auto') },
  { name: 'visibility', inherited: true, isDefault: is('visible') },
  { name: 'opacity', inherited: false, isDefault: is('1') },
  // Only "none" changes what SVG draws; block, inline and the rest look alike there.
  { name: 'display', inherited: false, isDefault: (v) => v !== 'none' },
];

/**
 * The `style` attribute for an element whose computed style is `own`: inherited properties that
 * differ from the `parent`'s computed style (all that are not default when there is no parent),
 * the others that are not default. Font families become FONT_STACK.
 */
export function svgStyleText(own: (name: string) => string, parent: ((name: string) => string) | null): string {
  const declarations: string[] = [];
  for (const p of SVG_STYLE_PROPERTIES) {
    const value = own(p.name);
    if (!value) continue;
    const written = p.inherited && parent ? value !== parent(p.name) : !p.isDefault(value);
    if (written) declarations.push(`${p.name}: ${p.name === 'font-family' ? FONT_STACK : value}`);
  }
  return declarations.join('; ');
}
