// The messages an embed posts to the page around it with its height, in the three shapes hosts
// understand: ours (read by embed.js), Embedly/iframely's string, and AMP's embed-size.
export const HEIGHT_TYPE = 'azerbaijan-ties:height';

export interface HeightMessage {
  type: typeof HEIGHT_TYPE;
  chart: string;
  height: number;
}

/** All three messages for one height; `src` is the embed's own URL (iframely matches on it). */
export function heightMessages(chart: string, height: number, src: string): [HeightMessage, string, { sentinel: 'amp'; type: 'embed-size'; height: number }] {
  return [
    { type: HEIGHT_TYPE, chart, height },
    JSON.stringify({ context: 'iframe.resize', src, height }),
    { sentinel: 'amp', type: 'embed-size', height },
  ];
}
