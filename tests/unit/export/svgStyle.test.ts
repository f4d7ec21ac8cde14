import { describe, it, expect } from 'vitest';
import { FONT_STACK, SVG_STYLE_PROPERTIES, svgStyleText } from '../../../src/lib/export/svgStyle.ts';

const style = (values: Record<string, string>) => (name: string) => values[name] ?? '';

describe('svgStyleText', () => {
  it('svgStyleText writes an SVG root’s non-default values, with the font stack for any family', () => {
    const text = svgStyleText(style({ fill: 'rgb(26, 26, 26)', stroke: 'none', 'font-family': 'Arial', 'font-size': '11px', opacity: '1', display: 'block' }), null);
    expect(text).toBe(`fill: rgb(26, 26, 26); font-family: ${FONT_STACK}; font-size: 11px`);
  });

  it('svgStyleText writes inherited values only where they differ from the parent, others where not default', () => {
    const parent = style({ fill: 'rgb(26, 26, 26)', 'font-size': '11px', stroke: 'none' });
    const own = style({ fill: 'rgb(26, 26, 26)', 'font-size': '11px', stroke: 'rgb(184, 67, 11)', 'stroke-dasharray': '4px, 2px', opacity: '0.25', display: 'inline' });
    expect(svgStyleText(own, parent)).toBe('stroke: rgb(184, 67, 11); stroke-dasharray: 4px, 2px; opacity: 0.25');
  });

  it('svgStyleText writes display only when it is none', () => {
    expect(svgStyleText(style({ display: 'none' }), style({}))).toBe('display: none');
    expect(svgStyleText(style({ display: 'inline' }), style({}))).toBe('');
  });

  it('SVG_STYLE_PROPERTIES covers what the brief names', () => {
    const names = SVG_STYLE_PROPERTIES.map((p) => p.name);
    for (const n of ['fill', 'stroke', 'stroke-width', 'stroke-dasharray', 'opacity', 'fill-opacity', 'stroke-opacity', 'font-family',
      'font-size', 'font-weight', 'text-anchor', 'dominant-baseline', 'visibility', 'display']) expect(names).toContain(n);
  });
});
