import { describe, it, expect } from 'vitest';
import { pseudoSwatch } from '../../../src/lib/export/pseudoSwatch.ts';

const RED = 'rgb(184, 67, 11)';
const box = (values: Record<string, string>) => (name: string) =>
  ({ content: '""', display: 'inline-block', opacity: '1', 'border-top-width': '0px', 'border-top-style': 'none', 'border-bottom-width': '0px', 'background-color': 'rgba(0, 0, 0, 0)', ...values })[name] ?? '';

describe('pseudoSwatch', () => {
  it('pseudoSwatch draws a box with only a top border as a line, dashed as the border is', () => {
    const shapes = pseudoSwatch(box({ width: '16px', height: '3px', 'border-top-width': '3px', 'border-top-style': 'dashed', 'border-top-color': RED }), 10, 20);
    expect(shapes).toEqual([{ tag: 'line', attrs: { x1: 10, x2: 26, y1: 20, y2: 20, stroke: RED, 'stroke-width': 3, 'stroke-dasharray': '6 3' } }]);
  });

  it('pseudoSwatch draws a round box as a circle inside its border, and keeps a dimmed opacity', () => {
    const [dot] = pseudoSwatch(box({ width: '10px', height: '10px', 'border-top-width': '2px', 'border-top-style': 'solid', 'border-top-color': RED,
      'background-color': RED, 'border-top-left-radius': '50%', opacity: '0.3' }), 0, 5);
    expect(dot).toEqual({ tag: 'circle', attrs: { opacity: '0.3', cx: 5, cy: 5, r: 4, fill: RED, stroke: RED, 'stroke-width': 2 } });
  });

  it('pseudoSwatch draws a square as a filled rectangle', () => {
    const [square] = pseudoSwatch(box({ width: '12px', height: '12px', 'background-color': RED, 'border-top-left-radius': '0px' }), 4, 10);
    expect(square).toEqual({ tag: 'rect', attrs: { x: 4, y: 4, width: 12, height: 12, fill: RED } });
  });

  it('pseudoSwatch draws a text content as a glyph over its bottom border', () => {
    const shapes = pseudoSwatch(box({ content: '"▲"', width: '16px', height: '14px', color: RED, 'font-size': '13px', 'border-bottom-width': '2px', 'border-bottom-color': RED }), 0, 10);
    expect(shapes.map((s) => s.tag)).toEqual(['text', 'line']);
    expect(shapes[0]!.text).toBe('▲');
    expect(shapes[1]!.attrs.y1).toBe(16);
  });

  it.each([['none', 'inline-block'], ['""', 'none'], ['normal', 'inline']])('pseudoSwatch draws nothing for content %s, display %s', (content, display) => {
    expect(pseudoSwatch(box({ content, display, width: '10px', height: '10px', 'background-color': RED }), 0, 0)).toEqual([]);
  });
});
