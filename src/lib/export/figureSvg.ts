// An exported image of a view: its live plot and legend between the title and subtitle above and
// the source line, the project's name and the view's URL below, on the page's background.
import { layoutFrame, TEXT_STYLES, type TextRole } from './frameLayout.ts';
import { liveBody } from './liveBody.ts';
import { svgElement } from './svgElement.ts';
import { FONT_STACK } from './svgStyle.ts';
import { cssFont, textMetrics } from './textMetrics.ts';
import { strings } from '../strings.ts';

export interface ExportedSvg {
  /** The SVG document, serialised. */
  text: string;
  width: number;
  height: number;
}

const textOf = (figure: HTMLElement, selector: string) => (figure.querySelector(selector)?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** A page colour (`--bg`, `--fg`, `--muted`) as the figure resolves it, e.g. "rgb(21, 23, 26)". */
export function pageColour(figure: HTMLElement, variable: string): string {
  const probe = document.createElement('span');
  probe.style.color = `var(${variable})`;
  figure.append(probe);
  const colour = getComputedStyle(probe).color;
  probe.remove();
  return colour;
}

/** The view drawn in `figure` (a ChartFrame) as a standalone SVG that names `url` as its address. */
export function figureSvg(figure: HTMLElement, url: string): ExportedSvg {
  const body = liveBody(figure);
  const texts = {
    title: textOf(figure, 'figcaption .title'),
    subtitle: textOf(figure, '[data-subtitle]'),
    source: textOf(figure, ':scope > .source'),
    brand: strings.title,
    url,
  };
  const font = (role: TextRole) => cssFont(TEXT_STYLES[role].size, TEXT_STYLES[role].weight);
  const layout = layoutFrame(texts, body.width, body.height, (text, role) => textMetrics(text, font(role)).width);
  const tones = { fg: pageColour(figure, '--fg'), muted: pageColour(figure, '--muted') };
  const { width, height } = layout;

  const svg = svgElement('svg', { width, height, viewBox: `0 0 ${width} ${height}`, 'font-family': FONT_STACK });
  svg.append(svgElement('title', {}, texts.title));
  svg.append(svgElement('rect', { width, height, fill: pageColour(figure, '--bg'), 'data-background': '' }));
  for (const line of layout.lines) {
    const s = TEXT_STYLES[line.role];
    svg.append(svgElement('text', { x: line.x, y: line.y, fill: tones[s.tone], 'font-size': s.size, 'font-weight': s.weight, 'data-role': line.role }, line.text));
  }
  body.group.setAttribute('transform', `translate(${layout.body.x} ${layout.body.y})`);
  svg.append(body.group);
  return { text: new XMLSerializer().serializeToString(svg), width, height };
}
