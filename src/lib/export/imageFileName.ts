// The name of an exported image: the project, the view and the years the reader sees.
import { decodeState } from '../state/stateUrl.ts';

/** The image files a view can be saved as. */
export const IMAGE_FORMATS = ['svg', 'png'] as const;
export type ImageFormat = (typeof IMAGE_FORMATS)[number];

/** Any four-digit year: the file name only needs the years the page itself decoded from the URL. */
const OPEN_DOMAIN = { minYear: 1000, maxYear: 9999, partners: new Set<string>(), oilUnits: new Map<string, string[]>(), claims: new Map() };

/**
 * "azerbaijan-ties-oil-2014-2024.png": the years are read from the page's query (`search`)
 * as the page reads them (defaults 2014 and 2024; a one-sided reversed range moves the other end).
 */
export function imageFileName(viewId: string, search: string, extension: ImageFormat): string {
  const { start, end } = decodeState(new URLSearchParams(search), OPEN_DOMAIN);
  return `azerbaijan-ties-${viewId}-${start}-${end}.${extension}`;
}
