// Where the texts around an exported plot go: title and subtitle above, source and the
// project's name and the view's URL below, each wrapped to the image's width.
import { wrapText } from './wrapText.ts';

export type TextRole = 'title' | 'subtitle' | 'source' | 'brand' | 'url';

export interface TextStyle {
  size: number;
  weight: 400 | 700;
  /** The page colour the text takes: `--fg` or `--muted`. */
  tone: 'fg' | 'muted';
  lineHeight: number;
}

export const TEXT_STYLES: Readonly<Record<TextRole, TextStyle>> = {
  title: { size: 18, weight: 700, tone: 'fg', lineHeight: 24 },
  subtitle: { size: 13, weight: 400, tone: 'muted', lineHeight: 18 },
  source: { size: 12, weight: 400, tone: 'muted', lineHeight: 16 },
  brand: { size: 12, weight: 700, tone: 'fg', lineHeight: 16 },
  url: { size: 12, weight: 400, tone: 'muted', lineHeight: 16 },
};

/** The margin around everything, and the space between the header, the plot and the footer. */
export const PADDING = 16;
export const GAP = 10;
const BRAND_GAP = 8;

export interface FrameTexts {
  title: string;
  subtitle: string;
  /** The source line as the page shows it, "Source: …". */
  source: string;
  brand: string;
  url: string;
}

export interface PlacedLine {
  role: TextRole;
  text: string;
  x: number;
  /** The baseline. */
  y: number;
}

export interface FrameLayout {
  width: number;
  height: number;
  lines: PlacedLine[];
  /** Where the plot's top-left corner goes. */
  body: { x: number; y: number };
}

/**
 * Lays out the texts around a plot `bodyWidth` × `bodyHeight` px: the image is the plot plus
 * PADDING on each side; `measure(text, role)` is the drawn width of a text in that role's style.
 * The brand and the URL share a line when both fit on it.
 */
export function layoutFrame(texts: FrameTexts, bodyWidth: number, bodyHeight: number, measure: (text: string, role: TextRole) => number): FrameLayout {
  const width = Math.ceil(bodyWidth) + 2 * PADDING;
  const lines: PlacedLine[] = [];
  let y = PADDING;
  const put = (role: TextRole, text: string, x = PADDING, advance = true) => {
    const s = TEXT_STYLES[role];
    lines.push({ role, text, x, y: y + Math.round(s.lineHeight * 0.5 + s.size * 0.35) });
    if (advance) y += s.lineHeight;
  };
  const block = (role: TextRole, text: string) => {
    for (const line of wrapText(text, bodyWidth, (t) => measure(t, role))) put(role, line);
  };

  block('title', texts.title);
  block('subtitle', texts.subtitle);
  y += GAP;
  const body = { x: PADDING, y };
  y += Math.ceil(bodyHeight) + GAP;
  block('source', texts.source);
  y += GAP / 2;
  const brandWidth = measure(texts.brand, 'brand');
  if (brandWidth + BRAND_GAP + measure(texts.url, 'url') <= bodyWidth) {
    put('brand', texts.brand, PADDING, false);
    put('url', texts.url, PADDING + brandWidth + BRAND_GAP);
  } else {
    put('brand', texts.brand);
    block('url', texts.url);
  }
  return { width, height: Math.ceil(y + PADDING), lines, body };
}
