// Text that is not UTF-8 is refused, never guessed at: a data editor is told to save as UTF-8.

/** A streaming UTF-8 decoder: feed a file's bytes in order (`done` on the last piece); it returns
 *  each piece's text, or null from the first byte that is not UTF-8. A leading BOM is dropped. */
export function utf8Stream(): (bytes: Uint8Array, done: boolean) => string | null {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  return (bytes, done) => {
    try {
      return decoder.decode(bytes, { stream: !done });
    } catch {
      return null;
    }
  };
}

/** The bytes as text, or null when they are not UTF-8. */
export function decodeUtf8(bytes: Uint8Array): string | null {
  return utf8Stream()(bytes, true);
}
