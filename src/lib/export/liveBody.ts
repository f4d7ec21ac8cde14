// The plot and legend of a view as the reader sees them, redrawn in SVG where they sit on screen:
// SVG plots copied as drawn, HTML text (notes, legend labels) as text, CSS-drawn keys as shapes.
import { cloneSvg } from './cloneSvg.ts';
import { pseudoSwatch } from './pseudoSwatch.ts';
import { svgElement } from './svgElement.ts';
import { cssFont, textMetrics } from './textMetrics.ts';

interface Origin {
  left: number;
  top: number;
}

/** Never in an image: text for screen readers only, a hover tooltip, and a control (a marked claim's Clear). */
const SKIPPED = '.visually-hidden, [role="tooltip"], button';

/** The figure's children between its controls and its source line: the plot, its notes, the legend. */
function bodyElements(figure: HTMLElement): Element[] {
  const children = [...figure.children];
  const end = children.findIndex((el) => el.matches('.source'));
  return children.slice(0, end < 0 ? undefined : end).filter((el) => !el.matches('figcaption, .controls') && el.getClientRects().length);
}

/** The words of a text node grouped by the line they sit on, with that line's box. */
function textRuns(node: Text): { text: string; left: number; top: number; height: number }[] {
  const range = document.createRange();
  const runs: { text: string; left: number; top: number; height: number }[] = [];
  for (const m of node.data.matchAll(/\S+/g)) {
    range.setStart(node, m.index);
    range.setEnd(node, m.index + m[0].length);
    const r = range.getBoundingClientRect();
    if (!r.width) continue;
    const last = runs.at(-1);
    if (last && Math.abs(last.top - r.top) < 1) last.text += ` ${m[0]}`;
    else runs.push({ text: m[0], left: r.left, top: r.top, height: r.height });
  }
  return runs;
}

function drawText(node: Text, out: SVGElement, origin: Origin): void {
  const parent = node.parentElement;
  if (!parent) return;
  const cs = getComputedStyle(parent);
  if (cs.visibility !== 'visible') return;
  const { ascent, descent } = textMetrics('', cssFont(cs.fontSize, cs.fontWeight, cs.fontStyle));
  for (const run of textRuns(node)) {
    out.append(svgElement('text', {
      x: run.left - origin.left,
      y: run.top - origin.top + (run.height - ascent - descent) / 2 + ascent,
      fill: cs.color,
      'font-size': cs.fontSize,
      ...(cs.fontWeight !== '400' ? { 'font-weight': cs.fontWeight } : {}),
      ...(cs.fontStyle !== 'normal' ? { 'font-style': cs.fontStyle } : {}),
      ...(cs.fontVariantNumeric !== 'normal' ? { 'font-variant-numeric': cs.fontVariantNumeric } : {}),
    }, run.text));
  }
}

/** A `::before` key (SeriesLegend's swatches, the map legend's layer squares) at its place. */
function drawPseudo(el: Element, out: SVGElement, origin: Origin): void {
  const before = getComputedStyle(el, '::before');
  if (before.content === 'none' || before.content === 'normal') return;
  const r = el.getBoundingClientRect();
  const cs = getComputedStyle(el);
  const left = r.left + parseFloat(cs.paddingLeft) + parseFloat(cs.borderLeftWidth) + parseFloat(before.marginLeft) - origin.left;
  for (const s of pseudoSwatch((p) => before.getPropertyValue(p), left, r.top + r.height / 2 - origin.top)) {
    out.append(svgElement(s.tag, s.attrs, s.text));
  }
}

function visit(node: Node, out: SVGElement, origin: Origin): void {
  if (node.nodeType === Node.TEXT_NODE) return drawText(node as Text, out, origin);
  if (!(node instanceof Element) || node.matches(SKIPPED) || !node.getClientRects().length) return;
  if (node instanceof SVGSVGElement) {
    const r = node.getBoundingClientRect();
    out.append(cloneSvg(node, { x: r.left - origin.left, y: r.top - origin.top, width: r.width, height: r.height }));
    return;
  }
  drawPseudo(node, out, origin);
  for (const child of node.childNodes) visit(child, out, origin);
}

/**
 * The figure's plot, notes and legend as one SVG group with its origin at the top-left of the
 * figure's content box, and the size they take (the width of that box).
 */
export function liveBody(figure: HTMLElement): { group: SVGElement; width: number; height: number } {
  const elements = bodyElements(figure);
  const box = figure.getBoundingClientRect();
  const cs = getComputedStyle(figure);
  const left = box.left + parseFloat(cs.borderLeftWidth) + parseFloat(cs.paddingLeft);
  const width = figure.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight);
  const rects = elements.map((el) => el.getBoundingClientRect());
  const top = rects.length ? Math.min(...rects.map((r) => r.top)) : 0;
  const bottom = rects.length ? Math.max(...rects.map((r) => r.bottom)) : 0;
  const group = svgElement('g');
  for (const el of elements) visit(el, group, { left, top });
  return { group, width, height: bottom - top };
}
