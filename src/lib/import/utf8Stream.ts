// A file read in slices is refused from its first byte that is not UTF-8, never guessed at (the whole
// text's check, which also names the line, is data/decodeUtf8).

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
