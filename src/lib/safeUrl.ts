// A source URL becomes a link only when it is http: or https: (no javascript:, data:, …).

/** The URL as given when it parses and its protocol is http: or https:, else null. */
export function safeUrl(text: string | null | undefined): string | null {
  if (!text) return null;
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}
